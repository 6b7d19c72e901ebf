// The README and docs/ tell people which file to open: every path they name in code format, and every file they link
// to or show as an image, must exist, so a move or a rename that forgets the docs fails here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

const DOCUMENTS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]

const REPO_FOLDERS = ['src/', 'tests/', 'docs/', 'public/', '.ci/']
// Files at the top of the repository are named bare (`vite.config.ts`); other bare names are relative to a folder
// the sentence names, and are not checked.
const TOP_LEVEL_FILE =
  /^(\.[\w.-]+|[\w-]+\.config\.[jt]s|tsconfig(\.\w+)?\.json|package(-lock)?\.json|index\.html|README\.md)$/

/** Fenced code blocks show commands and trees, not paths to check. */
function withoutFencedBlocks(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '')
}

/**
 * The repository paths a document names in code format: `src/...`, `tests/...` and the like, or a top-level file.
 * A line number (`findings.ts:41`) is left off; a pattern with `*` is kept to be matched.
 */
export function codePaths(markdown: string): string[] {
  const paths: string[] = []
  for (const [, token = ''] of withoutFencedBlocks(markdown).matchAll(/`([^`\s]+)`/g)) {
    const path = token.replace(/:\d+(-\d+)?$/, '')
    if (REPO_FOLDERS.some((folder) => path.startsWith(folder)) || TOP_LEVEL_FILE.test(path)) paths.push(path)
  }
  return paths
}

/** The targets of a document's relative links and images, without their #fragment. */
export function linkTargets(markdown: string): string[] {
  const targets: string[] = []
  for (const [, target = ''] of withoutFencedBlocks(markdown).matchAll(
    /!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g,
  )) {
    if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue
    targets.push(target.replace(/#.*$/, ''))
  }
  return targets
}

function listFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((name) =>
    join(folder, name).replaceAll('\\', '/'),
  )
}

/** Whether a path from the repository's root exists; `*` in its last part matches any characters. */
function exists(path: string): boolean {
  if (!path.includes('*')) return existsSync(join(ROOT, path))
  const folder = dirname(path)
  if (!existsSync(join(ROOT, folder)) || !statSync(join(ROOT, folder)).isDirectory()) return false
  const pattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('[^/]*')}$`)
  return listFiles(folder).some((file) => pattern.test(file))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
}

test('the path finders pick repository paths and relative links, and nothing else', () => {
  const sample = [
    'Open `src/domain/bank/check-times.ts:22`, `vite.config.ts`, `.jscpd.json` and `src/domain/formats/stored-*.ts`;',
    'not `reading-time.ts`, `npm test` or `calms-radar:team`. See [scoring](scoring.md#naming), ![radar](images/a.png),',
    '[a site](https://example.org/x.md) and [above](#top).',
    '```',
    '`src/not/a/path.ts` [no](nowhere.md)',
    '```',
  ].join('\n')
  expect(codePaths(sample)).toEqual([
    'src/domain/bank/check-times.ts',
    'vite.config.ts',
    '.jscpd.json',
    'src/domain/formats/stored-*.ts',
  ])
  expect(linkTargets(sample)).toEqual(['scoring.md', 'images/a.png'])
})

test.each(DOCUMENTS)('every path %s names exists', (document) => {
  const markdown = readFileSync(join(ROOT, document), 'utf8')
  const missing = [
    ...codePaths(markdown)
      .filter((path) => !exists(path))
      .map((path) => `\`${path}\``),
    ...linkTargets(markdown)
      .filter((target) => !existsSync(resolve(ROOT, dirname(document), target)))
      .map((target) => `link ${target} (${relative(ROOT, resolve(ROOT, dirname(document), target))})`),
  ]
  expect(missing, `${document} names paths that do not exist`).toEqual([])
})

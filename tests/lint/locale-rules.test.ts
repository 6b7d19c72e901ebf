import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'

/*
 * The rule of eslint.config.js against locale formatting in src, run on planted files that exist only in memory
 * (lintText with a path), as in import-rules.test.ts.
 */
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-properties' || ruleId === 'no-restricted-globals',
})

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parser')
}

describe('lint refuses locale formatting in the app', { timeout: 120_000 }, () => {
  test.each([
    ['src/features/team/planted.ts', 'export const shown = (count: number) => count.toLocaleString("en")'],
    ['src/domain/team/planted.ts', 'export const day = (date: Date) => date.toLocaleDateString("en")'],
    ['src/components/planted.tsx', 'export const format = new Intl.NumberFormat("en")'],
  ])('%s', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toHaveLength(1)
  })

  test('a test may use it, to check what the app writes against it', async () => {
    expect(
      await ruleIds(
        'src/domain/common/planted.test.ts',
        'export const written = (1000).toLocaleString("en")',
      ),
    ).toEqual([])
  })
})

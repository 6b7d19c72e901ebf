import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'

/*
 * The import rules of eslint.config.js, run on planted files that exist only in memory (lintText with a path), so
 * nothing is written into src while other runs read it. Without type information: the import rules need none, and
 * the type-aware rules that would ask for it are left out.
 */
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
})

async function importMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parser'}: ${message.message}`)
}

const ORDER =
  'common -> live -> dora -> bank -> routes -> scoring -> formats -> team -> exports -> plan -> coach -> storage'

describe('lint refuses an import against the grain', { timeout: 120_000 }, () => {
  test.each([
    [
      'src/domain/common/planted.ts',
      "import { MAX_TEAM_RESPONSES } from '../team/team-membership.ts'",
      ORDER,
    ],
    [
      'src/domain/scoring/planted.ts',
      "import { MAX_TEAM_RESPONSES } from '../team/team-membership.ts'",
      ORDER,
    ],
    [
      'src/domain/team/survey-import/planted.ts',
      "import { PLANS_FORMAT } from '../../storage/stored-plans.ts'",
      ORDER,
    ],
    [
      'src/features/results/planted.ts',
      "import { TeamPage } from '../team/team-page.tsx'",
      'src/features/results may not import another feature',
    ],
    ['src/domain/common/planted.ts', "import { z } from 'zod'", "Import zod as 'zod/mini'"],
    ['src/app/planted.ts', "import type { core } from 'zod/v4'", "Import zod as 'zod/mini'"],
  ])('%s: %s', async (filePath, importLine, reason) => {
    const messages = await importMessages(filePath, `${importLine}\n`)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('no-restricted-imports')
    expect(messages[0]).toContain(reason)
  })
})

describe('lint lets an import with the grain through', { timeout: 120_000 }, () => {
  test.each([
    ['src/domain/team/planted.ts', "import { scoreAnswers } from '../scoring/scoring.ts'"],
    ['src/domain/storage/planted.ts', "import { teamNextSteps } from '../plan/team-findings.ts'"],
    ['src/domain/common/planted.ts', "import { z } from 'zod/mini'"],
    ['src/features/results/planted.ts', "import { ScoreTable } from '../../components/score-table.tsx'"],
  ])('%s: %s', async (filePath, importLine) => {
    expect(await importMessages(filePath, `${importLine}\n`)).toEqual([])
  })
})

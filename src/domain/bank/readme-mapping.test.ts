import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { PRACTICE_CATALOGUE, PRACTICES, SOURCE_LABELS } from './practices.ts'
import { PILLAR_LABELS } from './pillars.ts'
import { QUESTION_BANK } from './question-bank.ts'

/*
 * The table "How the questions map to the lesson" in docs/question-bank.md is what readers trust about coverage: each row names a
 * practice by id with its lesson section, pillar and how many questions the quick and the full check ask about it.
 */
const doc = readFileSync(new URL('../../../docs/question-bank.md', import.meta.url), 'utf8')
const section = doc.slice(doc.indexOf('## How the questions map to the lesson'))
const rows = section
  .split('\n')
  .filter((line) => /^\| .* \| `[a-z-]+` +\|/.test(line))
  .map((line) => line.split('|').map((cell) => cell.trim()))

const SECTION_WORDING: Record<string, string> = {
  'cultural-shift': 'The Cultural Shift',
  'technical-shift': 'The Technical Shift',
  'what-devops-is-not': 'What DevOps Is NOT',
  'calms-reference': 'CALMS reference',
}

test('the mapping table in docs/question-bank.md has one row per practice, with the counts and places the bank gives it', () => {
  const documented = rows.map((cells) => cells[2]?.replaceAll('`', ''))
  expect([...documented].sort()).toEqual([...PRACTICES].sort())
  for (const cells of rows) {
    const [, , id, lessonSection, pillar, quick, full] = cells
    const practice = PRACTICE_CATALOGUE[(id ?? '').replaceAll('`', '') as keyof typeof PRACTICE_CATALOGUE]
    const asked = QUESTION_BANK.questions.filter((question) => question.practice === practice.id)
    expect([id, lessonSection, pillar, quick, full]).toEqual([
      `\`${practice.id}\``,
      SECTION_WORDING[practice.source],
      asked[0] === undefined ? '' : PILLAR_LABELS[asked[0].pillar],
      String(asked.filter((question) => question.quick === true).length),
      String(asked.length),
    ])
    expect(SOURCE_LABELS[practice.source]).toContain(SECTION_WORDING[practice.source])
  }
})

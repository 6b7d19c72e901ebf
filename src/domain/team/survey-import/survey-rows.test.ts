import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getBank } from '../../bank/bank-registry.ts'
import { BANK_VERSION, QUESTION_BANK } from '../../bank/question-bank.ts'
import { parseResponse } from '../../formats/response.ts'
import { suggestMapping, type ColumnTarget, type SurveyMapping } from './column-mapping.ts'
import type { SurveyTable } from './read-survey-csv.ts'
import { MAX_SURVEY_PROBLEMS, readSurveyResponses } from './survey-rows.ts'
import { countedCheck } from '../../../test-support/fuzz-checks.ts'
import { csv, FORM_EXPORT, onCall, blameReview, surveyTableOf } from '../../../test-support/survey-export.ts'

const check = countedCheck()

const importedAt = new Date('2026-11-21T10:00:00Z')

describe('readSurveyResponses', () => {
  const table = surveyTableOf(FORM_EXPORT)
  const mapping: SurveyMapping = {
    ...suggestMapping(table, QUESTION_BANK),
    // The person corrects the DORA column the suggestion could not place.
    columns: suggestMapping(table, QUESTION_BANK).columns.map((target, index) =>
      index === 5 ? { kind: 'dora', metric: 'deploymentFrequency' } : target,
    ),
  }
  const result = readSurveyResponses(table, mapping, QUESTION_BANK, importedAt)

  test('good rows become responses: option text, digits 1-5, "Don\'t know", "n/a", DORA label or id, role', () => {
    expect(result.responses).toEqual([
      {
        bankVersion: BANK_VERSION,
        answers: { [onCall.id]: 4, [blameReview.id]: 1 },
        dora: { deploymentFrequency: 'df-on-demand' },
        alias: 'Ana',
        role: 'qa',
        // 9:30 PM at GMT+1 is 20:30 UTC.
        createdAt: '2025-01-31T20:30:00Z',
      },
      {
        bankVersion: BANK_VERSION,
        answers: { [onCall.id]: 'dont-know' },
        dora: { deploymentFrequency: 'df-daily-weekly' },
        alias: 'Bo',
        role: 'developer',
        // No timestamp: the import time plus one second per row (second data row).
        createdAt: '2026-11-21T10:00:01Z',
      },
    ])
  })

  test('every unreadable cell is named by row and column, and its row is left out', () => {
    expect(result.problems).toEqual([
      'row 5, column "2. After a failure reaches users, how is it discussed? [Cul…": "n/a" is not one of the answers: this question has no "Not applicable"',
      `row 6, column "Name": "${'x'.repeat(39)}…" cannot be a name: it must be at most 40 characters`,
      'row 6, column "Your role": "constructor" is not one of the roles (Developer, Operations, QA / testing, Product, Manager, Other)',
      'row 6, column "When your service fails, who is alerted first?": "6" is not one of the answers (numbers mean options 1 to 5)',
      'row 6, column "2. After a failure reaches users, how is it discussed? [Cul…": "sometimes?" is not one of the answers',
    ])
    expect(result.rowsRead).toBe(4)
    expect(result.rowsSkipped).toBe(2)
    expect(result.notes).toEqual([
      '1 row has no timestamp this app can read (it reads year-first dates such as 2025-01-31 09:30) and got the time of this import instead.',
    ])
  })

  test('with levels 0 to 4 a "5" is the unreadable one; a row without answers is named', () => {
    const levels = surveyTableOf(csv([['culture-dev-on-call'], ['0'], ['4'], ['5']]))
    const read = readSurveyResponses(
      levels,
      { columns: [{ kind: 'question', questionId: onCall.id }], numberScale: 'levels-0-4' },
      QUESTION_BANK,
      importedAt,
    )
    expect(read.responses.map((response) => response.answers[onCall.id])).toEqual([0, 4])
    expect(read.problems).toEqual([
      'row 4, column "culture-dev-on-call": "5" is not one of the answers (numbers mean levels 0 to 4)',
    ])
    expect(read.notes[0]).toMatch(/^No column is a timestamp/)

    const empty = readSurveyResponses(
      surveyTableOf(
        csv([
          ['Name', 'culture-dev-on-call'],
          ['Ana', ''],
        ]),
      ),
      {
        columns: [{ kind: 'alias' }, { kind: 'question', questionId: onCall.id }],
        numberScale: 'options-1-5',
      },
      QUESTION_BANK,
      importedAt,
    )
    expect(empty.problems).toEqual(['row 2: no answer in any column mapped to a question or a DORA outcome'])
  })

  test('a survey made with the DORA wording before bank v3 still imports: its old questions and band labels', () => {
    const old = surveyTableOf(
      csv([
        [
          'For the primary service you work on, how often does your team deploy to production?',
          'When a deployment to production fails, how long does it typically take to recover?',
        ],
        ['Between once per day and once per week', 'Between one hour and one day'],
      ]),
    )
    const oldMapping = suggestMapping(old, QUESTION_BANK)
    expect(oldMapping.columns).toEqual([
      { kind: 'dora', metric: 'deploymentFrequency' },
      { kind: 'dora', metric: 'timeToRestore' },
    ])
    const read = readSurveyResponses(old, oldMapping, QUESTION_BANK, importedAt)
    expect([read.problems, read.responses.map((response) => response.dora)]).toEqual([
      [],
      [{ deploymentFrequency: 'df-daily-weekly', timeToRestore: 'ttr-1h-1d' }],
    ])
  })

  test('a mapping with two columns on one target, or with no answer column, reads nothing and says why', () => {
    const twice = readSurveyResponses(
      table,
      {
        ...mapping,
        columns: mapping.columns.map((target, index) => (index === 6 ? { kind: 'alias' } : target)),
      },
      QUESTION_BANK,
      importedAt,
    )
    expect(twice.responses).toEqual([])
    expect(twice.problems).toEqual([
      'column "Name", column "Email address" are all mapped to Name or alias: keep one and set the others to Ignore.',
    ])
    const none = readSurveyResponses(table, { ...mapping, columns: [] }, QUESTION_BANK, importedAt)
    expect(none.problems).toEqual([
      'No column is mapped to a question or a DORA outcome, so there are no answers to read.',
    ])
  })

  test(`at most ${MAX_SURVEY_PROBLEMS} problem lines, the last one counting the rest`, () => {
    const rows = Array.from({ length: 150 }, () => ['maybe'])
    const read = readSurveyResponses(
      surveyTableOf(csv([['culture-dev-on-call'], ...rows])),
      { columns: [{ kind: 'question', questionId: onCall.id }], numberScale: 'options-1-5' },
      QUESTION_BANK,
      importedAt,
    )
    expect(read.problems).toHaveLength(MAX_SURVEY_PROBLEMS)
    expect(read.problems.at(-1)).toBe('…and 51 more problems.')
    expect(read.rowsSkipped).toBe(150)
  })

  test('arbitrary tables and mappings never make suggesting or reading throw, and every response is valid', () => {
    const targetArb = fc.oneof(
      fc.constantFrom<ColumnTarget>(
        { kind: 'ignore' },
        { kind: 'alias' },
        { kind: 'role' },
        { kind: 'timestamp' },
      ),
      fc.constantFrom(
        ...QUESTION_BANK.questions.map((q): ColumnTarget => ({ kind: 'question', questionId: q.id })),
      ),
      fc.constantFrom<ColumnTarget>({ kind: 'dora', metric: 'leadTime' }),
    )
    const cellArb = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('0', '3', '5', "Don't know", 'n/a'),
    )
    check(
      'readSurveyResponses: arbitrary tables and mappings',
      100,
      fc.property(
        fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cellArb, { maxLength: 7 }), { minLength: 1, maxLength: 6 }),
        fc.array(targetArb, { maxLength: 7 }),
        (headers, cells, columns) => {
          const table: SurveyTable = {
            headers,
            rows: cells.map((row, index) => ({ number: index + 2, cells: row })),
          }
          suggestMapping(table, QUESTION_BANK)
          const read = readSurveyResponses(
            table,
            { columns, numberScale: 'options-1-5' },
            QUESTION_BANK,
            importedAt,
          )
          expect(read.responses.length + read.rowsSkipped).toBeLessThanOrEqual(table.rows.length)
          for (const response of read.responses)
            expect(parseResponse(response, getBank)).toEqual({ ok: true, value: response })
        },
      ),
    )
  })
})

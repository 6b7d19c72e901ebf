/*
 * parseSurveyCsv, suggestMapping and readSurveyResponses (a survey export) fed hostile input; see
 * src/test-support/fuzz-checks.ts for what every parser must do with it.
 */
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, test } from 'vitest'
import { DONT_KNOW, NOT_APPLICABLE } from '../../bank/answers.ts'
import { QUESTION_BANK } from '../../bank/question-bank.ts'
import { DORA_METRICS } from '../../dora/dora-metrics.ts'
import type { Response } from '../../formats/response.ts'
import { ROLE_LABELS } from '../../formats/profile.ts'
import { suggestMapping } from './column-mapping.ts'
import { MAX_SURVEY_BYTES, parseSurveyCsv } from './read-survey-csv.ts'
import { MAX_SURVEY_PROBLEMS, readSurveyResponses } from './survey-rows.ts'
import { anyText, damagedText, HOSTILE_ALIASES } from '../../../test-support/fuzz-arbitraries.ts'
import {
  countedCheck,
  expectOutcome,
  expectReadableLine,
  expectValidResponse,
} from '../../../test-support/fuzz-checks.ts'
import { responseArbitrary } from '../../../test-support/fuzz-valid-values.ts'

const check = countedCheck()

describe('parseSurveyCsv and readSurveyResponses (a survey export)', () => {
  /** A form export the way a form tool writes it: timestamp, name, role, one column per question. */
  const surveyOf = (responses: readonly Response[]): string =>
    Papa.unparse([
      ['Timestamp', 'Name', 'Role', ...QUESTION_BANK.questions.map((q) => q.text), ...DORA_METRICS],
      ...responses.map((response) => [
        response.createdAt,
        response.alias ?? '',
        response.role === undefined ? '' : ROLE_LABELS[response.role],
        ...QUESTION_BANK.questions.map((q) => {
          const answer = response.answers[q.id]
          if (answer === undefined) return ''
          if (answer === DONT_KNOW) return "Don't know"
          if (answer === NOT_APPLICABLE) return 'n/a'
          return String(answer + 1)
        }),
        ...DORA_METRICS.map((metric) => response.dora[metric] ?? ''),
      ]),
    ])
  const validSurvey = fc.array(responseArbitrary, { minLength: 1, maxLength: 4 }).map(surveyOf)

  /** Parse, suggest a mapping, read: the whole path a survey file takes. */
  const expectSurvey = (text: string) =>
    expectOutcome(parseSurveyCsv({ size: text.length, text }), (table) => {
      const read = readSurveyResponses(
        table,
        suggestMapping(table, QUESTION_BANK),
        QUESTION_BANK,
        new Date(0),
      )
      expect(read.problems.length).toBeLessThanOrEqual(MAX_SURVEY_PROBLEMS)
      for (const line of [...read.problems, ...read.notes]) expectReadableLine(line)
      for (const response of read.responses) expectValidResponse(response)
      expect(read.responses.length + read.rowsSkipped).toBeLessThanOrEqual(table.rows.length)
    })

  test('arbitrary text', () => {
    check('parseSurveyCsv: arbitrary text', 500, fc.property(anyText, expectSurvey))
  })

  test('a valid export with characters replaced, deleted, inserted or cut', () => {
    check('parseSurveyCsv: damaged text', 500, fc.property(damagedText(validSurvey), expectSurvey))
  })

  test('a valid export with cells replaced by arbitrary text, long text or markup', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: 'binary-ascii', minLength: 200, maxLength: 2000 }),
      fc.constantFrom(...HOSTILE_ALIASES, '=1+1', '@SUM(A1)', 'constructor', '__proto__'),
    )
    check(
      'readSurveyResponses: damaged cells',
      300,
      fc.property(
        validSurvey,
        fc.array(fc.tuple(fc.nat(), fc.nat(), cell), { maxLength: 6 }),
        (text, changes) => {
          const rows = Papa.parse<string[]>(text).data
          for (const [row, column, value] of changes) {
            const target = rows[row % rows.length]
            if (target !== undefined) target[column % Math.max(target.length, 1)] = value
          }
          expectSurvey(Papa.unparse(rows))
        },
      ),
    )
  })

  test('a file of the size limit made of one-character rows is read or refused, not a crash', () => {
    // About a million rows: spreading them into one call's arguments overflows the stack.
    const text = `q\n${'a\n'.repeat(MAX_SURVEY_BYTES / 2 - 2)}`
    expect(text.length).toBeLessThanOrEqual(MAX_SURVEY_BYTES)
    expectOutcome(parseSurveyCsv({ size: text.length, text }), () => undefined)
  })
})

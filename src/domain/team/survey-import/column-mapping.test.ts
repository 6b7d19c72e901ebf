import { describe, expect, test } from 'vitest'
import { QUESTION_BANK } from '../../bank/question-bank.ts'
import {
  suggestMapping,
  targetFromKey,
  targetKey,
  type ColumnTarget,
  type SurveyMapping,
} from './column-mapping.ts'
import { csv, FORM_EXPORT, onCall, blameReview, surveyTableOf } from '../../../test-support/survey-export.ts'

describe('suggestMapping', () => {
  test('maps by question text (also inside a longer header), by id, and the usual names of other columns', () => {
    const mapping = suggestMapping(surveyTableOf(FORM_EXPORT), QUESTION_BANK)
    expect(mapping.columns).toEqual<ColumnTarget[]>([
      { kind: 'timestamp' },
      { kind: 'alias' },
      { kind: 'role' },
      { kind: 'question', questionId: onCall.id },
      { kind: 'question', questionId: blameReview.id },
      { kind: 'ignore' },
      { kind: 'ignore' },
    ])
    // No "0" in any answer column: digits are read as options 1 to 5.
    expect(mapping.numberScale).toBe('options-1-5')
  })

  test('ids, DORA metric names, a second column for the same question, and a 0 that means levels 0 to 4', () => {
    const table = surveyTableOf(
      csv([
        [
          'culture-dev-on-call',
          'Culture Dev On Call',
          'Deployment frequency',
          'leadTime',
          'Start time',
          'Completion time',
        ],
        ['0', '1', '', '', '', ''],
      ]),
    )
    expect(suggestMapping(table, QUESTION_BANK)).toEqual<SurveyMapping>({
      columns: [
        { kind: 'question', questionId: onCall.id },
        { kind: 'ignore' },
        { kind: 'dora', metric: 'deploymentFrequency' },
        { kind: 'dora', metric: 'leadTime' },
        { kind: 'timestamp' },
        { kind: 'ignore' },
      ],
      numberScale: 'levels-0-4',
    })
  })

  test('select values read back to the same target; unknown values are "ignore"', () => {
    const targets: ColumnTarget[] = [
      { kind: 'ignore' },
      { kind: 'alias' },
      { kind: 'role' },
      { kind: 'timestamp' },
      { kind: 'question', questionId: onCall.id },
      { kind: 'dora', metric: 'timeToRestore' },
    ]
    for (const target of targets) expect(targetFromKey(targetKey(target), QUESTION_BANK)).toEqual(target)
    expect(targetFromKey('question:no-such-question', QUESTION_BANK)).toEqual({ kind: 'ignore' })
    expect(targetFromKey('dora:constructor', QUESTION_BANK)).toEqual({ kind: 'ignore' })
  })
})

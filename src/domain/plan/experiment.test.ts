import { describe, expect, test } from 'vitest'
import { formatZodIssues } from '../common/parse-result.ts'
import {
  defaultRecheckDate,
  EXPERIMENT_STATUSES,
  ExperimentSchema,
  isActiveStatus,
  MAX_EXPERIMENT_TEXT,
  RECHECK_AFTER_DAYS,
  toIsoDate,
  type Experiment,
} from './experiment.ts'

const valid: Experiment = {
  id: 'experiment-1',
  what: 'Put developers first on the rota for one alert.',
  practice: 'shared-ownership',
  signal: { kind: 'questions', questionIds: ['culture-dev-on-call'] },
  recheckOn: '2026-12-24',
  status: 'planned',
  createdAt: '2026-11-26T09:00:00Z',
}

const problems = (value: unknown): string[] => {
  const parsed = ExperimentSchema.safeParse(value)
  return parsed.success ? [] : formatZodIssues(parsed.error)
}

describe('ExperimentSchema', () => {
  test('accepts a whole experiment, with or without owner and lesson, and trims its texts', () => {
    expect(problems(valid)).toEqual([])
    const parsed = ExperimentSchema.parse({
      ...valid,
      what: '  Try it  ',
      owner: ' Sam ',
      status: 'done',
      learned: ' It worked. ',
      signal: { kind: 'dora', metric: 'leadTime' },
    })
    expect(parsed).toMatchObject({ what: 'Try it', owner: 'Sam', learned: 'It worked.' })
  })

  test('what: not empty, at most 200 characters, one line', () => {
    expect(problems({ ...valid, what: '   ' })).toEqual(['what: must not be empty'])
    expect(problems({ ...valid, what: 'x'.repeat(MAX_EXPERIMENT_TEXT) })).toEqual([])
    expect(problems({ ...valid, what: 'x'.repeat(MAX_EXPERIMENT_TEXT + 1) })).toEqual([
      'what: must be at most 200 characters',
    ])
    expect(problems({ ...valid, what: 'first\nsecond' })).toEqual([
      'what: must be one line, without control or broken characters',
    ])
  })

  test('owner at most 60 characters; learned one line of at most 200', () => {
    expect(problems({ ...valid, owner: 'x'.repeat(61) })).toEqual(['owner: must be at most 60 characters'])
    expect(problems({ ...valid, learned: 'a\tb' })).toEqual([
      'learned: must be one line, without control or broken characters',
    ])
  })

  test('signal: one to five distinct questions of the bank, or a DORA metric', () => {
    const questions = (questionIds: string[]) => ({ ...valid, signal: { kind: 'questions', questionIds } })
    expect(problems(questions([]))).toEqual(['signal.questionIds: must name at least one question'])
    expect(problems(questions(['lean-a', 'lean-b', 'lean-c', 'lean-d', 'lean-e']))).toEqual([])
    // A plain union names the field, not which of its checks failed, when no side comes close.
    expect(problems(questions(['lean-a', 'lean-b', 'lean-c', 'lean-d', 'lean-e', 'lean-f']))).toEqual([
      'signal: not one of the allowed values',
    ])
    expect(problems(questions(['lean-a', 'lean-a']))).toEqual([
      'signal.questionIds: must not name a question twice',
    ])
    expect(problems({ ...valid, signal: { kind: 'dora', metric: 'happiness' } })).toHaveLength(1)
    expect(problems({ ...valid, signal: { kind: 'vibes' } })).toEqual([
      'signal: not one of the allowed values',
    ])
  })

  test('recheckOn: a real calendar day written YYYY-MM-DD', () => {
    expect(problems({ ...valid, recheckOn: '2028-02-29' })).toEqual([])
    expect(problems({ ...valid, recheckOn: '2027-02-29' })).toEqual([
      'recheckOn: must be a date such as 2026-12-31',
    ])
    expect(problems({ ...valid, recheckOn: '2026-04-31' })).toEqual([
      'recheckOn: must be a date such as 2026-12-31',
    ])
    expect(problems({ ...valid, recheckOn: '24.12.2026' })).toEqual([
      'recheckOn: must be a date such as 2026-12-31',
    ])
  })

  test('unknown keys, statuses and practices are refused', () => {
    expect(problems({ ...valid, extra: 1 })).toEqual(['Unrecognized key: "extra"'])
    expect(problems({ ...valid, status: 'blocked' })).toHaveLength(1)
    expect(problems({ ...valid, practice: 'kanban' })).toHaveLength(1)
  })
})

describe('statuses', () => {
  test('planned and doing are work in progress; done and dropped are not', () => {
    expect(EXPERIMENT_STATUSES.filter(isActiveStatus)).toEqual(['planned', 'doing'])
  })
})

describe('defaultRecheckDate', () => {
  test('four weeks ahead', () => {
    expect(RECHECK_AFTER_DAYS).toBe(28)
    // 26 Nov + 28 days: 4 days left in November, then 24 December
    expect(defaultRecheckDate(new Date('2026-11-26T09:00:00Z'))).toBe('2026-12-24')
  })

  test('across a month end and a year end', () => {
    // 20 Dec + 28: 11 days to 31 Dec, then 17 January
    expect(defaultRecheckDate(new Date('2026-12-20T12:00:00Z'))).toBe('2027-01-17')
  })

  test('across February, in a leap year and not', () => {
    // 2028 is a leap year: 10 Feb + 28 = 9 March (Feb has 29 days: 19 left, then 9)
    expect(defaultRecheckDate(new Date('2028-02-10T00:00:00Z'))).toBe('2028-03-09')
    // 2027: 10 Feb + 28 = 10 March (18 left in February, then 10)
    expect(defaultRecheckDate(new Date('2027-02-10T00:00:00Z'))).toBe('2027-03-10')
  })

  test('counted in UTC: late evening in UTC is still that UTC day', () => {
    // 31 Jan 23:59 UTC + 28 days = 28 Feb 23:59 UTC
    expect(defaultRecheckDate(new Date('2027-01-31T23:59:59Z'))).toBe('2027-02-28')
    expect(toIsoDate(new Date('2027-01-31T23:59:59Z'))).toBe('2027-01-31')
  })
})

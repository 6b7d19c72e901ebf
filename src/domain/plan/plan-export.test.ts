import Papa from 'papaparse'
import { describe, expect, test } from 'vitest'
import { BANK_V2 } from '../bank/versions/bank-v2.ts'
import type { ActionPlan } from './action-plan.ts'
import type { Experiment } from './experiment.ts'
import { describeSignal, PLAN_CSV_FIELDS, planToCsv, planToMarkdown } from './plan-export.ts'

const ON_CALL_TEXT = 'When your service breaks at 3 AM, who gets paged?'
const REVIEWS_TEXT = 'After a failure reaches users, what does the discussion about it look for?'

const base = { recheckOn: '2026-12-24', createdAt: '2026-11-26T09:00:00Z' } as const

const plan: ActionPlan = {
  experiments: [
    {
      ...base,
      id: 'a',
      what: 'Put developers first on the rota for one alert',
      practice: 'shared-ownership',
      owner: 'Sam',
      signal: { kind: 'questions', questionIds: ['culture-dev-on-call'] },
      status: 'doing',
    },
    {
      ...base,
      id: 'b',
      what: 'Review *one* incident without names',
      practice: 'blameless-postmortems',
      signal: { kind: 'questions', questionIds: ['culture-dev-on-call', 'culture-blame-in-reviews'] },
      status: 'done',
      learned: 'People spoke up more.',
    },
    {
      ...base,
      id: 'c',
      what: 'Deploy every day',
      practice: 'continuous-delivery',
      signal: { kind: 'dora', metric: 'deploymentFrequency' },
      status: 'dropped',
      learned: 'The release board still meets weekly.',
    },
    {
      ...base,
      id: 'd',
      what: '=HYPERLINK("http://x")',
      practice: 'delivery-metrics',
      owner: '+Ops',
      signal: { kind: 'dora', metric: 'leadTime' },
      recheckOn: '2027-01-21',
      status: 'planned',
    },
  ] satisfies Experiment[],
}

describe('describeSignal', () => {
  test('the question, the questions, or the DORA metric, in words', () => {
    expect(describeSignal({ kind: 'questions', questionIds: ['culture-dev-on-call'] }, BANK_V2)).toBe(
      `Question: ${ON_CALL_TEXT}`,
    )
    expect(
      describeSignal({ kind: 'questions', questionIds: ['culture-dev-on-call', 'culture-gone'] }, BANK_V2),
    ).toBe(`Questions: ${ON_CALL_TEXT} / culture-gone`)
    expect(describeSignal({ kind: 'dora', metric: 'timeToRestore' }, BANK_V2)).toBe(
      'DORA: Failed deployment recovery time',
    )
  })
})

describe('planToMarkdown', () => {
  test('a checklist in plan order, done ticked, dropped apart and struck through, typed text escaped', () => {
    expect(planToMarkdown(plan, BANK_V2, 'Our plan [Q4]')).toBe(
      [
        '# Our plan \\[Q4\\]',
        '',
        '- [ ] **Put developers first on the rota for one alert**',
        '  - Practice: Shared ownership (developers on call) (Lesson: The Cultural Shift)',
        '  - Owner: Sam',
        `  - Signal: Question: ${ON_CALL_TEXT}`,
        '  - Re-check on: 2026-12-24',
        '  - Status: Doing',
        '- [x] **Review \\*one\\* incident without names**',
        '  - Practice: Blameless post-mortems (Lesson: The Cultural Shift)',
        `  - Signal: Questions: ${ON_CALL_TEXT} / ${REVIEWS_TEXT}`,
        '  - Re-check on: 2026-12-24',
        '  - Status: Done',
        '  - What we learned: People spoke up more.',
        '- [ ] **=HYPERLINK("http://x")**',
        '  - Practice: Measuring delivery outcomes (CALMS reference)',
        '  - Owner: +Ops',
        '  - Signal: DORA: Lead time for changes',
        '  - Re-check on: 2027-01-21',
        '  - Status: Planned',
        '',
        '## Dropped',
        '',
        '- ~~**Deploy every day**~~',
        '  - Practice: Continuous delivery/deployment (Lesson: The Technical Shift)',
        '  - Signal: DORA: Deployment frequency',
        '  - Re-check on: 2026-12-24',
        '  - Status: Dropped',
        '  - What we learned: The release board still meets weekly.',
        '',
      ].join('\n'),
    )
  })

  test('an empty plan says so', () => {
    expect(planToMarkdown({ experiments: [] }, BANK_V2, 'Plan')).toBe(
      '# Plan\n\nNo experiments in the plan yet.\n',
    )
  })
})

describe('planToCsv', () => {
  const read = (text: string): string[][] => {
    expect(text.startsWith('\uFEFF')).toBe(true)
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    return parsed.data
  }

  test('a header and a row per experiment, dropped included, formulas neutralised', () => {
    expect(read(planToCsv(plan, BANK_V2))).toEqual([
      ['What', 'Practice', 'Lesson section', 'Owner', 'Signal', 'Re-check on', 'Status', 'What we learned'],
      [
        'Put developers first on the rota for one alert',
        'Shared ownership (developers on call)',
        'Lesson: The Cultural Shift',
        'Sam',
        `Question: ${ON_CALL_TEXT}`,
        '2026-12-24',
        'Doing',
        '',
      ],
      [
        'Review *one* incident without names',
        'Blameless post-mortems',
        'Lesson: The Cultural Shift',
        '',
        `Questions: ${ON_CALL_TEXT} / ${REVIEWS_TEXT}`,
        '2026-12-24',
        'Done',
        'People spoke up more.',
      ],
      [
        'Deploy every day',
        'Continuous delivery/deployment',
        'Lesson: The Technical Shift',
        '',
        'DORA: Deployment frequency',
        '2026-12-24',
        'Dropped',
        'The release board still meets weekly.',
      ],
      [
        '\'=HYPERLINK("http://x")',
        'Measuring delivery outcomes',
        'CALMS reference',
        "'+Ops",
        'DORA: Lead time for changes',
        '2027-01-21',
        'Planned',
        '',
      ],
    ])
  })

  test('an empty plan is the header alone, with CRLF line ends', () => {
    const text = planToCsv({ experiments: [] }, BANK_V2)
    expect(
      text.startsWith(
        '\uFEFFWhat,Practice,Lesson section,Owner,Signal,Re-check on,Status,What we learned\r\n',
      ),
    ).toBe(true)
    expect(read(text)).toEqual([[...PLAN_CSV_FIELDS]])
  })
})

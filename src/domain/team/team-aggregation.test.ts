import { describe, expect, test } from 'vitest'
import type { Pillar } from '../bank/pillars.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import type { Response } from '../formats/response.ts'
import {
  addResponses,
  aggregateTeam,
  classifyDisagreement,
  findDisagreements,
  MAX_TEAM_RESPONSES,
  migrateResponse,
  quantile,
  splitByRole,
} from './team-aggregation.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'

const question = (id: string, pillar: Pillar, allowNotApplicable = false) =>
  fixtureQuestion(id, pillar, { allowNotApplicable })

/** Measurement and sharing have no questions, so nobody can have a score for them. */
const bank: QuestionBank = {
  bankVersion: 1,
  questions: [
    question('culture-1', 'culture'),
    question('culture-2', 'culture'),
    question('automation-1', 'automation', true),
    question('lean-1', 'lean'),
  ],
}

const person = (
  answers: Response['answers'],
  extra: Partial<Pick<Response, 'role' | 'dora' | 'createdAt' | 'alias'>> = {},
): Response => ({ bankVersion: 1, answers, dora: {}, createdAt: '2025-05-01T10:00:00Z', ...extra })

// Scores: level 0 = 0, 1 = 25, 2 = 50, 3 = 75, 4 = 100. A person's pillar score is the mean of their levels there.
// P1 culture (100 + 50) / 2 = 75; automation 75;     lean: don't know -> none
const p1 = person(
  { 'culture-1': 4, 'culture-2': 2, 'automation-1': 3, 'lean-1': 'dont-know' },
  { role: 'developer', dora: { deploymentFrequency: 'df-on-demand' }, createdAt: '2025-05-01T10:00:01Z' },
)
// P2 culture (25 + 25) / 2 = 25; automation: n.a. -> none; lean 0
const p2 = person(
  { 'culture-1': 1, 'culture-2': 1, 'automation-1': 'not-applicable', 'lean-1': 0 },
  { role: 'developer', dora: { deploymentFrequency: 'df-on-demand' }, createdAt: '2025-05-01T10:00:02Z' },
)
// P3 culture 75 (culture-2 unanswered); automation 100; lean 100
const p3 = person(
  { 'culture-1': 3, 'automation-1': 4, 'lean-1': 4 },
  { role: 'operations', dora: { deploymentFrequency: 'dont-know' }, createdAt: '2025-05-01T10:00:03Z' },
)
// P4 culture 50 (culture-2 don't know); automation 50; lean unanswered
const p4 = person(
  { 'culture-1': 2, 'culture-2': 'dont-know', 'automation-1': 2 },
  { role: 'developer', createdAt: '2025-05-01T10:00:04Z' },
)
const team = [p1, p2, p3, p4]

describe('quantile (linear between closest ranks, type 7)', () => {
  test('quartiles and medians of small sorted lists', () => {
    // [25, 50, 75, 75]: q1 at (4 - 1) * 0.25 = 0.75 -> 25 + 0.75 * (50 - 25) = 43.75
    expect(quantile([25, 50, 75, 75], 0.25)).toBe(43.75)
    // median at 1.5 -> the mean of the two middle values (50 + 75) / 2 = 62.5
    expect(quantile([25, 50, 75, 75], 0.5)).toBe(62.5)
    // q3 at 2.25 -> 75 + 0.25 * (75 - 75) = 75
    expect(quantile([25, 50, 75, 75], 0.75)).toBe(75)
    // one value: position 0 for every p
    expect(quantile([40], 0.25)).toBe(40)
    expect(quantile([40], 0.75)).toBe(40)
  })
})

describe('classifyDisagreement', () => {
  test('low below 15, medium below 30, high from 30', () => {
    expect([0, 14.99, 15, 29.99, 30, 100].map(classifyDisagreement)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ])
  })
})

describe('aggregateTeam', () => {
  const aggregate = aggregateTeam(team, bank)

  test('culture, four people, an even count', () => {
    // scores P1 75, P2 25, P3 75, P4 50 -> sorted [25, 50, 75, 75] (quartiles worked in the quantile test)
    // IQR 75 - 43.75 = 31.25 >= 30 -> high
    expect(aggregate.pillars.culture).toEqual({
      pillar: 'culture',
      respondents: 4,
      summary: { min: 25, q1: 43.75, median: 62.5, q3: 75, max: 75, interquartileRange: 31.25 },
      disagreement: 'high',
    })
  })

  test('automation, three people: P2 answered "not applicable" and has no score there', () => {
    // sorted [50, 75, 100]; q1 at 0.5 -> 62.5; median at 1 -> 75; q3 at 1.5 -> 87.5; IQR 25 -> medium
    expect(aggregate.pillars.automation).toEqual({
      pillar: 'automation',
      respondents: 3,
      summary: { min: 50, q1: 62.5, median: 75, q3: 87.5, max: 100, interquartileRange: 25 },
      disagreement: 'medium',
    })
  })

  test('lean, two people: P1 did not know, P4 did not answer', () => {
    // sorted [0, 100]; q1 at 0.25 -> 25; median at 0.5 -> 50, the mean of the two; q3 at 0.75 -> 75; IQR 50
    expect(aggregate.pillars.lean).toEqual({
      pillar: 'lean',
      respondents: 2,
      summary: { min: 0, q1: 25, median: 50, q3: 75, max: 100, interquartileRange: 50 },
      disagreement: 'high',
    })
  })

  test('a pillar nobody has a score for has no figures', () => {
    expect(aggregate.pillars.measurement).toEqual({ pillar: 'measurement', respondents: 0 })
    expect(aggregate.pillars.sharing).toEqual({ pillar: 'sharing', respondents: 0 })
  })

  test('one respondent: every figure is their score, and there is no disagreement to speak of', () => {
    // P3 culture 75
    expect(aggregateTeam([p3], bank).pillars.culture).toEqual({
      pillar: 'culture',
      respondents: 1,
      summary: { min: 75, q1: 75, median: 75, q3: 75, max: 75, interquartileRange: 0 },
    })
  })

  test('per question: counts per level and per non-answer, range and standard deviation', () => {
    const [culture1, culture2, automation1, lean1] = aggregate.questions
    // culture-1 levels 4, 1, 3, 2; range 4 - 1 = 3; scores 100, 25, 75, 50, mean 62.5,
    // squared deviations 1406.25 + 1406.25 + 156.25 + 156.25 = 3125, / 4 = 781.25, sd = 27.951
    expect(culture1).toMatchObject({
      questionId: 'culture-1',
      order: 0,
      levelCounts: [0, 1, 1, 1, 1],
      dontKnow: 0,
      notApplicable: 0,
      unanswered: 0,
      scored: 4,
      range: 3,
    })
    expect(culture1?.standardDeviation).toBeCloseTo(27.951, 3)
    // culture-2 levels 2, 1 (P3 unanswered, P4 don't know); scores 50, 25, mean 37.5, sd 12.5
    expect(culture2).toMatchObject({
      levelCounts: [0, 1, 1, 0, 0],
      dontKnow: 1,
      unanswered: 1,
      scored: 2,
      range: 1,
      standardDeviation: 12.5,
    })
    // automation-1 levels 3, 4, 2 (P2 n.a.); scores 75, 100, 50, mean 75, variance (0 + 625 + 625) / 3, sd 20.412
    expect(automation1).toMatchObject({ levelCounts: [0, 0, 1, 1, 1], notApplicable: 1, scored: 3, range: 2 })
    expect(automation1?.standardDeviation).toBeCloseTo(20.412, 3)
    // lean-1 levels 0, 4 (P1 don't know, P4 unanswered); scores 0, 100, mean 50, sd 50
    expect(lean1).toMatchObject({ levelCounts: [1, 0, 0, 0, 1], dontKnow: 1, unanswered: 1, range: 4 })
    expect(lean1?.standardDeviation).toBe(50)
  })

  test('a question with one level answer has no spread', () => {
    const [culture2] = aggregateTeam([p1], bank).questions.slice(1)
    expect(culture2).toMatchObject({ scored: 1, range: 0, standardDeviation: 0 })
  })

  test('DORA answers are counted per band, with don’t know and unanswered apart', () => {
    // deployment frequency: P1 and P2 on demand, P3 don't know, P4 nothing
    expect(aggregate.dora.deploymentFrequency).toEqual({
      metric: 'deploymentFrequency',
      bands: [
        { id: 'df-on-demand', count: 2 },
        { id: 'df-daily-weekly', count: 0 },
        { id: 'df-weekly-monthly', count: 0 },
        { id: 'df-monthly-6m', count: 0 },
        { id: 'df-rarer-6m', count: 0 },
      ],
      dontKnow: 1,
      unanswered: 1,
    })
    expect(aggregate.dora.leadTime.unanswered).toBe(4)
  })

  test('the team disagrees most on lean-1, then culture-1, automation-1, culture-2', () => {
    // ranges 4, 3, 2, 1
    expect(findDisagreements(aggregate).map((q) => q.questionId)).toEqual([
      'lean-1',
      'culture-1',
      'automation-1',
      'culture-2',
    ])
    expect(findDisagreements(aggregate, 2).map((q) => q.questionId)).toEqual(['lean-1', 'culture-1'])
  })

  test('ties on range go to the larger standard deviation, then more answers, then bank order', () => {
    const ids = ['x', 'y', 'z', 'w', 'v', 'u', 't'].map((letter) => `question-${letter}`)
    const tieBank: QuestionBank = { bankVersion: 1, questions: ids.map((id) => question(id, 'culture')) }
    const [x = '', y = '', z = '', w = '', v = '', u = '', t = ''] = ids
    const people: Response[] = [
      person({ [x]: 0, [y]: 0, [z]: 0, [w]: 0, [v]: 2, [u]: 4, [t]: 1 }),
      person({ [x]: 4, [y]: 4, [z]: 4, [w]: 4, [v]: 2, [t]: 3 }),
      person({ [y]: 0, [z]: 2, [v]: 2 }),
      person({ [y]: 4, [v]: 2 }),
    ]
    // x: 0, 4          range 4, scores 0, 100 around 50 -> sd 50, 2 answers, bank position 0
    // y: 0, 4, 0, 4    range 4, every score 50 from the mean 50 -> sd 50, 4 answers
    // z: 0, 4, 2       range 4, scores 0, 100, 50 around 50 -> sd sqrt(5000 / 3) = 40.8
    // w: 0, 4          as x, but bank position 3
    // v: 2, 2, 2, 2    range 0 -> no disagreement
    // u: 4             one answer -> left out
    // t: 1, 3          range 2 -> last
    const order = findDisagreements(aggregateTeam(people, tieBank), 10).map((q) => q.questionId)
    expect(order).toEqual([y, x, w, z, t])
  })
})

describe('splitByRole', () => {
  const anonymous = person({ 'culture-1': 0 }, { createdAt: '2025-05-01T10:00:05Z' })

  test('roles under three people show only a head count; pillars under three scores show no median', () => {
    // developers P1, P2, P4: culture 75, 25, 50 -> sorted [25, 50, 75], median 50
    // automation: P1 75, P4 50 (P2 n.a.) -> 2 scores, no median; lean: P2 0 only -> 1 score, no median
    expect(splitByRole([...team, anonymous], bank)).toEqual({
      groups: [
        {
          role: 'developer',
          count: 3,
          pillars: {
            culture: { respondents: 3, median: 50 },
            automation: { respondents: 2 },
            lean: { respondents: 1 },
            measurement: { respondents: 0 },
            sharing: { respondents: 0 },
          },
        },
      ],
      hidden: [{ role: 'operations', count: 1 }],
      withoutRole: 1,
    })
  })

  test('a smaller minimum group size shows more, a larger one hides the developers too', () => {
    const open = splitByRole(team, bank, 1)
    expect(open.groups.map((group) => [group.role, group.pillars.automation])).toEqual([
      // developers: automation [50, 75] -> median 62.5, the mean of the two
      ['developer', { respondents: 2, median: 62.5 }],
      ['operations', { respondents: 1, median: 100 }],
    ])
    expect(splitByRole(team, bank, 4).hidden).toEqual([
      { role: 'developer', count: 3 },
      { role: 'operations', count: 1 },
    ])
  })
})

describe('bank versions', () => {
  const bankV2: QuestionBank = { ...bank, bankVersion: 2 }

  test('a response of the current version is kept as it is', () => {
    expect(migrateResponse(p1, bank)).toEqual({ ok: true, value: p1 })
  })

  test('a newer version is refused, naming it', () => {
    expect(migrateResponse({ ...p1, bankVersion: 3 }, bankV2)).toEqual({
      ok: false,
      errors: [
        "This response uses question bank version 3, which is newer than this app's version 2. Update the app to combine it.",
      ],
    })
  })

  test('an older version with no way to convert it is refused, naming it', () => {
    expect(migrateResponse(p1, bankV2)).toEqual({
      ok: false,
      errors: [
        'This response uses question bank version 1, which this app cannot convert to version 2. Ask its author to answer again.',
      ],
    })
  })

  test('responses that cannot be brought to the bank version are left out of the team and counted', () => {
    const aggregate = aggregateTeam([p1, { ...p2, bankVersion: 2 }], bank)
    expect(aggregate.respondents).toBe(1)
    expect(aggregate.excluded).toBe(1)
    expect(aggregate.pillars.culture.respondents).toBe(1)
  })
})

describe('addResponses', () => {
  test('the same answers at the same second are recognised, even under another alias', () => {
    const again = { ...p1, alias: 'Renamed' }
    const result = addResponses([p1, p2], [again, p3, p3])
    // again: duplicate of P1; first P3 added; second P3 duplicate of the first
    expect(result).toEqual({ responses: [p1, p2, p3], added: 1, duplicates: 2, refusedOverLimit: 0 })
  })

  test('the same answers at another second are another response', () => {
    const later = { ...p1, createdAt: '2025-05-02T10:00:01Z' }
    expect(addResponses([p1], [later])).toMatchObject({ added: 1, duplicates: 0 })
  })

  test(`the team stops at ${MAX_TEAM_RESPONSES} responses and says how many were turned away`, () => {
    const at = (second: number) =>
      person({ 'culture-1': 2 }, { createdAt: new Date(second * 1000).toISOString() })
    const existing = Array.from({ length: MAX_TEAM_RESPONSES - 1 }, (_, index) => at(index))
    // room for one: the first new response fits, the next two are refused, and the repeat of an
    // existing response is still reported as a duplicate
    const result = addResponses(existing, [at(5000), at(5001), at(5002), at(0)])
    expect(result.responses).toHaveLength(MAX_TEAM_RESPONSES)
    expect(result).toMatchObject({ added: 1, duplicates: 1, refusedOverLimit: 2 })
  })
})

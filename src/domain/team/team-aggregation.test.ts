import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getAnswer, isLevel, scoreLevel } from '../bank/answers.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { responseArbitrary } from '../../test-support/fuzz-valid-values.ts'
import { isSplit } from './disagreement.ts'
import { populationStandardDeviation } from './statistics.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import type { Response } from '../formats/response.ts'
import {
  aggregateTeam,
  describeHiddenSpread,
  describeSpreadMinimum,
  findDisagreements,
  showsSpread,
} from './team-aggregation.ts'
import { bank, p1, p2, p3, person, question, team } from '../../test-support/team-fixture.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'

describe('aggregateTeam', () => {
  const aggregate = aggregateTeam(team, bank)

  test('culture, four people, an even count', () => {
    // scores P1 75, P2 25, P3 75, P4 50 -> sorted [25, 50, 75, 75]
    // (quartiles worked in the quantile test in statistics.test.ts)
    // IQR 75 - 43.75 = 31.25 >= 30 -> high
    expect(aggregate.pillars.culture).toEqual({
      pillar: 'culture',
      respondents: 4,
      summary: { min: 25, q1: 43.75, median: 62.5, q3: 75, max: 75, interquartileRange: 31.25 },
      disagreement: 'high',
      // P2 at 25 and P1, P3 at 75
      split: true,
    })
  })

  test('automation, three people: P2 answered "not applicable" and has no score there', () => {
    // sorted [50, 75, 100]; q1 at 0.5 -> 62.5; median at 1 -> 75; q3 at 1.5 -> 87.5; IQR 25 -> medium
    expect(aggregate.pillars.automation).toEqual({
      pillar: 'automation',
      respondents: 3,
      summary: { min: 50, q1: 62.5, median: 75, q3: 87.5, max: 100, interquartileRange: 25 },
      disagreement: 'medium',
      // nobody at 25 or less
      split: false,
    })
  })

  test('lean, two people: P1 did not know, P4 did not answer', () => {
    // sorted [0, 100]; q1 at 0.25 -> 25; median at 0.5 -> 50, the mean of the two; q3 at 0.75 -> 75; IQR 50
    expect(aggregate.pillars.lean).toEqual({
      pillar: 'lean',
      respondents: 2,
      summary: { min: 0, q1: 25, median: 50, q3: 75, max: 100, interquartileRange: 50 },
      disagreement: 'high',
      split: true,
    })
  })

  test('a pillar nobody has a score for has no figures', () => {
    expect(aggregate.pillars.measurement).toEqual({ pillar: 'measurement', respondents: 0, split: false })
    expect(aggregate.pillars.sharing).toEqual({ pillar: 'sharing', respondents: 0, split: false })
  })

  test('one respondent: every figure is their score, and there is no disagreement to speak of', () => {
    // P3 culture 75
    expect(aggregateTeam([p3], bank).pillars.culture).toEqual({
      pillar: 'culture',
      respondents: 1,
      summary: { min: 75, q1: 75, median: 75, q3: 75, max: 75, interquartileRange: 0 },
      split: false,
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
      notAsked: 0,
      scored: 4,
      range: 3,
      split: true,
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

  test('quick and full checks combine: who was not asked is counted apart from who left a question blank', () => {
    const quickBank: QuestionBank = {
      bankVersion: 1,
      questions: [
        fixtureQuestion('culture-q', 'culture', { quick: true }),
        fixtureQuestion('culture-f', 'culture'),
      ],
    }
    // Q1 answered the quick question only: a quick check. F1 answered both; F2 answered the full-only question,
    // so took the full check and left culture-q blank. Nobody answered nothing.
    const q1 = person({ 'culture-q': 4 })
    const f1 = person({ 'culture-q': 0, 'culture-f': 2 })
    const f2 = person({ 'culture-f': 4 })
    const [quickQuestion, fullQuestion] = aggregateTeam([q1, f1, f2], quickBank).questions
    expect(quickQuestion).toMatchObject({ scored: 2, unanswered: 1, notAsked: 0 })
    expect(fullQuestion).toMatchObject({ scored: 2, unanswered: 0, notAsked: 1 })
    // Culture: Q1 100 (on the quick question), F1 (0 + 50) / 2 = 25, F2 100: three people with a score.
    expect(aggregateTeam([q1, f1, f2], quickBank).pillars.culture).toMatchObject({ respondents: 3 })
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

  test('a split team: the quartiles see little disagreement, the split rule sees both ends', () => {
    const everywhere = (level: 0 | 2 | 4) =>
      person({ 'culture-1': level, 'automation-1': level, 'lean-1': level })
    // five people: one at 0, three at 50, one at 100 -> sorted [0, 50, 50, 50, 100]
    // q1 at position 1 -> 50, q3 at position 3 -> 50, IQR 0 -> low; but 0 <= 25 and 100 >= 75 -> split
    const five = aggregateTeam(
      [everywhere(4), everywhere(2), everywhere(2), everywhere(2), everywhere(0)],
      bank,
    )
    expect(five.pillars.lean).toEqual({
      pillar: 'lean',
      respondents: 5,
      summary: { min: 0, q1: 50, median: 50, q3: 50, max: 100, interquartileRange: 0 },
      disagreement: 'low',
      split: true,
    })
    // three people: 100, 50, 0; q1 at 0.5 -> 25, q3 at 1.5 -> 75, IQR 50 -> high, and split
    const three = aggregateTeam([everywhere(4), everywhere(2), everywhere(0)], bank)
    expect(three.pillars.automation).toMatchObject({ disagreement: 'high', split: true })
    expect(three.pillars.culture).toMatchObject({ summary: { min: 0, max: 100 }, split: true })
    // per question: levels 4, 2, 0 -> scores 100, 50, 0 -> split
    expect(three.questions[0]).toMatchObject({ questionId: 'culture-1', range: 4, split: true })
    // culture-2 was not asked of anybody: no split
    expect(three.questions[1]).toMatchObject({ questionId: 'culture-2', scored: 0, split: false })
  })

  test('a split question comes before one without a split, even with a smaller standard deviation', () => {
    const splitBank: QuestionBank = {
      bankVersion: 1,
      questions: [question('edge-free', 'culture'), question('both-ends', 'culture')],
    }
    const people: Response[] = [
      person({ 'edge-free': 0, 'both-ends': 1 }),
      person({ 'edge-free': 2, 'both-ends': 3 }),
      person({ 'both-ends': 3 }),
      person({ 'both-ends': 3 }),
    ]
    // edge-free: levels 0, 2 -> scores 0, 50: range 2, sd 25, no score at 75 or more -> not split
    // both-ends: levels 1, 3, 3, 3 -> scores 25, 75, 75, 75: range 2, mean 62.5,
    //   variance (1406.25 + 3 * 156.25) / 4 = 468.75, sd 21.65; 25 and 75 -> split
    const aggregate = aggregateTeam(people, splitBank)
    expect(aggregate.questions.map((q) => [q.questionId, q.split])).toEqual([
      ['edge-free', false],
      ['both-ends', true],
    ])
    expect(aggregate.questions[1]?.standardDeviation).toBeCloseTo(21.65, 2)
    expect(findDisagreements(aggregate).map((q) => q.questionId)).toEqual(['both-ends', 'edge-free'])
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

describe('bank versions', () => {
  test('responses that cannot be brought to the bank version are left out of the team and counted', () => {
    const aggregate = aggregateTeam([p1, { ...p2, bankVersion: 2 }], bank)
    expect(aggregate.respondents).toBe(1)
    expect(aggregate.excluded).toBe(1)
    expect(aggregate.pillars.culture.respondents).toBe(1)
  })
})

describe('spread', () => {
  test('is shown from three responses', () => {
    expect([0, 1, 2, 3, 4].map(showsSpread)).toEqual([false, false, false, true, true])
  })

  test('its minimum in words, spelled out as in running text', () => {
    expect(describeSpreadMinimum()).toBe('three responses')
    expect(describeHiddenSpread()).toBe('shown from 3 responses')
    expect([describeSpreadMinimum(1), describeSpreadMinimum(12)]).toEqual(['one response', '12 responses'])
    expect(describeHiddenSpread(1)).toBe('shown from 1 response')
  })
})

describe('aggregateTeam, each question counted rather than listed', () => {
  test('spread figures are those of the level answers listed one by one, for any team', () => {
    fc.assert(
      fc.property(fc.array(responseArbitrary, { maxLength: 12 }), (responses) => {
        const { questions } = aggregateTeam(responses, QUESTION_BANK)
        QUESTION_BANK.questions.forEach((question, order) => {
          const levels = responses.flatMap(({ answers }) => {
            const answer = getAnswer(answers, question.id)
            return answer !== undefined && isLevel(answer) ? [answer] : []
          })
          const scores = levels.map(scoreLevel)
          const several = levels.length >= 2
          expect(questions[order]).toMatchObject({
            scored: levels.length,
            range: several ? Math.max(...levels) - Math.min(...levels) : 0,
            split: isSplit(scores),
          })
          expect(questions[order]?.standardDeviation).toBeCloseTo(
            several ? populationStandardDeviation(scores) : 0,
            9,
          )
        })
      }),
      { numRuns: 100 },
    )
  })
})

import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getAnswer, isLevel, type Level } from '../bank/answers.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { responseArbitrary } from '../../test-support/fuzz-valid-values.ts'
import { nextStepFor } from '../bank/next-steps.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { BANK_V2 } from '../bank/versions/bank-v2.ts'
import { NEXT_STEPS_V3 } from '../bank/versions/next-steps-v3.ts'
import { isScoreUncertain } from '../scoring/scoring.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { bank, p1, p2, p3, p4, person, team } from '../../test-support/team-fixture.ts'
import { aggregateTeam } from '../team/team-aggregation.ts'
import { lowerMedianLevel, teamMedianLevels, teamScores, teamStrengthsAndGaps } from './team-findings.ts'

// The team fixture (src/test-support/team-fixture.ts): culture-1, culture-2, automation-1 (N/A allowed) and
// lean-1, all of practice shared-ownership; nothing for measurement and sharing. Level x 25 is the score.

describe('lowerMedianLevel', () => {
  test('the middle level of an odd count', () => {
    // [4, 0, 2] sorted [0, 2, 4]: the middle is 2
    expect(lowerMedianLevel([4, 0, 2])).toBe(2)
  })

  test('the lower of the two middle levels of an even count', () => {
    // [3, 1, 4, 2] sorted [1, 2, 3, 4]: the middle two are 2 and 3; the lower is 2
    expect(lowerMedianLevel([3, 1, 4, 2])).toBe(2)
    // [4, 3]: 3, so the step is "grow", never "keep" for a team half of which is at 3
    expect(lowerMedianLevel([4, 3])).toBe(3)
  })

  test('no levels, no median', () => {
    expect(lowerMedianLevel([])).toBeUndefined()
  })
})

describe('teamMedianLevels', () => {
  test('level answers only; a question nobody gave a level is left out', () => {
    // culture-1: 4, 1, 3, 2 -> [1, 2, 3, 4] -> 2
    // culture-2: 2, 1 (P3 blank, P4 don't know) -> [1, 2] -> 1
    // automation-1: 3, 4, 2 (P2 not applicable) -> [2, 3, 4] -> 3
    // lean-1: 0, 4 (P1 don't know, P4 blank) -> [0, 4] -> 0
    expect(teamMedianLevels(team, bank)).toEqual({
      'culture-1': 2,
      'culture-2': 1,
      'automation-1': 3,
      'lean-1': 0,
    })
    expect(teamMedianLevels([person({ 'lean-1': 'dont-know' })], bank)).toEqual({})
  })
})

describe('teamScores', () => {
  const scores = teamScores(team, bank)
  const pillar = (key: string) => scores.pillars.find((group) => group.key === key)

  test('culture: the median of four people, the mean of the two middle scores', () => {
    // P1 75, P2 25, P3 75, P4 50 -> [25, 50, 75, 75] -> (50 + 75) / 2 = 62.5
    expect(pillar('culture')).toEqual({
      key: 'culture',
      label: 'Culture',
      questionIds: ['culture-1', 'culture-2'],
      asked: 4,
      answered: 4,
      scored: 4,
      dontKnow: 0,
      notApplicable: 0,
      score: 62.5,
      coverage: 1,
    })
  })

  test('automation: a person who answered everything "Not applicable" is left out, like an N/A question', () => {
    // P1 75, P3 100, P4 50 -> [50, 75, 100] -> 75; P2 answered N/A, so 3 of 3 people it applies to
    expect(pillar('automation')).toMatchObject({
      asked: 4,
      answered: 4,
      scored: 3,
      notApplicable: 1,
      score: 75,
      coverage: 1,
    })
  })

  test('lean: 2 of 4 people have a score, which is half and so not uncertain', () => {
    // P2 0, P3 100 -> 50; P1 "don't know" (counted in dontKnow), P4 blank
    const lean = pillar('lean')
    expect(lean).toMatchObject({ asked: 4, answered: 3, scored: 2, dontKnow: 1, score: 50, coverage: 0.5 })
    expect(lean !== undefined && isScoreUncertain(lean)).toBe(false)
  })

  test('a pillar the bank does not ask about applies to nobody and has no score', () => {
    expect(pillar('sharing')).toMatchObject({ asked: 4, notApplicable: 4, score: null, coverage: null })
  })

  test('the practice and the overall score are medians of the people too', () => {
    // shared-ownership holds all four questions:
    // P1 (100 + 50 + 75) / 3 = 75; P2 (25 + 25 + 0) / 3 = 16.7; P3 (75 + 100 + 100) / 3 = 91.7; P4 (50 + 50) / 2 = 50
    // -> [16.7, 50, 75, 91.7] -> (50 + 75) / 2 = 62.5
    expect(scores.practices.map((group) => [group.key, group.score])).toEqual([['shared-ownership', 62.5]])
    expect(scores.overall.score).toBe(62.5)
  })

  test('one score among three people is uncertain', () => {
    // lean: P1 don't know, P2 0, P4 blank -> 1 of 3 < 1.5
    const lean = teamScores([p1, p2, p4], bank).pillars.find((group) => group.key === 'lean')
    expect(lean).toMatchObject({ scored: 1, score: 0 })
    expect(lean !== undefined && isScoreUncertain(lean)).toBe(true)
  })

  test('a quick check is not counted against a practice it never asked about', () => {
    const quickBank: QuestionBank = {
      bankVersion: 1,
      questions: [
        fixtureQuestion('culture-q', 'culture', { practice: 'shared-ownership', quick: true }),
        fixtureQuestion('culture-f', 'culture', { practice: 'blameless-postmortems', quick: false }),
      ],
    }
    // A (full) 4 and 0; B and C (quick) answered only the quick question
    const people = [
      person({ 'culture-q': 4, 'culture-f': 0 }),
      person({ 'culture-q': 4 }),
      person({ 'culture-q': 3 }),
    ]
    const practice = teamScores(people, quickBank).practices.find(
      (group) => group.key === 'blameless-postmortems',
    )
    // only A was asked: 1 of 1, score 0, certain
    expect(practice).toMatchObject({ asked: 3, notApplicable: 2, scored: 1, score: 0, coverage: 1 })
    expect(practice !== undefined && isScoreUncertain(practice)).toBe(false)
  })
})

describe('teamStrengthsAndGaps', () => {
  test("the self-check rule on the medians, named only on two of the team's answers", () => {
    const { scores, medianLevels, answerBasis, findings } = teamStrengthsAndGaps(team, bank)
    expect(scores.pillars.map((group) => group.score)).toEqual([62.5, 75, 50, null, null])
    expect(medianLevels).toEqual({ 'culture-1': 2, 'culture-2': 1, 'automation-1': 3, 'lean-1': 0 })
    // automation 75 and lean 50 would be a strength and a gap, but the fixture asks one question each: the
    // team's answers, its median levels, hold one scored answer for each, fewer than two, so neither is named.
    // Culture rests on two (culture-1 and culture-2) but 62.5 is neither; so is the practice (62.5).
    expect(answerBasis.pillars.map((group) => group.scored)).toEqual([2, 1, 1, 0, 0])
    expect(findings).toEqual({ strengths: [], gaps: [] })
  })

  test('a pillar on two median answers is named; the questions behind it follow the median levels', () => {
    // culture-1: 1, 0 -> lower median 0; culture-2: 2, 1 -> 1. People: (25 + 50) / 2 = 37.5 and
    // (0 + 25) / 2 = 12.5 -> median (12.5 + 37.5) / 2 = 25, on two median answers: a gap, lowest level first.
    // Its practice (shared-ownership, the fixture's for all four questions) is named too, with the same score.
    const people = [person({ 'culture-1': 1, 'culture-2': 2 }), person({ 'culture-1': 0, 'culture-2': 1 })]
    const { findings } = teamStrengthsAndGaps(people, bank)
    expect(findings.strengths).toEqual([])
    expect(findings.gaps.map((finding) => [finding.key, finding.score, finding.questionIds])).toEqual([
      ['culture', 25, ['culture-1', 'culture-2']],
      ['shared-ownership', 25, ['culture-1', 'culture-2']],
    ])
  })

  test('two people at opposite ends: no gap, but "split" for the pillar and the practice', () => {
    // culture-1 and culture-2 (practice shared-ownership): one person at level 0 on both, the other at 4.
    // Culture: (0 + 0) / 2 = 0 and (100 + 100) / 2 = 100 -> median 50, a gap by score, on two median answers
    // (lower medians 0 and 0). 0 <= 25 and 100 >= 75: split. The practice likewise.
    const people = [person({ 'culture-1': 0, 'culture-2': 0 }), person({ 'culture-1': 4, 'culture-2': 4 })]
    const { findings, split } = teamStrengthsAndGaps(people, bank)
    expect(findings).toEqual({ strengths: [], gaps: [] })
    expect(split.map((finding) => [finding.kind, finding.key, finding.score])).toEqual([
      ['pillar', 'culture', 50],
      ['practice', 'shared-ownership', 50],
    ])
  })

  test('a split would-be strength is left out and the next in line takes its place', () => {
    const threePillars: QuestionBank = {
      bankVersion: 1,
      questions: [
        fixtureQuestion('culture-1', 'culture'),
        fixtureQuestion('culture-2', 'culture'),
        fixtureQuestion('automation-1', 'automation', { practice: 'continuous-integration' }),
        fixtureQuestion('automation-2', 'automation', { practice: 'continuous-integration' }),
        fixtureQuestion('lean-1', 'lean', { practice: 'limit-work-in-progress' }),
        fixtureQuestion('lean-2', 'lean', { practice: 'limit-work-in-progress' }),
      ],
    }
    const at = (culture: Level, automation: Level, lean: Level) =>
      person({
        'culture-1': culture,
        'culture-2': culture,
        'automation-1': automation,
        'automation-2': automation,
        'lean-1': lean,
        'lean-2': lean,
      })
    // Culture 100, 100, 0 -> median 100, split (0 <= 25, 100 >= 75); automation 100, 100, 75 -> 100 and lean
    // 75, 75, 75 -> 75, neither split (nobody at 25 or less). Each practice holds one pillar's two questions, so
    // scores the same. Regardless of the split, the two best pillars are culture and automation (100); without
    // culture they are automation and lean. Three practices are named on each side, so all three are.
    const { findings, split } = teamStrengthsAndGaps([at(4, 4, 3), at(4, 4, 3), at(0, 3, 3)], threePillars)
    expect(findings.strengths.map((finding) => [finding.key, finding.score])).toEqual([
      ['automation', 100],
      ['lean', 75],
      ['continuous-integration', 100],
      ['limit-work-in-progress', 75],
    ])
    expect(findings.gaps).toEqual([])
    // Lower medians: culture-1 and culture-2 [0, 4, 4] -> 4, both behind the would-be strength, in bank order.
    expect(split.map((finding) => [finding.key, finding.score, finding.questionIds])).toEqual([
      ['culture', 100, ['culture-1', 'culture-2']],
      ['shared-ownership', 100, ['culture-1', 'culture-2']],
    ])
  })

  test('a pillar named as split is split in the Team page’s pillar table, and no strength or gap is', () => {
    fc.assert(
      fc.property(fc.array(responseArbitrary, { maxLength: 8 }), (responses) => {
        const { findings, split } = teamStrengthsAndGaps(responses, QUESTION_BANK)
        const { pillars } = aggregateTeam(responses, QUESTION_BANK)
        const isSplitPillar = (key: string) => Object.values(pillars).some((p) => p.pillar === key && p.split)
        for (const finding of [...findings.strengths, ...findings.gaps]) {
          if (finding.kind === 'pillar') expect(isSplitPillar(finding.key)).toBe(false)
        }
        for (const finding of split) {
          if (finding.kind === 'pillar') expect(isSplitPillar(finding.key)).toBe(true)
        }
      }),
      { numRuns: 50 },
    )
  })

  test('an uncertain team score is never named', () => {
    // lean 0 rests on 1 of 3 people: no gap, though 0 <= 50
    expect(
      teamStrengthsAndGaps([p1, p2, p4], bank).findings.gaps.map((finding) => finding.key),
    ).not.toContain('lean')
  })

  test('a response that cannot be brought to the bank is left out', () => {
    // version 3 is newer than the fixture bank's version 1
    const newer = { ...p3, bankVersion: 3 }
    const { scores } = teamStrengthsAndGaps([p2, newer], bank)
    expect(scores.overall.asked).toBe(1)
  })

  test('bank v2: the team next step follows the lower median level', () => {
    // culture-dev-on-call answered 3 and 4: lower median 3 -> the "grow" step, not "keep"
    const people = [
      { ...person({ 'culture-dev-on-call': 3 }), bankVersion: 2 },
      { ...person({ 'culture-dev-on-call': 4 }), bankVersion: 2 },
    ]
    const { medianLevels } = teamStrengthsAndGaps(people, BANK_V2)
    const question = BANK_V2.questions.find((candidate) => candidate.id === 'culture-dev-on-call')
    expect(question).toBeDefined()
    if (question === undefined) return
    expect(nextStepFor(question, medianLevels['culture-dev-on-call'])?.text).toBe(
      NEXT_STEPS_V3['culture-dev-on-call']?.grow,
    )
  })
})

describe('teamMedianLevels, counted rather than listed', () => {
  test('is lowerMedianLevel of each question’s level answers, for any team', () => {
    fc.assert(
      fc.property(fc.array(responseArbitrary, { maxLength: 12 }), (responses) => {
        const expected: Record<string, Level> = {}
        for (const question of QUESTION_BANK.questions) {
          const levels = responses.flatMap(({ answers }) => {
            const answer = getAnswer(answers, question.id)
            return answer !== undefined && isLevel(answer) ? [answer] : []
          })
          const median = lowerMedianLevel(levels)
          if (median !== undefined) expected[question.id] = median
        }
        expect(teamMedianLevels(responses, QUESTION_BANK)).toEqual(expected)
      }),
      { numRuns: 100 },
    )
  })
})

import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  getAnswer,
  LEVELS,
  PillarAnswersSchema,
  type PillarAnswer,
  type PillarAnswers,
} from '../bank/answers.ts'
import { PILLARS, type Pillar } from '../bank/pillars.ts'
import { PRACTICES, type PracticeId } from '../bank/practices.ts'
import { QuestionBankSchema, type Question, type QuestionBank } from '../bank/question-bank-schema.ts'
import {
  describeGroupScore,
  describeScoreBasis,
  isScoreUncertain,
  MIN_SCORED_SHARE,
  NO_SCORE_TEXT,
  readAnswerKinds,
  scoreAnswerKinds,
  scoreAnswers,
  scoreGroup,
  scorePillarKinds,
  scorePillars,
  UNCERTAIN_BASIS_TEXT,
  type AssessmentScores,
  type GroupScore,
} from './scoring.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { responseArbitrary } from '../../test-support/fuzz-valid-values.ts'
import { bankForDepth } from '../bank/check-depth.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'

// Level scores: 0 -> 0, 1 -> 25, 2 -> 50, 3 -> 75, 4 -> 100. "dont-know", "not-applicable" and unanswered
// questions are left out of the mean; coverage = scored / (asked - notApplicable).

const question = (id: string, pillar: Pillar, practice: PracticeId) =>
  fixtureQuestion(id, pillar, { practice, allowNotApplicable: true })

// Parsed, so a fixture that the real schema would refuse fails here instead of passing silently.
const bankOf = (questions: Question[]): QuestionBank =>
  QuestionBankSchema.parse({ bankVersion: 1, questions })

// Sharing has no question on purpose: an empty pillar must still be reported.
const bank = bankOf([
  question('culture-1', 'culture', 'shared-ownership'),
  question('culture-2', 'culture', 'shared-ownership'),
  question('culture-3', 'culture', 'blameless-postmortems'),
  question('culture-4', 'culture', 'blameless-postmortems'),
  question('culture-5', 'culture', 'psychological-safety'),
  question('automation-1', 'automation', 'continuous-integration'),
  question('automation-2', 'automation', 'continuous-integration'),
  question('automation-3', 'automation', 'infrastructure-as-code'),
  question('lean-1', 'lean', 'limit-work-in-progress'),
  question('lean-2', 'lean', 'limit-work-in-progress'),
  question('measurement-1', 'measurement', 'delivery-metrics'),
  question('measurement-2', 'measurement', 'observability'),
])

const answers: PillarAnswers = {
  'culture-1': 4,
  'culture-2': 2,
  'culture-3': 'dont-know',
  'culture-4': 0,
  'culture-5': 'not-applicable',
  'automation-1': 3,
  'automation-3': 4,
  'lean-1': 'dont-know',
  'lean-2': 'dont-know',
}

const byKey = <K extends string>(groups: readonly GroupScore<K>[], key: K): GroupScore<K> => {
  const group = groups.find((candidate) => candidate.key === key)
  if (!group) throw new Error(`no group ${key}`)
  return group
}

describe('scoreAnswers, worked example', () => {
  const scores = scoreAnswers(bank, answers)

  test('culture: 4, 2, dont-know, 0 and one n/a out of five', () => {
    // scored: 100, 50, 0 -> mean 150 / 3 = 50; coverage 3 scored / (5 asked - 1 n/a) = 0.75
    expect(byKey(scores.pillars, 'culture')).toEqual({
      key: 'culture',
      label: 'Culture',
      questionIds: ['culture-1', 'culture-2', 'culture-3', 'culture-4', 'culture-5'],
      asked: 5,
      answered: 5,
      scored: 3,
      dontKnow: 1,
      notApplicable: 1,
      score: 50,
      coverage: 0.75,
    })
  })

  test('automation: 3, unanswered, 4', () => {
    // scored: 75, 100 -> 175 / 2 = 87.5; coverage 2 / (3 - 0) = 2/3
    const automation = byKey(scores.pillars, 'automation')
    expect(automation).toMatchObject({ asked: 3, answered: 2, scored: 2, dontKnow: 0, notApplicable: 0 })
    expect(automation.score).toBe(87.5)
    expect(automation.coverage).toBe(2 / 3)
  })

  test('lean: all "dont-know" gives no score and coverage 0', () => {
    // nothing scored -> score null (not 0); coverage 0 / (2 - 0) = 0
    expect(byKey(scores.pillars, 'lean')).toMatchObject({
      asked: 2,
      answered: 2,
      scored: 0,
      dontKnow: 2,
      score: null,
      coverage: 0,
    })
  })

  test('measurement: nothing answered gives no score and coverage 0', () => {
    expect(byKey(scores.pillars, 'measurement')).toMatchObject({
      asked: 2,
      answered: 0,
      scored: 0,
      score: null,
      coverage: 0,
    })
  })

  test('sharing: no question in the bank gives asked 0, no score and no coverage', () => {
    expect(byKey(scores.pillars, 'sharing')).toEqual({
      key: 'sharing',
      label: 'Sharing',
      questionIds: [],
      asked: 0,
      answered: 0,
      scored: 0,
      dontKnow: 0,
      notApplicable: 0,
      score: null,
      coverage: null,
    })
  })

  test('all five pillars in PILLARS order, even the empty one', () => {
    expect(scores.pillars.map((group) => group.key)).toEqual([...PILLARS])
  })

  test('practices: only those asked about, in PRACTICES order, each scored on its own questions', () => {
    // shared-ownership       culture-1 4, culture-2 2        -> (100 + 50) / 2 = 75, coverage 2/2
    // blameless-postmortems  culture-3 dont-know, culture-4 0 -> 0 / 1 = 0 (a real 0), coverage 1/2
    // continuous-integration automation-1 3, automation-2 -  -> 75 / 1 = 75, coverage 1/2
    // infrastructure-as-code automation-3 4                  -> 100, coverage 1/1
    // observability         measurement-2 -                  -> null, coverage 0/1
    // psychological-safety  culture-5 n/a                    -> null, coverage null (1 - 1 = 0 applicable)
    // limit-work-in-progress lean-1, lean-2 dont-know        -> null, coverage 0/2
    // delivery-metrics      measurement-1 -                  -> null, coverage 0/1
    expect(
      scores.practices.map(({ key, label, score, coverage }) => ({ key, label, score, coverage })),
    ).toEqual([
      { key: 'shared-ownership', label: 'Shared ownership (developers on call)', score: 75, coverage: 1 },
      { key: 'blameless-postmortems', label: 'Blameless post-mortems', score: 0, coverage: 0.5 },
      { key: 'continuous-integration', label: 'Continuous integration', score: 75, coverage: 0.5 },
      { key: 'infrastructure-as-code', label: 'Infrastructure as code', score: 100, coverage: 1 },
      { key: 'observability', label: 'Observability', score: null, coverage: 0 },
      { key: 'psychological-safety', label: 'Psychological safety', score: null, coverage: null },
      {
        key: 'limit-work-in-progress',
        label: 'Small batches, limited work in progress',
        score: null,
        coverage: 0,
      },
      { key: 'delivery-metrics', label: 'Measuring delivery outcomes', score: null, coverage: 0 },
    ])
  })

  test('overall weighs every question the same', () => {
    // scored: culture 100, 50, 0; automation 75, 100 -> 325 / 5 = 65
    // (the mean of the pillar scores, (50 + 87.5) / 2 = 68.75, would weigh automation's 2 answers like culture's 3)
    // answered 5 + 2 + 2 = 9; dont-know 1 + 2 = 3; n/a 1; coverage 5 / (12 - 1) = 5/11
    expect(scores.overall).toEqual({
      key: 'overall',
      label: 'Overall',
      questionIds: bank.questions.map(({ id }) => id),
      asked: 12,
      answered: 9,
      scored: 5,
      dontKnow: 3,
      notApplicable: 1,
      score: 65,
      coverage: 5 / 11,
    })
  })
})

describe('scoreAnswers, edge cases', () => {
  test('nothing answered: every score is null, never 0', () => {
    const scores = scoreAnswers(bank, {})
    for (const group of [...scores.pillars, ...scores.practices, scores.overall]) {
      expect(group.score).toBeNull()
      expect(group.answered).toBe(0)
    }
    // coverage is 0 where something applies, null only for the empty sharing pillar
    expect(scores.pillars.map((group) => group.coverage)).toEqual([0, 0, 0, 0, null])
  })

  test('everything "dont-know": no score, coverage 0, every question counted as a dont-know', () => {
    const all = Object.fromEntries(bank.questions.map(({ id }) => [id, 'dont-know' as const]))
    const { overall } = scoreAnswers(bank, all)
    expect(overall).toMatchObject({
      asked: 12,
      answered: 12,
      scored: 0,
      dontKnow: 12,
      score: null,
      coverage: 0,
    })
  })

  test('everything "not-applicable": no score and no coverage', () => {
    const all = Object.fromEntries(bank.questions.map(({ id }) => [id, 'not-applicable' as const]))
    const { overall } = scoreAnswers(bank, all)
    expect(overall).toMatchObject({ answered: 12, notApplicable: 12, score: null, coverage: null })
  })

  test('answers to ids not in the bank are ignored', () => {
    expect(scoreAnswers(bank, { ...answers, 'retired-question': 0, 'sharing-1': 4 })).toEqual(
      scoreAnswers(bank, answers),
    )
  })

  test('scores are not rounded', () => {
    // 100 + 100 + 75 = 275 -> 275 / 3 = 91.666...
    const scores = scoreAnswers(bank, { 'culture-1': 4, 'culture-2': 4, 'culture-4': 3 })
    expect(byKey(scores.pillars, 'culture').score).toBe(275 / 3)
  })

  test('a question id that is also an Object.prototype key is unanswered until answered', () => {
    const tricky = bankOf([question('constructor', 'culture', 'shared-ownership')])
    expect(getAnswer({}, 'constructor')).toBeUndefined()
    expect(scoreAnswers(tricky, {}).overall).toMatchObject({ answered: 0, score: null })
    // parsed, as answers arrive from storage or a share code
    const answered = PillarAnswersSchema.parse(JSON.parse('{ "constructor": 3 }'))
    expect(scoreAnswers(tricky, answered).overall).toMatchObject({ answered: 1, score: 75 })
  })

  test('scoreGroup scores any set of questions under the given key and label', () => {
    // lean-1 dont-know, automation-1 3 -> 75 / 1 = 75; coverage 1 / 2
    const questions = bank.questions.filter(({ id }) => id === 'lean-1' || id === 'automation-1')
    expect(scoreGroup('picked', 'Picked', questions, answers)).toMatchObject({
      key: 'picked',
      label: 'Picked',
      questionIds: ['automation-1', 'lean-1'],
      score: 75,
      coverage: 0.5,
    })
  })
})

describe('what a score rests on', () => {
  // The five culture questions of the fixture bank; culture-5 allows "Not applicable" like the others.
  const cultureQuestions = bank.questions.filter(({ pillar }) => pillar === 'culture')
  const culture = (given: PillarAnswers) => scoreGroup('culture', 'Culture', cultureQuestions, given)

  test('uncertain below half of the applicable questions, not at half', () => {
    // 1 of 5 scored: 1 < 2.5 -> uncertain; 2 of 5: 2 < 2.5 -> uncertain; 3 of 5: 3 < 2.5 is false
    expect(isScoreUncertain(culture({ 'culture-1': 4 }))).toBe(true)
    expect(isScoreUncertain(culture({ 'culture-1': 4, 'culture-2': 0 }))).toBe(true)
    expect(isScoreUncertain(culture({ 'culture-1': 4, 'culture-2': 0, 'culture-3': 2 }))).toBe(false)
    // a "Don't know" is no answer to score: 1 of 5 still
    const withDontKnows = culture({ 'culture-1': 4, 'culture-2': 'dont-know', 'culture-3': 'dont-know' })
    expect(isScoreUncertain(withDontKnows)).toBe(true)
  })

  test('"Not applicable" leaves fewer questions that apply: 2 of 4 is half, so not uncertain', () => {
    // culture-5 n/a: 5 - 1 = 4 apply; 2 scored: 2 < 2 is false
    const group = culture({ 'culture-1': 4, 'culture-2': 2, 'culture-5': 'not-applicable' })
    expect(isScoreUncertain(group)).toBe(false)
    expect(describeScoreBasis(group)).toBe('based on 2 of 4 answers')
    // 1 of 4: 1 < 2 -> uncertain
    expect(isScoreUncertain(culture({ 'culture-1': 4, 'culture-5': 'not-applicable' }))).toBe(true)
  })

  test('a group without a score is not uncertain: it has no score at all', () => {
    const group = culture({ 'culture-1': 'dont-know' })
    expect(group.score).toBeNull()
    expect(isScoreUncertain(group)).toBe(false)
    expect(describeGroupScore(group)).toBe(NO_SCORE_TEXT)
  })

  test('describeScoreBasis counts the scored and the applicable questions', () => {
    const scores = scoreAnswers(bank, answers)
    // culture: 3 scored of 5 - 1 n/a; infrastructure-as-code: 1 of 1
    expect(describeScoreBasis(byKey(scores.pillars, 'culture'))).toBe('based on 3 of 4 answers')
    expect(describeScoreBasis(byKey(scores.practices, 'infrastructure-as-code'))).toBe(
      'based on 1 of 1 answer',
    )
  })

  test('describeGroupScore rounds, and says so when the score is uncertain', () => {
    // (100 + 0) / 2 = 50 on 2 of 5: uncertain
    expect(describeGroupScore(culture({ 'culture-1': 4, 'culture-2': 0 }))).toBe(
      '50 (uncertain, based on 2 of 5 answers)',
    )
    // (100 + 0 + 75) / 3 = 58.33 on 3 of 5
    expect(describeGroupScore(culture({ 'culture-1': 4, 'culture-2': 0, 'culture-3': 3 }))).toBe('58')
  })

  test('the rule in words follows MIN_SCORED_SHARE', () => {
    expect(MIN_SCORED_SHARE).toBe(0.5)
    expect(UNCERTAIN_BASIS_TEXT).toBe('based on fewer than half of the questions that apply')
  })
})

describe('scoreAnswers, properties', () => {
  const answerArb = fc.constantFrom<PillarAnswer>(...LEVELS, 'dont-know', 'not-applicable')
  const levelArb = fc.constantFrom(...LEVELS)

  const bankArb = fc
    .array(fc.tuple(fc.constantFrom(...PILLARS), fc.constantFrom(...PRACTICES)), {
      minLength: 1,
      maxLength: 25,
    })
    .map((specs) =>
      bankOf(specs.map(([pillar, practice], index) => question(`q-${index}`, pillar, practice))),
    )

  // Entries rather than a record, so a test can feed the same answers in another order. One entry per id.
  const bankAndEntriesArb = bankArb.chain((generated) =>
    fc.tuple(
      fc.constant(generated),
      fc.uniqueArray(fc.tuple(fc.constantFrom(...generated.questions.map(({ id }) => id)), answerArb), {
        selector: ([id]) => id,
        maxLength: generated.questions.length,
      }),
    ),
  )

  const allGroups = (scores: AssessmentScores) => [...scores.pillars, ...scores.practices, scores.overall]

  test('raising one answer never lowers its pillar, practice or overall score', () => {
    fc.assert(
      fc.property(bankAndEntriesArb, fc.nat(), levelArb, levelArb, ([generated, entries], pick, a, b) => {
        const target = generated.questions[pick % generated.questions.length]
        if (!target) throw new Error('a bank has at least one question')
        const [low, high] = a <= b ? [a, b] : [b, a]
        const rest = Object.fromEntries(entries)
        const before = scoreAnswers(generated, { ...rest, [target.id]: low })
        const after = scoreAnswers(generated, { ...rest, [target.id]: high })
        const affected = [
          [byKey(before.pillars, target.pillar), byKey(after.pillars, target.pillar)],
          [byKey(before.practices, target.practice), byKey(after.practices, target.practice)],
          [before.overall, after.overall],
        ] as const
        for (const [was, is] of affected) {
          if (was.score === null || is.score === null) throw new Error('the raised question has a level')
          expect(is.score).toBeGreaterThanOrEqual(was.score)
        }
        // the other pillars do not move
        for (const pillar of PILLARS.filter((candidate) => candidate !== target.pillar)) {
          expect(byKey(after.pillars, pillar)).toEqual(byKey(before.pillars, pillar))
        }
      }),
    )
  })

  test('the scores do not depend on the order the answers were given in', () => {
    const arb = bankAndEntriesArb.chain(([generated, entries]) =>
      fc.tuple(
        fc.constant(generated),
        fc.constant(entries),
        fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
      ),
    )
    fc.assert(
      fc.property(arb, ([generated, entries, shuffled]) => {
        expect(scoreAnswers(generated, Object.fromEntries(shuffled))).toEqual(
          scoreAnswers(generated, Object.fromEntries(entries)),
        )
      }),
    )
  })

  test('a score is null or within [0, 100]; a coverage is null or within [0, 1]; the counts add up', () => {
    fc.assert(
      fc.property(bankAndEntriesArb, ([generated, entries]) => {
        for (const group of allGroups(scoreAnswers(generated, Object.fromEntries(entries)))) {
          if (group.score !== null) {
            expect(group.score).toBeGreaterThanOrEqual(0)
            expect(group.score).toBeLessThanOrEqual(100)
          }
          if (group.coverage !== null) {
            expect(group.coverage).toBeGreaterThanOrEqual(0)
            expect(group.coverage).toBeLessThanOrEqual(1)
          }
          expect(group.score === null).toBe(group.scored === 0)
          expect(group.answered).toBe(group.scored + group.dontKnow + group.notApplicable)
          expect(group.answered).toBeLessThanOrEqual(group.asked)
          expect(group.asked).toBe(group.questionIds.length)
        }
      }),
    )
  })

  test('every question of the bank sits in exactly one pillar and one practice', () => {
    fc.assert(
      fc.property(bankAndEntriesArb, ([generated, entries]) => {
        const scores = scoreAnswers(generated, Object.fromEntries(entries))
        const sum = (groups: readonly GroupScore[], field: 'asked' | 'scored') =>
          groups.reduce((total, group) => total + group[field], 0)
        expect(sum(scores.pillars, 'asked')).toBe(scores.overall.asked)
        expect(sum(scores.practices, 'asked')).toBe(scores.overall.asked)
        expect(sum(scores.pillars, 'scored')).toBe(scores.overall.scored)
        expect(scores.practices.every((group) => group.asked > 0)).toBe(true)
      }),
    )
  })
})

describe('scoreAnswerKinds and scorePillarKinds (answers read once, scored by position)', () => {
  test('give the scores scoreAnswers and scorePillars give, for the full bank and the quick check', () => {
    fc.assert(
      fc.property(responseArbitrary, ({ answers }) => {
        const kinds = readAnswerKinds(QUESTION_BANK, answers)
        const quick = bankForDepth(QUESTION_BANK, 'quick')
        expect(scoreAnswerKinds(QUESTION_BANK, QUESTION_BANK, kinds)).toEqual(
          scoreAnswers(QUESTION_BANK, answers),
        )
        expect(scoreAnswerKinds(QUESTION_BANK, quick, kinds)).toEqual(scoreAnswers(quick, answers))
        expect(scorePillarKinds(QUESTION_BANK, kinds)).toEqual(scorePillars(QUESTION_BANK, answers))
      }),
      { numRuns: 200 },
    )
  })
})

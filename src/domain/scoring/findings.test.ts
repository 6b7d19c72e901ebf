import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { LEVELS, type PillarAnswer, type PillarAnswers } from '../bank/answers.ts'
import { classifyDora } from '../dora/dora-classification.ts'
import { DORA_METRIC_DEFINITIONS, type DoraAnswers } from '../dora/dora-metrics.ts'
import { bankForDepth } from '../bank/check-depth.ts'
import { BANK_V2 } from '../bank/versions/bank-v2.ts'
import {
  describeFindingRules,
  describeTie,
  findingName,
  groupTies,
  MIN_SCORED_ANSWERS,
  findDontKnows,
  findMismatches,
  findStrengthsAndGaps,
  GAP_UP_TO,
  PILLAR_FINDINGS_PER_SIDE,
  PRACTICE_FINDINGS_PER_SIDE,
  STRENGTH_FROM,
  type StrengthsAndGaps,
} from './findings.ts'
import { PILLARS, type Pillar } from '../bank/pillars.ts'
import { PRACTICES, type PracticeId } from '../bank/practices.ts'
import { QuestionBankSchema, type QuestionBank } from '../bank/question-bank-schema.ts'
import { scoreAnswers, type AssessmentScores } from './scoring.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'

// Level scores: 0 -> 0, 1 -> 25, 2 -> 50, 3 -> 75, 4 -> 100; "dont-know" is left out of the mean.

const question = (id: string, pillar: Pillar, practice: PracticeId) =>
  fixtureQuestion(id, pillar, { practice, allowNotApplicable: true })

// Four questions a pillar, named <pillar>-1 .. <pillar>-4 in bank order.
const PRACTICES_BY_PILLAR: Record<Pillar, readonly [PracticeId, PracticeId, PracticeId, PracticeId]> = {
  culture: ['shared-ownership', 'shared-ownership', 'blameless-postmortems', 'psychological-safety'],
  automation: [
    'continuous-integration',
    'continuous-integration',
    'infrastructure-as-code',
    'continuous-delivery',
  ],
  lean: ['limit-work-in-progress', 'flow-and-handoffs', 'fast-feedback', 'small-frequent-releases'],
  measurement: ['delivery-metrics', 'delivery-metrics', 'observability', 'observability'],
  sharing: ['knowledge-sharing', 'knowledge-sharing', 'shared-tooling', 'no-separate-devops-team'],
}

const bank = QuestionBankSchema.parse({
  bankVersion: 1,
  questions: PILLARS.flatMap((pillar) =>
    PRACTICES_BY_PILLAR[pillar].map((practice, index) =>
      question(`${pillar}-${index + 1}`, pillar, practice),
    ),
  ),
})

/** Answers by pillar, in question order: { lean: [1, 2] } answers lean-1 with 1 and lean-2 with 2. */
const answersFor = (byPillar: Partial<Record<Pillar, PillarAnswer[]>>): PillarAnswers =>
  Object.fromEntries(
    Object.entries(byPillar).flatMap(([pillar, list]) =>
      list.map((answer, index) => [`${pillar}-${index + 1}`, answer] as const),
    ),
  )

const strengthsAndGaps = (answers: PillarAnswers) =>
  findStrengthsAndGaps(scoreAnswers(bank, answers), bank, answers)

const keys = (findings: readonly { key: string }[]) => findings.map(({ key }) => key)

describe('findStrengthsAndGaps', () => {
  test('worked example: the full result', () => {
    // pillars
    //   culture     4 4 3 4        -> (100 + 100 + 75 + 100) / 4 = 93.75
    //   automation  3 3 4 2        -> (75 + 75 + 100 + 50) / 4   = 75
    //   lean        1 2 0 2        -> (25 + 50 + 0 + 50) / 4     = 31.25
    //   measurement 2 dk 1 0       -> (50 + 25 + 0) / 3          = 25
    //   sharing     2 3 2 3        -> (50 + 75 + 50 + 75) / 4    = 62.5
    // every pillar rests on at least 3 of its 4 questions, every practice on at least half of its own; the
    // practices asked once (infrastructure-as-code, psychological-safety, fast-feedback, limit-work-in-progress)
    // are named on their one answer; delivery-metrics (2, dk) rests on one scored answer of two and is never named
    // strengths (>= 75, best 2): culture 93.75, automation 75
    // gaps (<= 50, weakest 2): measurement 25, lean 31.25 (sharing 62.5 is neither)
    // practices
    //   100: shared-ownership (4, 4), infrastructure-as-code, psychological-safety
    //    75: blameless-postmortems, continuous-integration (3, 3), no-separate-devops-team
    //   62.5: knowledge-sharing (2, 3); 50: continuous-delivery, small-frequent-releases, flow-and-handoffs,
    //         delivery-metrics (2, dk), shared-tooling
    //   25: limit-work-in-progress; 12.5: observability (1, 0); 0: fast-feedback
    // strengths (>= 75, best 3): the three 100s, shown in key order; the 75s miss out (no tie with 100)
    // gaps (<= 50, weakest 3): fast-feedback 0, observability 12.5, limit-work-in-progress 25; the 50s miss out
    const answers = answersFor({
      culture: [4, 4, 3, 4],
      automation: [3, 3, 4, 2],
      lean: [1, 2, 0, 2],
      measurement: [2, 'dont-know', 1, 0],
      sharing: [2, 3, 2, 3],
    })
    expect(strengthsAndGaps(answers)).toEqual({
      strengths: [
        {
          kind: 'pillar',
          key: 'culture',
          label: 'Culture',
          score: 93.75,
          // the 4s in bank order, then the 3
          oneAnswer: false,
          questionIds: ['culture-1', 'culture-2', 'culture-4', 'culture-3'],
        },
        {
          kind: 'pillar',
          key: 'automation',
          label: 'Automation',
          score: 75,
          // automation-4 (level 2) is not behind a strength
          oneAnswer: false,
          questionIds: ['automation-3', 'automation-1', 'automation-2'],
        },
        {
          kind: 'practice',
          key: 'infrastructure-as-code',
          label: 'Infrastructure as code',
          score: 100,
          oneAnswer: true,
          questionIds: ['automation-3'],
        },
        {
          kind: 'practice',
          key: 'psychological-safety',
          label: 'Psychological safety',
          score: 100,
          oneAnswer: true,
          questionIds: ['culture-4'],
        },
        {
          kind: 'practice',
          key: 'shared-ownership',
          label: 'Shared ownership (developers on call)',
          score: 100,
          oneAnswer: false,
          questionIds: ['culture-1', 'culture-2'],
        },
      ],
      gaps: [
        {
          kind: 'pillar',
          key: 'measurement',
          label: 'Measurement',
          score: 25,
          // 0, 1, 2; the dont-know is not behind the gap (findDontKnows reports it)
          oneAnswer: false,
          questionIds: ['measurement-4', 'measurement-3', 'measurement-1'],
        },
        {
          kind: 'pillar',
          key: 'lean',
          label: 'Lean',
          score: 31.25,
          // 0, 1, then the two 2s in bank order
          oneAnswer: false,
          questionIds: ['lean-3', 'lean-1', 'lean-2', 'lean-4'],
        },
        {
          kind: 'practice',
          key: 'fast-feedback',
          label: 'Fast feedback',
          score: 0,
          oneAnswer: true,
          questionIds: ['lean-3'],
        },
        {
          kind: 'practice',
          key: 'observability',
          label: 'Observability',
          score: 12.5,
          oneAnswer: false,
          questionIds: ['measurement-4', 'measurement-3'],
        },
        {
          kind: 'practice',
          key: 'limit-work-in-progress',
          label: 'Small batches, limited work in progress',
          score: 25,
          oneAnswer: true,
          questionIds: ['lean-1'],
        },
      ],
    })
  })

  // Sets a score no four-question group can reach, to test just beside a threshold.
  const withScore = (scores: AssessmentScores, key: string, score: number): AssessmentScores => {
    const set = <G extends { key: string }>(groups: readonly G[]) =>
      groups.map((group) => (group.key === key ? { ...group, score } : group))
    return { ...scores, pillars: set(scores.pillars), practices: set(scores.practices) }
  }
  const findWith = (answers: PillarAnswers, overrides: Record<string, number>) => {
    const scores = Object.entries(overrides).reduce(
      (changed, [key, score]) => withScore(changed, key, score),
      scoreAnswers(bank, answers),
    )
    return findStrengthsAndGaps(scores, bank, answers)
  }

  test(`a strength scores ${STRENGTH_FROM} or more: 75 is one, 74.99 is not, for pillars and practices`, () => {
    // culture 3 3 3 3 = 75; its practices shared-ownership (3, 3), blameless-postmortems (3) and
    // psychological-safety (3) are 75 each
    const answers = answersFor({ culture: [3, 3, 3, 3] })
    const atThreshold = strengthsAndGaps(answers)
    expect(keys(atThreshold.strengths)).toEqual([
      'culture',
      'blameless-postmortems',
      'psychological-safety',
      'shared-ownership',
    ])
    expect(atThreshold.gaps).toEqual([])
    const justUnder = findWith(answers, { culture: 74.99, 'shared-ownership': 74.99 })
    expect(keys(justUnder.strengths)).toEqual(['blameless-postmortems', 'psychological-safety'])
    expect(justUnder.gaps).toEqual([])
  })

  test(`a gap scores ${GAP_UP_TO} or less: 50 is one, 50.01 is not, for pillars and practices`, () => {
    // culture 2 2 2 2 = 50, and each of its three practices 50
    const answers = answersFor({ culture: [2, 2, 2, 2] })
    const atThreshold = strengthsAndGaps(answers)
    expect(keys(atThreshold.gaps)).toEqual([
      'culture',
      'blameless-postmortems',
      'psychological-safety',
      'shared-ownership',
    ])
    expect(atThreshold.strengths).toEqual([])
    const justOver = findWith(answers, { culture: 50.01, 'shared-ownership': 50.01 })
    expect(keys(justOver.gaps)).toEqual(['blameless-postmortems', 'psychological-safety'])
    expect(justOver.strengths).toEqual([])
  })

  test('a scored group between 50 and 75 is neither', () => {
    // culture 3 2 3 2 = 62.5; shared-ownership (3, 2) = 62.5; blameless-postmortems (3) = 75 is a strength and
    // psychological-safety (2) = 50 a gap
    const result = strengthsAndGaps(answersFor({ culture: [3, 2, 3, 2] }))
    expect(keys(result.strengths)).toEqual(['blameless-postmortems'])
    expect(keys(result.gaps)).toEqual(['psychological-safety'])
  })

  test(`at most ${PILLAR_FINDINGS_PER_SIDE} pillars a side, plus those tying with the last: three strengths`, () => {
    // culture 4 4 4 4 = 100, automation 3 3 3 3 = 75, lean 3 3 3 3 = 75: the second place is a tie, so three
    // pillars. Practices: culture's three at 100 fill the three places; the 75s do not tie with 100.
    const result = strengthsAndGaps(
      answersFor({ culture: [4, 4, 4, 4], automation: [3, 3, 3, 3], lean: [3, 3, 3, 3] }),
    )
    expect(keys(result.strengths)).toEqual([
      'culture',
      'automation',
      'lean',
      'blameless-postmortems',
      'psychological-safety',
      'shared-ownership',
    ])
    expect(result.gaps).toEqual([])
  })

  test('three pillar gaps when the second place is a tie', () => {
    // culture 0 0 0 0 = 0, automation 2 2 2 2 = 50, lean 2 2 2 2 = 50; culture's three practices at 0 fill the
    // three practice places and the 50s do not tie with 0
    const result = strengthsAndGaps(
      answersFor({ culture: [0, 0, 0, 0], automation: [2, 2, 2, 2], lean: [2, 2, 2, 2] }),
    )
    expect(keys(result.gaps)).toEqual([
      'culture',
      'automation',
      'lean',
      'blameless-postmortems',
      'psychological-safety',
      'shared-ownership',
    ])
    expect(result.strengths).toEqual([])
  })

  test(`at most ${PRACTICE_FINDINGS_PER_SIDE} practices a side, plus those tying with the last: four each`, () => {
    // culture 4 4 4 3: pillar (100 + 100 + 100 + 75) / 4 = 93.75; shared-ownership (4, 4) 100,
    //   blameless-postmortems (4) 100, psychological-safety (3) 75
    // automation 3 3 2 2: pillar 62.5 (neither); continuous-integration (3, 3) 75, infrastructure-as-code (2) 50,
    //   continuous-delivery (2) 50
    // lean 0 0 1 1: pillar 12.5; limit-work-in-progress 0, flow-and-handoffs 0, fast-feedback 25,
    //   small-frequent-releases 25
    // strengths: 100, 100, then 75 twice at the third place -> four; equal scores in key order
    // gaps: 0, 0, then 25 twice at the third place -> four; the 50s miss out
    const result = strengthsAndGaps(
      answersFor({ culture: [4, 4, 4, 3], automation: [3, 3, 2, 2], lean: [0, 0, 1, 1] }),
    )
    expect(result.strengths.map(({ key, score }) => [key, score])).toEqual([
      ['culture', 93.75],
      ['blameless-postmortems', 100],
      ['shared-ownership', 100],
      ['continuous-integration', 75],
      ['psychological-safety', 75],
    ])
    expect(result.gaps.map(({ key, score }) => [key, score])).toEqual([
      ['lean', 12.5],
      ['flow-and-handoffs', 0],
      ['limit-work-in-progress', 0],
      ['fast-feedback', 25],
      ['small-frequent-releases', 25],
    ])
  })

  test('when every group ties, every group is named', () => {
    // every pillar 2 2 2 2 = 50, and every practice 50: all five pillars and all fifteen practices are gaps
    const result = strengthsAndGaps(
      answersFor(Object.fromEntries(PILLARS.map((pillar) => [pillar, [2, 2, 2, 2]]))),
    )
    expect(result.strengths).toEqual([])
    expect(result.gaps.filter(({ kind }) => kind === 'pillar').map(({ key }) => key)).toEqual([
      'automation',
      'culture',
      'lean',
      'measurement',
      'sharing',
    ])
    expect(result.gaps.filter(({ kind }) => kind === 'practice')).toHaveLength(15)
  })

  test('never picked by list order: reversed group lists name the same groups in the same order', () => {
    const answers = answersFor({ culture: [4, 4, 4, 3], automation: [3, 3, 2, 2], lean: [0, 0, 1, 1] })
    const scores = scoreAnswers(bank, answers)
    const reversed = {
      ...scores,
      pillars: [...scores.pillars].reverse(),
      practices: [...scores.practices].reverse(),
    }
    expect(findStrengthsAndGaps(reversed, bank, answers)).toEqual(findStrengthsAndGaps(scores, bank, answers))
  })

  describe(`a score resting on fewer than half of the applicable questions is never named`, () => {
    test('2 of 4 scored is half, not fewer: named', () => {
      // culture 4, 4, dont-know, unanswered: pillar 100 on 2 of 4; shared-ownership (4, 4) 100 on 2 of 2;
      // blameless-postmortems (dont-know) and psychological-safety (unanswered) have no score
      const result = strengthsAndGaps({ 'culture-1': 4, 'culture-2': 4, 'culture-3': 'dont-know' })
      expect(keys(result.strengths)).toEqual(['culture', 'shared-ownership'])
    })

    test('1 of 4 scored is fewer than half: the pillar is no strength; its practice on 1 of 2 is half, but one answer', () => {
      // culture 4, dont-know x 3: pillar 100 on 1 of 4; shared-ownership (4, dont-know) 100 on 1 of 2, which is
      // half of its questions but one scored answer, fewer than two
      const answers = answersFor({ culture: [4, 'dont-know', 'dont-know', 'dont-know'] })
      expect(strengthsAndGaps(answers).strengths).toEqual([])
    })

    test('1 of 4 scored is no gap either', () => {
      // culture-1 at 0, the rest unanswered: pillar 0 on 1 of 4; shared-ownership (0, unanswered) 0 on 1 of 2
      expect(strengthsAndGaps({ 'culture-1': 0 })).toEqual({ strengths: [], gaps: [] })
    })

    test('"Not applicable" leaves one question that applies: the practice is named on its one answer, the pillar is not', () => {
      // culture 4, n/a, n/a, dont-know: pillar 100 on 1 of (4 - 2) = 2 applicable, half but one scored answer, so
      // not named; shared-ownership (4, n/a) 100 on 1 of (2 - 1) = 1 applicable: named, on one answer
      const answers = answersFor({ culture: [4, 'not-applicable', 'not-applicable', 'dont-know'] })
      const [strength, ...rest] = strengthsAndGaps(answers).strengths
      expect(strength).toMatchObject({ key: 'shared-ownership', score: 100, oneAnswer: true })
      expect(rest).toEqual([])
    })
  })

  test('groups without a score are neither: nothing answered, or only "dont-know"', () => {
    expect(strengthsAndGaps({})).toEqual({ strengths: [], gaps: [] })
    const unknown = answersFor({ measurement: ['dont-know', 'dont-know', 'dont-know', 'dont-know'] })
    expect(strengthsAndGaps(unknown)).toEqual({ strengths: [], gaps: [] })
  })

  test('describeFindingRules words the thresholds from the constants', () => {
    expect(describeFindingRules()).toBe(
      'A strength scores 75 or more and a gap 50 or less: at most 2 pillars and 3 practices each, more only ' +
        'when scores tie. A pillar or practice is named on at least two scored answers, a practice with only one ' +
        'question that applies on its one answer. A score based on fewer than half of the questions that apply is ' +
        'uncertain and never named.',
    )
  })
})

describe('naming only what the answers carry', () => {
  const quick = bankForDepth(BANK_V2, 'quick')

  test('the quick check\'s Measurement on one level-4 answer and a "Don\'t know" is no strength (review I12)', () => {
    // Quick Measurement asks ask-new-questions (observability) and stability-with-speed (not-only-speed).
    // Measurement: 100 on 1 of 2 = half, not uncertain, but 1 scored answer < MIN_SCORED_ANSWERS (2): not named.
    // observability is asked once at this depth: named on its one answer, 100, and says so.
    const answers: PillarAnswers = {
      'measurement-ask-new-questions': 4,
      'measurement-stability-with-speed': 'dont-know',
    }
    const result = findStrengthsAndGaps(scoreAnswers(quick, answers), quick, answers)
    expect(MIN_SCORED_ANSWERS).toBe(2)
    expect(result.gaps).toEqual([])
    expect(result.strengths).toEqual([
      {
        kind: 'practice',
        key: 'observability',
        label: 'Observability',
        score: 100,
        oneAnswer: true,
        questionIds: ['measurement-ask-new-questions'],
      },
    ])
    expect(result.strengths.map(findingName)).toEqual(['Observability (one answer)'])
  })

  test('two scored answers of two name the pillar', () => {
    // Measurement (4, 3): (100 + 75) / 2 = 87.5 on 2 of 2; observability 100 and not-only-speed 75, each asked
    // once, each on one answer.
    const answers: PillarAnswers = {
      'measurement-ask-new-questions': 4,
      'measurement-stability-with-speed': 3,
    }
    const result = findStrengthsAndGaps(scoreAnswers(quick, answers), quick, answers)
    expect(result.strengths.map((finding) => [finding.key, finding.score, finding.oneAnswer])).toEqual([
      ['measurement', 87.5, false],
      ['observability', 100, true],
      ['not-only-speed', 75, true],
    ])
  })

  test('a full check: a practice on two scored answers of three is named; on one of three it is not', () => {
    // Full Measurement's observability asks service-telemetry, ask-new-questions and incident-detection.
    // (0, 0, dk): 0 on 2 of 3 (2 >= 3 / 2 and 2 >= 2): a gap. (0, dk, dk): 0 on 1 of 3: uncertain, one answer.
    const two: PillarAnswers = {
      'measurement-service-telemetry': 0,
      'measurement-ask-new-questions': 0,
      'measurement-incident-detection': 'dont-know',
    }
    const one: PillarAnswers = { ...two, 'measurement-ask-new-questions': 'dont-know' }
    const named = (answers: PillarAnswers) =>
      keys(findStrengthsAndGaps(scoreAnswers(BANK_V2, answers), BANK_V2, answers).gaps)
    // The pillar asks six questions in the full check: 0 on 2 of 6 is fewer than half (2 < 3), never named.
    expect(named(two)).toEqual(['observability'])
    expect(named(one)).toEqual([])
  })
})

describe('groupTies and describeTie', () => {
  const finding = (key: string, score: number, kind: 'pillar' | 'practice' = 'practice') => ({
    kind,
    key,
    label: key,
    score,
    questionIds: [],
    oneAnswer: false,
  })

  test('up to three that tie are named one by one; four or more read as one sentence where the first stood', () => {
    // Practices at 25 (one), then four at 50: the 50s become one entry; pillars at 50 (two) stay one by one.
    const findings = [
      finding('culture', 50, 'pillar'),
      finding('lean', 50, 'pillar'),
      finding('a', 25),
      finding('b', 50),
      finding('c', 50),
      finding('d', 50),
      { ...finding('e', 50), label: 'Small, frequent releases', oneAnswer: true },
    ]
    const entries = groupTies(findings)
    expect(entries.map((entry) => entry.finding?.key ?? `tie of ${entry.tie?.findings.length}`)).toEqual([
      'culture',
      'lean',
      'a',
      'tie of 4',
    ])
    const tie = entries[3]?.tie
    expect(tie && describeTie(tie)).toBe(
      'Four practices tie at 50: b; c; d; Small, frequent releases (one answer).',
    )
    expect(tie && describeTie(tie, 'median')).toBe(
      'Four practices tie at median 50: b; c; d; Small, frequent releases (one answer).',
    )
    // A tie names its practices in the order the lesson introduces them, pillars in CALMS order.
    const sharing = { ...finding('sharing', 25, 'pillar'), label: 'Sharing' }
    const pillars = ['lean', 'culture', 'measurement'].map((key) => ({
      ...finding(key, 25, 'pillar'),
      label: key,
    }))
    const ordered = groupTies([sharing, ...pillars])[0]?.tie
    expect(ordered?.findings.map(({ key }) => key)).toEqual(['culture', 'lean', 'measurement', 'sharing'])
    expect(groupTies(findings.slice(0, 6)).map((entry) => entry.finding?.key)).toEqual([
      'culture',
      'lean',
      'a',
      'b',
      'c',
      'd',
    ])
  })
})

describe('findStrengthsAndGaps, properties', () => {
  const answerArb = fc.constantFrom<PillarAnswer>(...LEVELS, 'dont-know', 'not-applicable')

  const bankArb = fc
    .array(fc.tuple(fc.constantFrom(...PILLARS), fc.constantFrom(...PRACTICES)), {
      minLength: 1,
      maxLength: 25,
    })
    .map((specs) =>
      QuestionBankSchema.parse({
        bankVersion: 1,
        questions: specs.map(([pillar, practice], index) =>
          fixtureQuestion(`q-${index}`, pillar, { practice, allowNotApplicable: true }),
        ),
      }),
    )

  // Each question unanswered or answered, so groups rest on all, some or none of their questions.
  const bankAndAnswersArb = bankArb.chain((generated) =>
    fc.tuple(
      fc.constant(generated),
      fc
        .array(fc.option(answerArb, { nil: undefined }), {
          minLength: generated.questions.length,
          maxLength: generated.questions.length,
        })
        .map((list): PillarAnswers =>
          Object.fromEntries(
            list.flatMap((answer, index) => (answer === undefined ? [] : [[`q-${index}`, answer] as const])),
          ),
        ),
    ),
  )

  const find = (generated: QuestionBank, answers: PillarAnswers) =>
    findStrengthsAndGaps(scoreAnswers(generated, answers), generated, answers)

  test('adding a "Don\'t know" to a question never makes its pillar or practice a strength', () => {
    // "Adding" to a question without a level: unanswered, or answered "Not applicable" before.
    const arb = fc.tuple(
      bankAndAnswersArb,
      fc.nat(),
      fc.constantFrom<PillarAnswer | undefined>(undefined, 'not-applicable'),
    )
    fc.assert(
      fc.property(arb, ([[generated, answers], pick, previous]) => {
        const target = generated.questions[pick % generated.questions.length]
        if (!target) throw new Error('a bank has at least one question')
        const others = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== target.id))
        const before = previous === undefined ? others : { ...others, [target.id]: previous }
        const named = (result: StrengthsAndGaps) => result.strengths.map(({ kind, key }) => `${kind}:${key}`)
        const was = named(find(generated, before))
        const is = named(find(generated, { ...others, [target.id]: 'dont-know' }))
        for (const group of [`pillar:${target.pillar}`, `practice:${target.practice}`]) {
          if (!was.includes(group)) expect(is).not.toContain(group)
        }
      }),
    )
  })

  test('reordering the bank, or the groups of the scores, never changes which groups are named, nor their order', () => {
    // One rank per group (at most 15 practices) to shuffle the pillar and practice lists with.
    const arb = bankAndAnswersArb.chain(([generated, answers]) =>
      fc.tuple(
        fc.constant(generated),
        fc.constant(answers),
        fc.shuffledSubarray([...generated.questions], {
          minLength: generated.questions.length,
          maxLength: generated.questions.length,
        }),
        fc.array(fc.nat(), { minLength: PRACTICES.length, maxLength: PRACTICES.length }),
      ),
    )
    const named = (result: StrengthsAndGaps) => ({
      strengths: result.strengths.map(({ kind, key, score }) => ({ kind, key, score })),
      gaps: result.gaps.map(({ kind, key, score }) => ({ kind, key, score })),
    })
    fc.assert(
      fc.property(arb, ([generated, answers, shuffled, ranks]) => {
        const shuffle = <G>(groups: readonly G[]) =>
          groups
            .map((group, index) => ({ group, rank: ranks[index] ?? 0 }))
            .sort((a, b) => a.rank - b.rank)
            .map(({ group }) => group)
        const reordered = { ...generated, questions: shuffled }
        const scores = scoreAnswers(reordered, answers)
        const reshuffled = {
          ...scores,
          pillars: shuffle(scores.pillars),
          practices: shuffle(scores.practices),
        }
        expect(named(findStrengthsAndGaps(reshuffled, reordered, answers))).toEqual(
          named(find(generated, answers)),
        )
      }),
    )
  })
})

describe('findDontKnows', () => {
  test('per pillar with a "dont-know", most first, equal counts in PILLARS order', () => {
    // culture 1 (culture-2); lean 3; measurement 3; sharing 0 -> lean and measurement tie at 3, lean comes first
    const answers = answersFor({
      culture: [4, 'dont-know', 3],
      lean: ['dont-know', 'dont-know', 2, 'dont-know'],
      measurement: ['dont-know', 'dont-know', 'dont-know', 1],
      sharing: [3, 3, 3, 3],
    })
    expect(findDontKnows(scoreAnswers(bank, answers), answers)).toEqual([
      { pillar: 'lean', label: 'Lean', count: 3, questionIds: ['lean-1', 'lean-2', 'lean-4'] },
      {
        pillar: 'measurement',
        label: 'Measurement',
        count: 3,
        questionIds: ['measurement-1', 'measurement-2', 'measurement-3'],
      },
      { pillar: 'culture', label: 'Culture', count: 1, questionIds: ['culture-2'] },
    ])
  })

  test('no "dont-know", no finding', () => {
    const answers = answersFor({ culture: [0, 1, 'not-applicable'] })
    expect(findDontKnows(scoreAnswers(bank, answers), answers)).toEqual([])
  })
})

describe('findMismatches', () => {
  // Band indices (see dora-metrics.ts): deployment frequency 0 on demand, 1 daily-weekly, 2 weekly-monthly,
  // 3 monthly-6m, 4 rarer; lead time / restore 0 <1h, 1 1h-1d, 2 1d-1w, 3 1w-1m, 4 1m-6m, 5 >6m.
  const df = (index: number) => DORA_METRIC_DEFINITIONS.deploymentFrequency.bands[index]?.id
  const lt = (index: number) => DORA_METRIC_DEFINITIONS.leadTime.bands[index]?.id
  const profile = (deploys: number, lead: number, failures: number, restore: number): DoraAnswers => ({
    deploymentFrequency: df(deploys),
    leadTime: lt(lead),
    changeFailureRate: DORA_METRIC_DEFINITIONS.changeFailureRate.bands[failures]?.id,
    timeToRestore: DORA_METRIC_DEFINITIONS.timeToRestore.bands[restore]?.id,
  })
  // The 2024 cluster profiles, as in dora-classification.test.ts.
  const elite = profile(0, 1, 0, 0)
  const high = profile(1, 2, 3, 1)
  const medium = profile(2, 3, 1, 0)
  const low = profile(3, 4, 5, 3)

  const scored = (byPillar: Partial<Record<Pillar, PillarAnswer[]>>) =>
    scoreAnswers(bank, answersFor(byPillar))
  // Sets a score no four-question pillar can reach, to test just below a threshold.
  const withPillarScore = (scores: AssessmentScores, pillar: Pillar, score: number): AssessmentScores => ({
    ...scores,
    pillars: scores.pillars.map((group) => (group.key === pillar ? { ...group, score } : group)),
  })
  // Rules about one DORA answer are tested without a cluster, so the cluster rules stay quiet.
  const noCluster = classifyDora({})
  const ids = (scores: AssessmentScores, dora: DoraAnswers, classification = classifyDora(dora)) =>
    findMismatches(scores, dora, classification).map(({ id }) => id)

  describe('automation-high-deploys-rarely: Automation >= 75 and deploying monthly or rarer (band >= 3)', () => {
    const automation75 = scored({ automation: [3, 3, 3, 3] }) // 4 x 75 / 4 = 75

    test('fires at 75 and band 3, naming the score and the band', () => {
      expect(findMismatches(automation75, { deploymentFrequency: df(3) }, noCluster)).toEqual([
        {
          id: 'automation-high-deploys-rarely',
          message:
            'Automation scores 75/100, but you deploy monthly to every 6 months: ' +
            'automation that stops before production does not bring faster feedback. What holds deployments back?',
        },
      ])
      expect(ids(automation75, { deploymentFrequency: df(4) }, noCluster)).toEqual([
        'automation-high-deploys-rarely',
      ])
    })

    test('does not fire at band 2, just under 75, without a score or with "dont-know"', () => {
      expect(ids(automation75, { deploymentFrequency: df(2) }, noCluster)).toEqual([])
      expect(
        ids(withPillarScore(automation75, 'automation', 74.99), { deploymentFrequency: df(4) }, noCluster),
      ).toEqual([])
      expect(ids(scored({}), { deploymentFrequency: df(4) }, noCluster)).toEqual([])
      expect(ids(automation75, { deploymentFrequency: 'dont-know' }, noCluster)).toEqual([])
    })
  })

  describe('outcomes-high-measurement-low: cluster Elite or High and Measurement < 50 or no score', () => {
    test('fires for Elite with Measurement 1 1 1 1 = 25, and for High with no Measurement score', () => {
      // the elite profile deploys on demand with lead time under a day: no other rule applies
      expect(findMismatches(scored({ measurement: [1, 1, 1, 1] }), elite, classifyDora(elite))).toEqual([
        {
          id: 'outcomes-high-measurement-low',
          message:
            'Your delivery outcomes classify as Elite, but Measurement scores 25/100: the DORA answers may be ' +
            'estimates. Check them against real deployment and incident data.',
        },
      ])
      const [mismatch] = findMismatches(scored({ culture: [4, 4, 4, 4] }), high, classifyDora(high))
      expect(mismatch?.message).toMatch(
        /^Your delivery outcomes classify as High, but no Measurement question/,
      )
    })

    test('fires just under 50; not at 50, not for Medium, not without a cluster', () => {
      const measurement50 = scored({ measurement: [2, 2, 2, 2] }) // 4 x 50 / 4 = 50
      expect(ids(withPillarScore(measurement50, 'measurement', 49.99), elite)).toEqual([
        'outcomes-high-measurement-low',
      ])
      expect(ids(measurement50, elite)).toEqual([])
      expect(ids(scored({}), medium)).toEqual([])
      expect(ids(scored({}), {})).toEqual([])
    })

    test('needs an overall cluster: deploying on demand alone is no Elite verdict', () => {
      // throughput Elite, but no stability answer -> no overall cluster
      const fast: DoraAnswers = { deploymentFrequency: df(0), changeFailureRate: 'dont-know' }
      expect(ids(scored({ measurement: [0, 0, 0, 0] }), fast)).toEqual([])
    })
  })

  describe('lean-high-lead-time-long: Lean >= 75 and lead time a month or longer (band >= 4)', () => {
    const lean75 = scored({ lean: [4, 2, 3, 3] }) // (100 + 50 + 75 + 75) / 4 = 75

    test('fires at 75 and bands 4 and 5', () => {
      expect(findMismatches(lean75, { leadTime: lt(5) }, noCluster)).toEqual([
        {
          id: 'lean-high-lead-time-long',
          message:
            'Lean scores 75/100, but a change takes over 6 months to reach production: small batches ' +
            'and smooth flow should show up as a short lead time. Look for where changes wait.',
        },
      ])
      expect(ids(lean75, { leadTime: lt(4) }, noCluster)).toEqual(['lean-high-lead-time-long'])
    })

    test('does not fire at band 3 or just under 75', () => {
      expect(ids(lean75, { leadTime: lt(3) }, noCluster)).toEqual([])
      expect(ids(withPillarScore(lean75, 'lean', 74.99), { leadTime: lt(5) }, noCluster)).toEqual([])
    })
  })

  describe('outcomes-low-practices-high: cluster Low and overall score >= 75', () => {
    test('fires for Low with culture 3 3 3 3 and sharing 4 4 4 4, rounding the score in the message', () => {
      // overall (4 x 75 + 4 x 100) / 8 = 87.5 -> "88"; automation and lean have no score, so the low profile's
      // rare deploys and long lead time trigger nothing else
      expect(
        findMismatches(scored({ culture: [3, 3, 3, 3], sharing: [4, 4, 4, 4] }), low, classifyDora(low)),
      ).toEqual([
        {
          id: 'outcomes-low-practices-high',
          message:
            'Your delivery outcomes classify as Low, but your practices score 88/100 overall: the practices ' +
            'may not reach the primary service yet, or the answers may be optimistic.',
        },
      ])
    })

    test('fires at exactly 75; not just under, not for Medium', () => {
      const overall75 = scored({ culture: [3, 3, 3, 3] }) // 4 x 75 / 4 = 75
      expect(ids(overall75, low)).toEqual(['outcomes-low-practices-high'])
      const justUnder = { ...overall75, overall: { ...overall75.overall, score: 74.99 } }
      expect(ids(justUnder, low)).toEqual([])
      expect(ids(overall75, medium)).toEqual([])
    })
  })

  describe('measurement-high-outcomes-unknown: Measurement >= 75 and two or more DORA "dont-know"', () => {
    const measurement75 = scored({ measurement: [3, 3, 3, 3] }) // 75

    test('fires with two "dont-know"', () => {
      // only "dont-know" answers: no cluster, so nothing else applies
      expect(
        findMismatches(measurement75, { deploymentFrequency: 'dont-know', leadTime: 'dont-know' }, noCluster),
      ).toEqual([
        {
          id: 'measurement-high-outcomes-unknown',
          message:
            'Measurement scores 75/100, but you answered "Don\'t know" to 2 of the 4 DORA metrics: measuring ' +
            'well should make these outcomes visible to the team.',
        },
      ])
    })

    test('does not fire with one "dont-know" and one unanswered, or just under 75', () => {
      expect(ids(measurement75, { deploymentFrequency: 'dont-know' })).toEqual([])
      const unknowns: DoraAnswers = { changeFailureRate: 'dont-know', timeToRestore: 'dont-know' }
      expect(ids(withPillarScore(measurement75, 'measurement', 74.99), unknowns)).toEqual([])
    })
  })

  test('several rules fire together, in rule order', () => {
    // every pillar 3 3 3 3 -> 75, overall 75. DORA: deploys band 3, lead time band 4, failure rate band 5 (31-45%),
    // restore "dont-know". 2024: deploys 3 - medium 2 = 1 -> throughput Low; 31-45% exceeds High's 20% (3) by 2
    // and Medium's 10% (1) by 4, Low's 40% (5) by 0 -> stability Low; overall Low. One "dont-know" is too few for
    // measurement-high-outcomes-unknown.
    const scores = scored(Object.fromEntries(PILLARS.map((pillar) => [pillar, [3, 3, 3, 3]])))
    const dora: DoraAnswers = {
      deploymentFrequency: df(3),
      leadTime: lt(4),
      changeFailureRate: DORA_METRIC_DEFINITIONS.changeFailureRate.bands[5]?.id,
      timeToRestore: 'dont-know',
    }
    expect(classifyDora(dora).cluster).toBe('low')
    expect(ids(scores, dora)).toEqual([
      'automation-high-deploys-rarely',
      'lean-high-lead-time-long',
      'outcomes-low-practices-high',
    ])
  })

  test('the two rules about the cluster stay quiet when only throughput is answered', () => {
    // the same team without a stability answer: two "dont-know", no overall cluster
    const scores = scored(Object.fromEntries(PILLARS.map((pillar) => [pillar, [3, 3, 3, 3]])))
    const dora: DoraAnswers = {
      deploymentFrequency: df(3),
      leadTime: lt(4),
      changeFailureRate: 'dont-know',
      timeToRestore: 'dont-know',
    }
    expect(ids(scores, dora)).toEqual([
      'automation-high-deploys-rarely',
      'lean-high-lead-time-long',
      'measurement-high-outcomes-unknown',
    ])
  })
})

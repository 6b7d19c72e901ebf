import { describe, expect, test } from 'vitest'
import type { PillarAnswer, PillarAnswers } from '../bank/answers.ts'
import { classifyDora } from '../dora/dora-classification.ts'
import { DORA_METRIC_DEFINITIONS, type DoraAnswers } from '../dora/dora-metrics.ts'
import {
  findDontKnows,
  findMismatches,
  findSpeedStabilityImbalance,
  findStrengthsAndGaps,
} from './findings.ts'
import { PILLARS, type Pillar } from '../bank/pillars.ts'
import type { PracticeId } from '../bank/practices.ts'
import { QuestionBankSchema } from '../bank/question-bank-schema.ts'
import { scoreAnswers, type AssessmentScores } from './scoring.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'

// Level scores: 0 -> 0, 1 -> 25, 2 -> 50, 3 -> 75, 4 -> 100; "dont-know" is left out of the mean.

const question = (id: string, pillar: Pillar, practice: PracticeId) =>
  fixtureQuestion(id, pillar, { practice })

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
    // strengths (>= 50, best 2): culture 93.75, automation 75
    // gaps (< 75, weakest 2): measurement 25, lean 31.25 (sharing 62.5 is third-weakest: neither)
    // practices (PRACTICES index in brackets)
    //   100: shared-ownership [0] (4, 4), infrastructure-as-code [7], psychological-safety [12]
    //    75: blameless-postmortems [1], continuous-integration [5] (3, 3), no-separate-devops-team [10]
    //   62.5: knowledge-sharing (2, 3); 50: continuous-delivery, small-frequent-releases, flow-and-handoffs,
    //         delivery-metrics (2, dk), shared-tooling
    //   25: limit-work-in-progress; 12.5: observability (1, 0); 0: fast-feedback
    // strengths (>= 75, best 3): the three 100s; the 75s miss out
    // gaps (< 50, weakest 3): fast-feedback 0, observability 12.5, limit-work-in-progress 25; 50 is not a gap
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
          questionIds: ['culture-1', 'culture-2', 'culture-4', 'culture-3'],
        },
        {
          kind: 'pillar',
          key: 'automation',
          label: 'Automation',
          score: 75,
          // automation-4 (level 2) is not behind a strength
          questionIds: ['automation-3', 'automation-1', 'automation-2'],
        },
        {
          kind: 'practice',
          key: 'shared-ownership',
          label: 'Shared ownership (developers on call)',
          score: 100,
          questionIds: ['culture-1', 'culture-2'],
        },
        {
          kind: 'practice',
          key: 'infrastructure-as-code',
          label: 'Infrastructure as code',
          score: 100,
          questionIds: ['automation-3'],
        },
        {
          kind: 'practice',
          key: 'psychological-safety',
          label: 'Psychological safety',
          score: 100,
          questionIds: ['culture-4'],
        },
      ],
      gaps: [
        {
          kind: 'pillar',
          key: 'measurement',
          label: 'Measurement',
          score: 25,
          // 0, 1, 2; the dont-know is not behind the gap (findDontKnows reports it)
          questionIds: ['measurement-4', 'measurement-3', 'measurement-1'],
        },
        {
          kind: 'pillar',
          key: 'lean',
          label: 'Lean',
          score: 31.25,
          // 0, 1, then the two 2s in bank order
          questionIds: ['lean-3', 'lean-1', 'lean-2', 'lean-4'],
        },
        {
          kind: 'practice',
          key: 'fast-feedback',
          label: 'Fast feedback',
          score: 0,
          questionIds: ['lean-3'],
        },
        {
          kind: 'practice',
          key: 'observability',
          label: 'Observability',
          score: 12.5,
          questionIds: ['measurement-4', 'measurement-3'],
        },
        {
          kind: 'practice',
          key: 'limit-work-in-progress',
          label: 'Small batches, limited work in progress',
          score: 25,
          questionIds: ['lean-1'],
        },
      ],
    })
  })

  test('ties go to the earlier pillar in PILLARS order, in both lists', () => {
    // every pillar 2 2 2 2 -> 50. Strengths (>= 50): culture, automation. Gaps (< 75) from the rest, weakest
    // first, equal scores in PILLARS order: lean, measurement. Every practice is 50: neither (< 75, not < 50).
    const result = strengthsAndGaps(
      answersFor(Object.fromEntries(PILLARS.map((pillar) => [pillar, [2, 2, 2, 2]]))),
    )
    expect(keys(result.strengths)).toEqual(['culture', 'automation'])
    expect(keys(result.gaps)).toEqual(['lean', 'measurement'])
    // a strength at 50 has no answer at level 3 or 4 behind it
    expect(result.strengths[0]?.questionIds).toEqual([])
  })

  test('a single scored pillar is a strength or a gap, never both', () => {
    // culture 2 3 2 dk -> (50 + 75 + 50) / 3 = 58.33: >= 50 and < 75, strengths are picked first
    const middling = strengthsAndGaps(answersFor({ culture: [2, 3, 2, 'dont-know'] }))
    expect(keys(middling.strengths)).toEqual(['culture'])
    expect(middling.gaps.filter(({ kind }) => kind === 'pillar')).toEqual([])
    // culture 1 1 2 0 -> (25 + 25 + 50 + 0) / 4 = 25: only a gap
    const weak = strengthsAndGaps(answersFor({ culture: [1, 1, 2, 0] }))
    expect(weak.strengths).toEqual([])
    expect(keys(weak.gaps)).toEqual(['culture', 'psychological-safety', 'shared-ownership'])
  })

  test('with three scored pillars the middle one is a strength when it reaches 50', () => {
    // culture 2 2 2 2 = 50; automation 3 2 2 3 = (75 + 50 + 50 + 75) / 4 = 62.5; lean 3 3 3 2 = 68.75
    // strengths: lean 68.75, automation 62.5; gaps: culture 50 (the only pillar left)
    const result = strengthsAndGaps(
      answersFor({ culture: [2, 2, 2, 2], automation: [3, 2, 2, 3], lean: [3, 3, 3, 2] }),
    )
    expect(result.strengths.filter(({ kind }) => kind === 'pillar').map(({ key }) => key)).toEqual([
      'lean',
      'automation',
    ])
    expect(result.gaps.filter(({ kind }) => kind === 'pillar').map(({ key }) => key)).toEqual(['culture'])
  })

  test('boundaries: a practice at 75 is a strength, at 50 is no gap; a pillar at 75 is no gap', () => {
    // automation 3 3 2 dk -> pillar (75 + 75 + 50) / 3 = 66.67: strength
    // practices: continuous-integration (3, 3) = 75 -> strength; infrastructure-as-code (2) = 50 -> neither;
    // continuous-delivery (dk) -> no score, neither
    const result = strengthsAndGaps(answersFor({ automation: [3, 3, 2, 'dont-know'] }))
    expect(keys(result.strengths)).toEqual(['automation', 'continuous-integration'])
    expect(result.gaps).toEqual([])
    // automation 3 3 3 3 = 75 alone: a strength (>= 50) and, being a strength, not a gap
    const atSeventyFive = strengthsAndGaps(answersFor({ automation: [3, 3, 3, 3] }))
    expect(atSeventyFive.gaps).toEqual([])
  })

  test('groups without a score are neither: nothing answered, or only "dont-know"', () => {
    expect(strengthsAndGaps({})).toEqual({ strengths: [], gaps: [] })
    const unknown = answersFor({ measurement: ['dont-know', 'dont-know', 'dont-know', 'dont-know'] })
    expect(strengthsAndGaps(unknown)).toEqual({ strengths: [], gaps: [] })
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
            'Automation scores 75/100, but you deploy between once per month and once every six months: ' +
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
            'Lean scores 75/100, but a change takes more than six months to reach production: small batches ' +
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
    // restore "dont-know". 2024: deploys 3 > medium 2 -> throughput Low; 31-45% > high 3 and medium 1, <= low 5 ->
    // stability Low; overall Low. One "dont-know" is too few for measurement-high-outcomes-unknown.
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

describe('findSpeedStabilityImbalance', () => {
  // Bands as [deploys, lead time, failure rate, restore]: deploys 0 on demand .. 4 rarer than 6 months; lead time
  // and restore 0 <1h, 1 1h-1d, 2 1d-1w, 3 1w-1m, 4 1m-6m, 5 >6m; failure rate 0 0-5% .. 5 31-45%, 6 46-60%, 7 >60%.
  // Worst band of each cluster value (elite / high / medium / low), met when the answer is no worse:
  //   2023  deploys 0 1 2 2   lead time 1 2 3 3   failure rate 0 1 2 7   restore 0 1 2 4
  //   2024  deploys 0 1 2 3   lead time 1 2 3 4   failure rate 0 3 1 5   restore 0 1 1 3
  type Bands = readonly [deploys: number, lead: number, failures: number, restore: number]
  const classify = ([deploys, lead, failures, restore]: Bands, year = 2024) =>
    classifyDora(
      {
        deploymentFrequency: DORA_METRIC_DEFINITIONS.deploymentFrequency.bands[deploys]?.id,
        leadTime: DORA_METRIC_DEFINITIONS.leadTime.bands[lead]?.id,
        changeFailureRate: DORA_METRIC_DEFINITIONS.changeFailureRate.bands[failures]?.id,
        timeToRestore: DORA_METRIC_DEFINITIONS.timeToRestore.bands[restore]?.id,
      },
      year,
    )
  const idOf = (bands: Bands, year = 2024) => findSpeedStabilityImbalance(classify(bands, year))?.id ?? null

  test('fast-but-unstable: on demand, under an hour, over 60%, restore under an hour', () => {
    // throughput: 0 and 0 meet elite -> Elite; stability: 7 meets no 2024 cluster -> Low; Low is 2 or more below
    expect(findSpeedStabilityImbalance(classify([0, 0, 7, 0]))).toEqual({
      id: 'fast-but-unstable',
      throughput: 'elite',
      stability: 'low',
      message:
        'Fast but unstable: your throughput (deployment frequency and lead time for changes) reaches Elite, your stability ' +
        "(change failure rate and failed deployment recovery time) only Low (DORA 2024 clusters). DORA's " +
        'research finds that speed and stability go together; they are not a trade-off, and the best performers ' +
        'do well on both. Look at what lets failing changes reach production and what slows recovery.',
    })
  })

  test('fast-but-unstable: daily-weekly, 1h-1d, 46-60%, 1d-1w is High against Low', () => {
    // throughput: deploys 1 > elite 0, <= high 1; lead time 1 <= high 2 -> High; stability: 6 meets none -> Low
    const finding = findSpeedStabilityImbalance(classify([1, 1, 6, 2]))
    expect(finding).toMatchObject({ id: 'fast-but-unstable', throughput: 'high', stability: 'low' })
    expect(finding?.message).toMatch(/^Fast but unstable: your throughput .* reaches High, .* only Low \(/)
  })

  test('fast-but-unstable: Elite throughput with Medium stability is two clusters apart (2023)', () => {
    // 2023 stability: failure rate 2 > high 1, <= medium 2; restore 2 <= medium 2 -> Medium
    expect(idOf([0, 0, 2, 2], 2023)).toBe('fast-but-unstable')
    expect(classify([0, 0, 2, 2], 2023).cluster).toBe('medium')
  })

  test('stable-but-slow: the throughput half two or more clusters below the stability half', () => {
    // deploys 3 > medium 2 -> throughput Low; 0-5% and under an hour meet elite -> stability Elite
    expect(findSpeedStabilityImbalance(classify([3, 4, 0, 0]))).toEqual({
      id: 'stable-but-slow',
      throughput: 'low',
      stability: 'elite',
      message:
        'Stable but slow: your stability (change failure rate and failed deployment recovery time) reaches ' +
        "Elite, your throughput (deployment frequency and lead time for changes) only Low (DORA 2024 clusters). DORA's " +
        'research finds that speed and stability go together; they are not a trade-off: small, frequent changes ' +
        'are easier to test and to put right, so releasing rarely does not buy safety. Look at where changes ' +
        'wait on their way to production.',
    })
    // failure rate 3 <= high 3, restore 1 <= high 1 -> stability High; throughput Low
    expect(idOf([3, 4, 3, 1])).toBe('stable-but-slow')
    // 2023: deploys 2 > high 1, <= medium 2 -> throughput Medium; stability Elite
    expect(idOf([2, 3, 0, 0], 2023)).toBe('stable-but-slow')
  })

  test('one cluster apart is no finding', () => {
    // Elite throughput, High stability (failure rate 3 <= high 3, restore 1 <= high 1)
    expect(idOf([0, 0, 3, 1])).toBeNull()
    // Medium throughput, Low stability: 31-45% with deploys weekly-monthly is slow as well as unstable
    expect(idOf([2, 3, 5, 3])).toBeNull()
    // the 2024 Medium profile: throughput Medium, stability High
    expect(idOf([2, 3, 1, 1])).toBeNull()
    // High throughput, Medium stability never occurs in 2024 (meeting medium's 10% and <1 day meets high too);
    // in 2023: deploys 1, lead time 2 -> High; failure rate 2, restore 2 -> Medium
    expect(idOf([1, 2, 2, 2], 2023)).toBeNull()
  })

  test('no finding without both halves, nor when they agree', () => {
    expect(findSpeedStabilityImbalance(classifyDora({ deploymentFrequency: 'df-on-demand' }))).toBeNull()
    expect(findSpeedStabilityImbalance(classifyDora({ changeFailureRate: 'cfr-over-60' }))).toBeNull()
    expect(idOf([0, 1, 0, 0])).toBeNull()
    expect(idOf([3, 4, 5, 3])).toBeNull()
  })
})

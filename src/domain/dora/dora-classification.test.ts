import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  classifyDora,
  CLUSTER_TABLES,
  CLUSTERS,
  type Cluster,
  type DoraClassification,
} from './dora-classification.ts'
import {
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  DoraAnswersSchema,
  type DoraAnswers,
  type DoraMetric,
} from './dora-metrics.ts'

// Band indices used below (see dora-metrics.ts):
// deployment frequency: 0 on demand, 1 daily-weekly, 2 weekly-monthly, 3 monthly-6m, 4 rarer than 6m
// lead time / restore:  0 <1h, 1 1h-1d, 2 1d-1w, 3 1w-1m, 4 1m-6m, 5 >6m
// change failure rate:  0 0-5%, 1 6-10%, 2 11-15%, 3 16-20%, 4 21-30%, 5 31-45%, 6 46-60%, 7 >60%
//
// An answer meets a cluster when its band is no worse than the worst band of the cluster's value. The worst band
// of each cluster value, per year (elite / high / medium / low):
//   2021  deploys 0 2 3 4   lead time 0 2 4 5   failure rate 2 4 4 4   restore 0 1 2 5
//   2023  deploys 0 1 2 2   lead time 1 2 3 3   failure rate 0 1 2 7   restore 0 1 2 4
//   2024  deploys 0 1 2 3   lead time 1 2 3 4   failure rate 0 3 1 5   restore 0 1 1 3
// Each half (throughput: deploys + lead time; stability: failure rate + restore) takes the best cluster that all its
// answered metrics meet, otherwise Low; the overall cluster is the lower half.

type Bands = readonly [df: number, lt: number, cfr: number, ttr: number]

const answer = ([df, lt, cfr, ttr]: Bands): DoraAnswers => ({
  deploymentFrequency: DORA_METRIC_DEFINITIONS.deploymentFrequency.bands[df]?.id,
  leadTime: DORA_METRIC_DEFINITIONS.leadTime.bands[lt]?.id,
  changeFailureRate: DORA_METRIC_DEFINITIONS.changeFailureRate.bands[cfr]?.id,
  timeToRestore: DORA_METRIC_DEFINITIONS.timeToRestore.bands[ttr]?.id,
})

const verdict = ({ cluster, halves }: DoraClassification) => ({
  throughput: halves.throughput,
  stability: halves.stability,
  cluster,
})

describe('classifyDora: each report year classifies its own cluster profiles as themselves', () => {
  // Each profile at the worst band of every cluster value, worked against the worst bands listed above.
  const cases: { year: number; profile: Cluster; bands: Bands; throughput: Cluster; stability: Cluster }[] = [
    // 2021 elite: deploys 0 <= 0, lead time 0 <= 0; failure rate 2 <= 2, restore 0 <= 0
    { year: 2021, profile: 'elite', bands: [0, 0, 2, 0], throughput: 'elite', stability: 'elite' },
    // 2021 high: deploys 2 > elite 0, <= high 2; failure rate 4 > elite 2, <= high 4, restore 1 <= high 1
    { year: 2021, profile: 'high', bands: [2, 2, 4, 1], throughput: 'high', stability: 'high' },
    // 2021 medium: deploys 3 > high 2, <= medium 3, lead time 4 <= 4; restore 2 > high 1, <= medium 2
    { year: 2021, profile: 'medium', bands: [3, 4, 4, 2], throughput: 'medium', stability: 'medium' },
    // 2021 low: deploys 4 > medium 3; restore 5 > medium 2
    { year: 2021, profile: 'low', bands: [4, 5, 4, 5], throughput: 'low', stability: 'low' },
    { year: 2023, profile: 'elite', bands: [0, 1, 0, 0], throughput: 'elite', stability: 'elite' },
    // 2023 high: deploys 1 > elite 0; failure rate 1 > elite 0, <= high 1, restore 1 <= high 1
    { year: 2023, profile: 'high', bands: [1, 2, 1, 1], throughput: 'high', stability: 'high' },
    // 2023 medium: deploys 2 > high 1; failure rate 2 > high 1, <= medium 2, restore 2 <= medium 2
    { year: 2023, profile: 'medium', bands: [2, 3, 2, 2], throughput: 'medium', stability: 'medium' },
    // 2023 low shares medium's throughput values, so its throughput half is Medium; failure rate 7 > medium 2
    // makes stability Low, and the lower half decides.
    { year: 2023, profile: 'low', bands: [2, 3, 7, 4], throughput: 'medium', stability: 'low' },
    { year: 2024, profile: 'elite', bands: [0, 1, 0, 0], throughput: 'elite', stability: 'elite' },
    // 2024 high: deploys 1 > elite 0, lead time 2 <= high 2; failure rate 3 > elite 0, <= high 3, restore 1 <= 1
    { year: 2024, profile: 'high', bands: [1, 2, 3, 1], throughput: 'high', stability: 'high' },
    // 2024 medium: deploys 2 > high 1; failure rate 1 (10%) beats high's 3 (20%) and restore 1 <= high 1, so its
    // stability half is High; throughput Medium is the lower half.
    { year: 2024, profile: 'medium', bands: [2, 3, 1, 1], throughput: 'medium', stability: 'high' },
    // 2024 low: deploys 3 > medium 2; failure rate 5 > high 3 and > medium 1
    { year: 2024, profile: 'low', bands: [3, 4, 5, 3], throughput: 'low', stability: 'low' },
  ]

  test.each(cases)(
    '$year $profile: throughput $throughput, stability $stability',
    ({ year, profile, bands, throughput, stability }) => {
      const result = classifyDora(answer(bands), year)
      expect(verdict(result)).toEqual({ throughput, stability, cluster: profile })
      expect(result.year).toBe(year)
      expect(result.complete).toBe(true)
      expect(result.missing).toEqual([])
      expect(result.missingHalves).toEqual([])
    },
  )

  test('every band inside every cluster value of every year classifies as that cluster', () => {
    for (const [year, table] of Object.entries(CLUSTER_TABLES)) {
      for (const cluster of CLUSTERS) {
        const bandsOf = (metric: DoraMetric) => {
          const [from, to] = table.profiles[cluster][metric].bands
          return Array.from({ length: to - from + 1 }, (_, offset) => from + offset)
        }
        for (const df of bandsOf('deploymentFrequency')) {
          for (const lt of bandsOf('leadTime')) {
            for (const cfr of bandsOf('changeFailureRate')) {
              for (const ttr of bandsOf('timeToRestore')) {
                const result = classifyDora(answer([df, lt, cfr, ttr]), Number(year))
                expect({ year, bands: [df, lt, cfr, ttr], cluster: result.cluster }).toEqual({
                  year,
                  bands: [df, lt, cfr, ttr],
                  cluster,
                })
              }
            }
          }
        }
      }
    }
  })

  test('an unknown report year is refused', () => {
    expect(() => classifyDora(answer([0, 0, 0, 0]), 1999)).toThrow('No DORA cluster table for 1999')
  })
})

describe('classifyDora: speed without stability is not elite', () => {
  test('on demand, lead time under an hour, over 60% failures, restore under an hour is Low against 2024', () => {
    // throughput: deploys 0 and lead time 0 meet elite -> Elite
    // stability: failure rate 7 is worse than elite 0, high 3, medium 1 and low 5 -> meets none -> Low
    const result = classifyDora(answer([0, 0, 7, 0]))
    expect(verdict(result)).toEqual({ throughput: 'elite', stability: 'low', cluster: 'low' })
    expect(result.perMetric).toEqual([
      { metric: 'deploymentFrequency', bandIndex: 0, meets: [...CLUSTERS] },
      { metric: 'leadTime', bandIndex: 0, meets: [...CLUSTERS] },
      { metric: 'changeFailureRate', bandIndex: 7, meets: [] },
      { metric: 'timeToRestore', bandIndex: 0, meets: [...CLUSTERS] },
    ])
  })

  test('daily-weekly, lead time 1h-1d, 46-60% failures, restore 1d-1w is Low against 2024', () => {
    // throughput: deploys 1 > elite 0; deploys 1 <= high 1 and lead time 1 <= high 2 -> High
    // stability: failure rate 6 meets no cluster (worst is low 5) -> Low; restore 2 meets only low 3
    const result = classifyDora(answer([1, 1, 6, 2]))
    expect(verdict(result)).toEqual({ throughput: 'high', stability: 'low', cluster: 'low' })
    expect(result.perMetric.map(({ metric, meets }) => [metric, meets])).toEqual([
      ['deploymentFrequency', ['high', 'medium', 'low']],
      ['leadTime', ['elite', 'high', 'medium', 'low']],
      ['changeFailureRate', []],
      ['timeToRestore', ['low']],
    ])
  })

  test('the same two teams are Low against 2021 and 2023 as well', () => {
    // 2021: failure rates 7 and 6 are worse than every cluster's 4. 2023: both meet only low's 7.
    for (const year of [2021, 2023]) {
      expect(classifyDora(answer([0, 0, 7, 0]), year).cluster).toBe('low')
      expect(classifyDora(answer([1, 1, 6, 2]), year).cluster).toBe('low')
    }
  })

  test("the lesson's 2021 profiles against the 2024 table: 2021 elite is Elite, 2021 low is Low", () => {
    expect(classifyDora(answer([0, 0, 0, 0])).cluster).toBe('elite')
    // deploys 4 meets no 2024 cluster -> throughput Low; restore 5 meets none -> stability Low
    expect(verdict(classifyDora(answer([4, 5, 3, 5])))).toEqual({
      throughput: 'low',
      stability: 'low',
      cluster: 'low',
    })
  })
})

describe('classifyDora: an overall cluster needs one throughput and one stability answer', () => {
  test('deploying on demand alone gives no overall cluster, only its throughput half', () => {
    const result = classifyDora({ deploymentFrequency: 'df-on-demand' })
    expect(verdict(result)).toEqual({ throughput: 'elite', stability: null, cluster: null })
    expect(result.missingHalves).toEqual(['stability'])
    expect(result.missing).toEqual(['leadTime', 'changeFailureRate', 'timeToRestore'])
    expect(result.perMetric).toEqual([{ metric: 'deploymentFrequency', bandIndex: 0, meets: [...CLUSTERS] }])
  })

  test('"Don\'t know" does not count as an answer: failure rate with lead time "Don\'t know" lacks throughput', () => {
    const result = classifyDora({ leadTime: 'dont-know', changeFailureRate: 'cfr-0-5' })
    expect(verdict(result)).toEqual({ throughput: null, stability: 'elite', cluster: null })
    expect(result.missingHalves).toEqual(['throughput'])
  })

  test('restore under an hour alone gives no overall cluster', () => {
    // restore 0 meets every 2024 cluster -> stability Elite, but no throughput answer
    const result = classifyDora({ timeToRestore: 'ttr-lt-1h' })
    expect(verdict(result)).toEqual({ throughput: null, stability: 'elite', cluster: null })
  })

  test('one answer in each half is enough, and the result names what is missing', () => {
    // on demand (0 <= elite 0) -> throughput Elite; 0-5% (0 <= elite 0) -> stability Elite
    const result = classifyDora({
      deploymentFrequency: 'df-on-demand',
      changeFailureRate: 'cfr-0-5',
      leadTime: 'dont-know',
    })
    expect(verdict(result)).toEqual({ throughput: 'elite', stability: 'elite', cluster: 'elite' })
    expect(result.complete).toBe(false)
    expect(result.missing).toEqual(['leadTime', 'timeToRestore'])
    expect(result.missingHalves).toEqual([])
  })

  test('one answer in each half is judged on its own: monthly deploys and 6-10% failures are Low', () => {
    // deploys 3 > medium 2, <= low 3 -> throughput Low; failure rate 1 > elite 0, <= high 3 -> stability High
    const result = classifyDora({ deploymentFrequency: 'df-monthly-6m', changeFailureRate: 'cfr-6-10' })
    expect(verdict(result)).toEqual({ throughput: 'low', stability: 'high', cluster: 'low' })
  })

  test('"Don\'t know" on everything, or nothing answered, gives no cluster and both halves missing', () => {
    const unknown = classifyDora({
      deploymentFrequency: 'dont-know',
      leadTime: 'dont-know',
      changeFailureRate: 'dont-know',
      timeToRestore: 'dont-know',
    })
    expect(verdict(unknown)).toEqual({ throughput: null, stability: null, cluster: null })
    expect(unknown.missing).toEqual([...DORA_METRICS])
    expect(unknown.missingHalves).toEqual(['throughput', 'stability'])
    expect(unknown.perMetric).toEqual([])
    expect(classifyDora({}).missingHalves).toEqual(['throughput', 'stability'])
  })
})

describe('classifyDora: each metric on its own', () => {
  test('names the clusters whose value the answer meets or beats, best first', () => {
    // 2024 worst bands: deploys 0 1 2 3, lead time 1 2 3 4, failure rate 0 3 1 5, restore 0 1 1 3
    const result = classifyDora(answer([1, 1, 1, 1]))
    expect(result.perMetric).toEqual([
      { metric: 'deploymentFrequency', bandIndex: 1, meets: ['high', 'medium', 'low'] },
      { metric: 'leadTime', bandIndex: 1, meets: ['elite', 'high', 'medium', 'low'] },
      { metric: 'changeFailureRate', bandIndex: 1, meets: ['high', 'medium', 'low'] },
      {
        metric: 'timeToRestore',
        bandIndex: 1,

        meets: ['high', 'medium', 'low'],
      },
    ])
    // throughput: deploys 1 > elite 0 -> High; stability: failure rate 1 > elite 0 -> High
    expect(verdict(result)).toEqual({ throughput: 'high', stability: 'high', cluster: 'high' })
  })

  test('11-15% failures meet 2024 High (20%) and Low (40%) but not Medium (10%)', () => {
    const [, , failures] = classifyDora(answer([0, 0, 2, 0])).perMetric
    expect(failures?.meets).toEqual(['high', 'low'])
  })
})

describe('classifyDora: improving one answer never gives a worse cluster', () => {
  // An answer per metric: a band index, or undefined for "Don't know".
  const bandsArbitrary = fc.record(
    Object.fromEntries(
      DORA_METRICS.map((metric) => [
        metric,
        fc.option(fc.integer({ min: 0, max: DORA_METRIC_DEFINITIONS[metric].bands.length - 1 }), {
          nil: undefined,
        }),
      ]),
    ) as Record<DoraMetric, fc.Arbitrary<number | undefined>>,
  )
  const toAnswers = (bands: Record<DoraMetric, number | undefined>): DoraAnswers =>
    Object.fromEntries(
      DORA_METRICS.map((metric) => {
        const band = bands[metric]
        const id = band === undefined ? 'dont-know' : DORA_METRIC_DEFINITIONS[metric].bands[band]?.id
        return [metric, id]
      }),
    )

  test.each(Object.keys(CLUSTER_TABLES).map(Number))('against the %i table', (year) => {
    fc.assert(
      fc.property(bandsArbitrary, fc.constantFrom(...DORA_METRICS), fc.nat(), (bands, metric, step) => {
        const band = bands[metric]
        fc.pre(band !== undefined && band > 0)
        const better = { ...bands, [metric]: step % band }
        const before = classifyDora(toAnswers(bands), year)
        const after = classifyDora(toAnswers(better), year)
        const notWorse = (was: Cluster | null, is: Cluster | null) =>
          was === null || is === null ? was === is : CLUSTERS.indexOf(is) <= CLUSTERS.indexOf(was)
        return (
          notWorse(before.cluster, after.cluster) &&
          notWorse(before.halves.throughput, after.halves.throughput) &&
          notWorse(before.halves.stability, after.halves.stability)
        )
      }),
      { numRuns: 1000 },
    )
  })
})

describe('DoraAnswersSchema', () => {
  test('accepts band ids and "dont-know", refuses another metric\'s band', () => {
    expect(DoraAnswersSchema.safeParse({ leadTime: 'lt-lt-1h', timeToRestore: 'dont-know' }).success).toBe(
      true,
    )
    const bad = DoraAnswersSchema.safeParse({ leadTime: 'df-on-demand' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.message).toBe('not one of the answers for Lead time for changes')
  })
})

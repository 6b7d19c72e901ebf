import { describe, expect, test } from 'vitest'
import { classifyDora, halfOf, placeBand, type DoraClassification } from './dora-classification.ts'
import { CLUSTER_TABLES, CLUSTERS, type Cluster, type ClusterTable } from './dora-cluster-tables.ts'
import { findDoraFindings } from './dora-findings.ts'
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
// An answer's excess over a cluster is how many bands it lies beyond the worst band of that cluster's value (0
// within or better). The worst band of each cluster value, per year (elite / high / medium / low):
//   2021  deploys 0 2 3 4   lead time 0 2 4 5   failure rate 2 4 4 4   restore 0 1 2 5
//   2023  deploys 0 1 2 2   lead time 1 2 3 3   failure rate 0 1 2 7   restore 0 1 2 4
//   2024  deploys 0 1 2 3   lead time 1 2 3 4   failure rate 0 3 1 5   restore 0 1 1 3
// Throughput takes the best cluster with excess 0 on every answered throughput metric; stability the best cluster
// whose excesses over the answered stability metrics add up to at most 1. A metric beyond the worst band any
// cluster reports (2024: deploys 3, lead time 4, failure rate 5, restore 3) makes its half Low. Overall: the lower.

type Band = number | undefined
type Bands = readonly [df: Band, lt: Band, cfr: Band, ttr: Band]

const answer = ([df, lt, cfr, ttr]: Bands): DoraAnswers => {
  const id = (metric: DoraMetric, band: Band) =>
    band === undefined ? 'dont-know' : DORA_METRIC_DEFINITIONS[metric].bands[band]?.id
  return {
    deploymentFrequency: id('deploymentFrequency', df),
    leadTime: id('leadTime', lt),
    changeFailureRate: id('changeFailureRate', cfr),
    timeToRestore: id('timeToRestore', ttr),
  }
}

const verdict = ({ cluster, halves }: DoraClassification) => ({
  throughput: halves.throughput,
  stability: halves.stability,
  cluster,
})

describe('classifyDora: the bank v2 review, section 4, against 2024', () => {
  const rows: {
    row: string
    bands: Bands
    throughput: Cluster | null
    stability: Cluster | null
    cluster: Cluster | null
  }[] = [
    // (a) throughput: 0 <= elite 0, 0 <= elite 1 -> Elite. Stability: failure rate 7 > 5, the worst band any 2024
    // cluster reports -> Low. Overall Low.
    { row: '(a)', bands: [0, 0, 7, 0], throughput: 'elite', stability: 'low', cluster: 'low' },
    // (b) throughput: deploys 1 - elite 0 = 1 excess -> not Elite; High: 1 <= 1, 1 <= 2 -> High. Stability:
    // failure rate 6 > 5 -> Low.
    { row: '(b)', bands: [1, 1, 6, 2], throughput: 'high', stability: 'low', cluster: 'low' },
    // (c) everything within Elite's values.
    { row: '(c)', bands: [0, 1, 0, 0], throughput: 'elite', stability: 'elite', cluster: 'elite' },
    // (c') stability against Elite: failure rate 1 - 0 = 1, restore 0 -> 1 in total <= 1 -> Elite.
    { row: "(c')", bands: [0, 1, 1, 0], throughput: 'elite', stability: 'elite', cluster: 'elite' },
    // (c'') against Elite: failure rate 2 - 0 = 2 > 1; High: 2 <= 3 -> 0 -> High.
    { row: "(c'')", bands: [0, 1, 2, 0], throughput: 'elite', stability: 'high', cluster: 'high' },
    // (d) throughput: deploys 3 - medium 2 = 1 -> not Medium; Low: 3 <= 3, 4 <= 4 -> Low. Stability with 16-20%:
    // against High failure rate 0 + restore 3 - 1 = 2 > 1; Medium 2 + 2 = 4; Low 0 + 0 -> Low.
    { row: '(d) 16-20%', bands: [3, 4, 3, 3], throughput: 'low', stability: 'low', cluster: 'low' },
    // with 21-30%: High 1 + 2 = 3; Low 0 -> Low.
    { row: '(d) 21-30%', bands: [3, 4, 4, 3], throughput: 'low', stability: 'low', cluster: 'low' },
    // (e) one metric: throughput Elite, no stability answer, no overall cluster.
    {
      row: '(e)',
      bands: [0, undefined, undefined, undefined],
      throughput: 'elite',
      stability: null,
      cluster: null,
    },
    // (f) the High profile: deploys 1, lead time 2 within High; failure rate 3 and restore 1 within High.
    { row: '(f)', bands: [1, 2, 3, 1], throughput: 'high', stability: 'high', cluster: 'high' },
    // (g) the Medium profile: throughput Medium (deploys 2 - high 1 = 1). Stability against Elite: 1 + 1 = 2 > 1;
    // High: 0 + 0 -> High. Overall the lower, Medium.
    { row: '(g)', bands: [2, 3, 1, 1], throughput: 'medium', stability: 'high', cluster: 'medium' },
    // (h) High profile with 21-30%: against High failure rate 4 - 3 = 1, restore 0 -> 1 <= 1 -> High.
    { row: '(h)', bands: [1, 2, 4, 1], throughput: 'high', stability: 'high', cluster: 'high' },
    // (i) against Elite failure rate 4 - 0 = 4; High 4 - 3 = 1 -> High. Throughput Elite; overall High.
    { row: '(i)', bands: [0, 1, 4, 0], throughput: 'elite', stability: 'high', cluster: 'high' },
    // (j) against Elite restore 2 - 0 = 2 > 1; High 2 - 1 = 1 -> High. Overall High.
    { row: '(j)', bands: [0, 1, 0, 2], throughput: 'elite', stability: 'high', cluster: 'high' },
  ]

  test.each(rows)('$row is $cluster', ({ bands, throughput, stability, cluster }) => {
    expect(verdict(classifyDora(answer(bands), 2024))).toEqual({ throughput, stability, cluster })
  })

  test('(a) keeps the excess of every answer over every cluster', () => {
    // failure rate 7: 7 - 0 = 7 over Elite, 7 - 3 = 4 over High, 7 - 1 = 6 over Medium, 7 - 5 = 2 over Low
    const result = classifyDora(answer([0, 0, 7, 0]))
    expect(result.perMetric.map(({ metric, excess }) => [metric, excess])).toEqual([
      ['deploymentFrequency', { elite: 0, high: 0, medium: 0, low: 0 }],
      ['leadTime', { elite: 0, high: 0, medium: 0, low: 0 }],
      ['changeFailureRate', { elite: 7, high: 4, medium: 6, low: 2 }],
      ['timeToRestore', { elite: 0, high: 0, medium: 0, low: 0 }],
    ])
  })

  test('a 2024 High team moving from 16-20% to 21-30% stays High instead of dropping to Low', () => {
    expect(classifyDora(answer([1, 2, 3, 1])).cluster).toBe('high')
    expect(classifyDora(answer([1, 2, 4, 1])).cluster).toBe('high')
  })
})

describe('classifyDora: each report year classifies its own cluster profiles as themselves', () => {
  const cases: { year: number; profile: Cluster; bands: Bands; throughput: Cluster; stability: Cluster }[] = [
    // 2021 elite: all within Elite.
    { year: 2021, profile: 'elite', bands: [0, 0, 2, 0], throughput: 'elite', stability: 'elite' },
    // 2021 high: deploys 2 - elite 0 = 2 -> High. Stability against Elite: 4 - 2 = 2 > 1; High 0 + 0.
    { year: 2021, profile: 'high', bands: [2, 2, 4, 1], throughput: 'high', stability: 'high' },
    // 2021 medium: deploys 3 - high 2 = 1 -> Medium. Stability against Elite 2 + 2 = 4; High 0 + (2 - 1) = 1 <= 1
    // -> High. Overall the lower, Medium.
    { year: 2021, profile: 'medium', bands: [3, 4, 4, 2], throughput: 'medium', stability: 'high' },
    // 2021 low: deploys 4 - medium 3 = 1 -> Low. Stability: High 0 + (5 - 1) = 4, Medium 0 + 3 -> Low.
    { year: 2021, profile: 'low', bands: [4, 5, 4, 5], throughput: 'low', stability: 'low' },
    { year: 2023, profile: 'elite', bands: [0, 1, 0, 0], throughput: 'elite', stability: 'elite' },
    // 2023 high: stability against Elite 1 + 1 = 2 > 1; High 0.
    { year: 2023, profile: 'high', bands: [1, 2, 1, 1], throughput: 'high', stability: 'high' },
    // 2023 medium: against High (2 - 1) + (2 - 1) = 2 > 1; Medium 0.
    { year: 2023, profile: 'medium', bands: [2, 3, 2, 2], throughput: 'medium', stability: 'medium' },
    // 2023 low shares Medium's throughput values, so its throughput half is Medium; stability against Medium
    // (7 - 2) + (4 - 2) = 7 -> Low, and the lower half decides.
    { year: 2023, profile: 'low', bands: [2, 3, 7, 4], throughput: 'medium', stability: 'low' },
    { year: 2024, profile: 'elite', bands: [0, 1, 0, 0], throughput: 'elite', stability: 'elite' },
    // 2024 high: stability against Elite 3 + 1 = 4; High 0.
    { year: 2024, profile: 'high', bands: [1, 2, 3, 1], throughput: 'high', stability: 'high' },
    // 2024 medium: its 10% and "less than one day" are within High's 20% and "less than one day": stability High;
    // throughput Medium is the lower half.
    { year: 2024, profile: 'medium', bands: [2, 3, 1, 1], throughput: 'medium', stability: 'high' },
    // 2024 low: deploys 3 - medium 2 = 1 -> Low; stability against High (5 - 3) + (3 - 1) = 4 -> Low.
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
    const wrong: unknown[] = []
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
                if (result.cluster !== cluster)
                  wrong.push({ year, cluster, bands: [df, lt, cfr, ttr], result })
              }
            }
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })

  test('an unknown report year is refused', () => {
    expect(() => classifyDora(answer([0, 0, 0, 0]), 1999)).toThrow('No DORA cluster table for 1999')
  })
})

describe('classifyDora: properties over every combination of answers, for each report year', () => {
  // Every answer of every metric, "Don't know" (undefined) included: 6 x 7 x 9 x 7 = 2,646 combinations a year.
  const optionsOf = (metric: DoraMetric): Band[] => [
    undefined,
    ...DORA_METRIC_DEFINITIONS[metric].bands.map((_, index) => index),
  ]
  const everyCombination: Bands[] = optionsOf('deploymentFrequency').flatMap((df) =>
    optionsOf('leadTime').flatMap((lt) =>
      optionsOf('changeFailureRate').flatMap((cfr) =>
        optionsOf('timeToRestore').map((ttr): Bands => [df, lt, cfr, ttr]),
      ),
    ),
  )
  const withBand = (bands: Bands, index: number, band: number): Bands => {
    const [df, lt, cfr, ttr] = bands
    const at = (position: number, old: Band) => (position === index ? band : old)
    return [at(0, df), at(1, lt), at(2, cfr), at(3, ttr)]
  }
  const years = Object.keys(CLUSTER_TABLES).map(Number)
  const rank = (cluster: Cluster | null) => (cluster === null ? -1 : CLUSTERS.indexOf(cluster))

  test('there are 2,646 combinations and three years: 2021, 2023, 2024', () => {
    expect(everyCombination).toHaveLength(2646)
    expect(years).toEqual([2021, 2023, 2024])
  })

  test.each(years)('%i: improving one answer never lowers the verdict or either half', (year) => {
    const lowered: unknown[] = []
    for (const bands of everyCombination) {
      const before = classifyDora(answer(bands), year)
      bands.forEach((band, metric) => {
        for (let better = 0; band !== undefined && better < band; better += 1) {
          const improved = withBand(bands, metric, better)
          const after = classifyDora(answer(improved), year)
          const worse =
            rank(after.cluster) > rank(before.cluster) ||
            rank(after.halves.throughput) > rank(before.halves.throughput) ||
            rank(after.halves.stability) > rank(before.halves.stability)
          if (worse) lowered.push({ bands, improved })
        }
      })
    }
    expect(lowered).toEqual([])
  })

  test.each(years)(
    '%i: a metric worse than every cluster makes its half Low, with a finding that names it',
    (year) => {
      const table = CLUSTER_TABLES[year] as ClusterTable
      const worstBand = (metric: DoraMetric) =>
        Math.max(...CLUSTERS.map((cluster) => table.profiles[cluster][metric].bands[1]))
      const wrong: unknown[] = []
      let seen = 0
      for (const bands of everyCombination) {
        const result = classifyDora(answer(bands), year)
        const findings = findDoraFindings(result).map(({ message }) => message)
        DORA_METRICS.forEach((metric, index) => {
          const band = bands[index]
          if (band === undefined || band <= worstBand(metric)) return
          seen += 1
          const name = `A ${DORA_METRIC_DEFINITIONS[metric].label.toLowerCase()} of `
          const named = findings.some((message) => message.startsWith(name))
          if (result.halves[halfOf(metric)] !== 'low' || !named) {
            wrong.push({ bands, metric, result, findings })
          }
        })
      }
      expect(wrong).toEqual([])
      expect(seen).toBeGreaterThan(0)
    },
  )

  test.each(years)(
    '%i: an overall cluster exactly when both halves have an answer, and it is the lower half',
    (year) => {
      const wrong: unknown[] = []
      for (const bands of everyCombination) {
        const { cluster, halves } = classifyDora(answer(bands), year)
        const [df, lt, cfr, ttr] = bands
        const hasThroughput = df !== undefined || lt !== undefined
        const hasStability = cfr !== undefined || ttr !== undefined
        const expected =
          hasThroughput && hasStability
            ? CLUSTERS[Math.max(rank(halves.throughput), rank(halves.stability))]
            : null
        if ((halves.throughput !== null) !== hasThroughput || (halves.stability !== null) !== hasStability) {
          wrong.push({ bands, halves })
        }
        if (cluster !== expected) wrong.push({ bands, cluster, expected })
      }
      expect(wrong).toEqual([])
    },
  )
})

describe('classifyDora: an overall cluster needs one throughput and one stability answer', () => {
  test('deploying on demand alone gives no overall cluster, only its throughput half', () => {
    const result = classifyDora({ deploymentFrequency: 'df-on-demand' })
    expect(verdict(result)).toEqual({ throughput: 'elite', stability: null, cluster: null })
    expect(result.missingHalves).toEqual(['stability'])
    expect(result.missing).toEqual(['leadTime', 'changeFailureRate', 'timeToRestore'])
    expect(result.perMetric.map(({ metric }) => metric)).toEqual(['deploymentFrequency'])
  })

  test('"Don\'t know" does not count as an answer: failure rate with lead time "Don\'t know" lacks throughput', () => {
    const result = classifyDora({ leadTime: 'dont-know', changeFailureRate: 'cfr-0-5' })
    expect(verdict(result)).toEqual({ throughput: null, stability: 'elite', cluster: null })
    expect(result.missingHalves).toEqual(['throughput'])
  })

  test('one answer in each half is enough, and the result names what is missing', () => {
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
    // deploys 3 - medium 2 = 1 -> throughput Low; failure rate 1 - elite 0 = 1 <= 1 -> stability Elite
    const result = classifyDora({ deploymentFrequency: 'df-monthly-6m', changeFailureRate: 'cfr-6-10' })
    expect(verdict(result)).toEqual({ throughput: 'low', stability: 'elite', cluster: 'low' })
  })

  test('"Don\'t know" on everything, or nothing answered, gives no cluster and both halves missing', () => {
    const unknown = classifyDora(answer([undefined, undefined, undefined, undefined]))
    expect(verdict(unknown)).toEqual({ throughput: null, stability: null, cluster: null })
    expect(unknown.missing).toEqual([...DORA_METRICS])
    expect(unknown.missingHalves).toEqual(['throughput', 'stability'])
    expect(unknown.perMetric).toEqual([])
    expect(classifyDora({}).missingHalves).toEqual(['throughput', 'stability'])
  })
})

describe('placeBand: where an answer sits among the clusters\u2019 values', () => {
  const table2024 = CLUSTER_TABLES[2024] as ClusterTable

  test('within one value, the best cluster holding it; clusters reporting the same value come together', () => {
    // 2024 failure rate 16-20% (3) is High's 20%
    expect(placeBand(table2024, 'changeFailureRate', 3)).toEqual({
      kind: 'within',
      value: { clusters: ['high'], reported: '20%' },
    })
    // 2024 recovery under an hour (0) is within Elite, High and Medium; Elite is the best
    expect(placeBand(table2024, 'timeToRestore', 0)).toEqual({
      kind: 'within',
      value: { clusters: ['elite'], reported: 'less than one hour' },
    })
    // 1h-1d (1) is within High's and Medium's "less than one day", not Elite's "less than one hour"
    expect(placeBand(table2024, 'timeToRestore', 1)).toEqual({
      kind: 'within',
      value: { clusters: ['high', 'medium'], reported: 'less than one day' },
    })
  })

  test('between the nearest value on the better side and on the worse side', () => {
    // 11-15% (2): better side Elite 0 and Medium 1, nearest Medium; worse side High 3 and Low 5, nearest High
    expect(placeBand(table2024, 'changeFailureRate', 2)).toEqual({
      kind: 'between',
      better: { clusters: ['medium'], reported: '10%' },
      worse: { clusters: ['high'], reported: '20%' },
    })
    // recovery 1d-1w (2): better side ends at 1 (High and Medium), worse side starts at 3 (Low)
    expect(placeBand(table2024, 'timeToRestore', 2)).toEqual({
      kind: 'between',
      better: { clusters: ['high', 'medium'], reported: 'less than one day' },
      worse: { clusters: ['low'], reported: 'one week to one month' },
    })
  })

  test('worse than every value names the worst one; better than every value the best one', () => {
    expect(placeBand(table2024, 'changeFailureRate', 7)).toEqual({
      kind: 'worse-than-every',
      worst: { clusters: ['low'], reported: '40%' },
    })
    // 2021 failure rate 31-45% (5): High, Medium and Low all report 16-30% (3-4)
    expect(placeBand(CLUSTER_TABLES[2021] as ClusterTable, 'changeFailureRate', 5)).toEqual({
      kind: 'worse-than-every',
      worst: { clusters: ['high', 'medium', 'low'], reported: '16-30%' },
    })
    // No report leaves the best band uncovered, so a made-up table whose Elite value is Medium's 10% shows it.
    const elite = {
      ...table2024.profiles.elite,
      changeFailureRate: { reported: '10%', bands: [1, 1] as const },
    }
    const madeUp: ClusterTable = { ...table2024, profiles: { ...table2024.profiles, elite } }
    expect(placeBand(madeUp, 'changeFailureRate', 0)).toEqual({
      kind: 'better-than-every',
      best: { clusters: ['elite', 'medium'], reported: '10%' },
    })
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

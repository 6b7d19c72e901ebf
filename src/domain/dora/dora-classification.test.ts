import { describe, expect, test } from 'vitest'
import { classifyDora, CLUSTER_TABLES, CLUSTERS, type Cluster } from './dora-classification.ts'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS, DoraAnswersSchema, type DoraAnswers } from './dora-metrics.ts'

// Band indices used below (see dora-metrics.ts):
// deployment frequency: 0 on demand, 1 daily-weekly, 2 weekly-monthly, 3 monthly-6m, 4 rarer than 6m (4 steps)
// lead time / restore:  0 <1h, 1 1h-1d, 2 1d-1w, 3 1w-1m, 4 1m-6m, 5 >6m (5 steps)
// change failure rate:  0 0-5%, 1 6-10%, 2 11-15%, 3 16-20%, 4 21-30%, 5 31-45%, 6 46-60%, 7 >60% (7 steps)

const answer = (df: number, lt: number, cfr: number, ttr: number): DoraAnswers => ({
  deploymentFrequency: DORA_METRIC_DEFINITIONS.deploymentFrequency.bands[df]?.id,
  leadTime: DORA_METRIC_DEFINITIONS.leadTime.bands[lt]?.id,
  changeFailureRate: DORA_METRIC_DEFINITIONS.changeFailureRate.bands[cfr]?.id,
  timeToRestore: DORA_METRIC_DEFINITIONS.timeToRestore.bands[ttr]?.id,
})

describe('classifyDora against the 2024 clusters', () => {
  test('the elite profile (on demand, <1 day, 5%, <1 hour) is elite', () => {
    // elite: every answer inside the elite ranges -> 0
    // high:   df 1/4 + lt (1 -> [2,2]) 1/5 + cfr (0 -> [3,3]) 3/7 + ttr 0 = 0.25 + 0.2 + 0.4286 = 0.8786
    // medium: df 2/4 + lt 2/5 + cfr 1/7 + ttr 0 = 0.5 + 0.4 + 0.1429 = 1.0429
    // low:    df 3/4 + lt 3/5 + cfr 5/7 + ttr 3/5 = 0.75 + 0.6 + 0.7143 + 0.6 = 2.6643
    const result = classifyDora(answer(0, 1, 0, 0))
    expect(result.cluster).toBe('elite')
    expect(result.year).toBe(2024)
    expect(result.complete).toBe(true)
    expect(result.missing).toEqual([])
    expect(result.distances.elite).toBe(0)
    expect(result.distances.high).toBeCloseTo(0.8786, 4)
    expect(result.distances.medium).toBeCloseTo(1.0429, 4)
    expect(result.distances.low).toBeCloseTo(2.6643, 4)
  })

  test('the high profile (daily-weekly, 1d-1w, 20%, <1 day) is high', () => {
    // high 0; medium: df 1/4 + lt 1/5 + cfr (3 -> [1,1]) 2/7 + ttr 0 = 0.7357; elite: 0.25 + 0.2 + 3/7 + 1/5 = 1.0786
    const result = classifyDora(answer(1, 2, 3, 1))
    expect(result.cluster).toBe('high')
    expect(result.distances.medium).toBeCloseTo(0.7357, 4)
    expect(result.distances.elite).toBeCloseTo(1.0786, 4)
  })

  test('the medium profile (weekly-monthly, 1w-1m, 10%, <1 day) is medium although its failure rate beats high', () => {
    // medium 0; high: df 1/4 + lt 1/5 + cfr (1 -> [3,3]) 2/7 + ttr 0 = 0.7357
    const result = classifyDora(answer(2, 3, 1, 0))
    expect(result.cluster).toBe('medium')
    expect(result.distances.high).toBeCloseTo(0.7357, 4)
  })

  test('the low profile (monthly-6m, 1m-6m, 40%, 1w-1m) is low', () => {
    // low 0; medium: df 1/4 + lt 1/5 + cfr (5 -> [1,1]) 4/7 + ttr (3 -> [0,1]) 2/5 = 1.4214
    const result = classifyDora(answer(3, 4, 5, 3))
    expect(result.cluster).toBe('low')
    expect(result.distances.medium).toBeCloseTo(1.4214, 4)
  })

  test('every answer inside a 2024 cluster range classifies as that cluster', () => {
    const table = CLUSTER_TABLES[2024]
    if (!table) throw new Error('2024 table missing')
    for (const cluster of CLUSTERS) {
      const profile = table.profiles[cluster]
      for (const lt of [profile.leadTime[0], profile.leadTime[1]]) {
        for (const ttr of [profile.timeToRestore[0], profile.timeToRestore[1]]) {
          const result = classifyDora(
            answer(profile.deploymentFrequency[0], lt, profile.changeFailureRate[0], ttr),
          )
          expect(result.cluster).toBe(cluster)
        }
      }
    }
  })

  test('a tie goes to the lower cluster: restore <1 hour alone fits elite, high and medium, and gives medium', () => {
    // ttr 0 lies in elite [0,0], high [0,1] and medium [0,1] -> distance 0 for all three; low [3,3] -> 3/5
    const result = classifyDora({ timeToRestore: 'ttr-lt-1h' })
    expect(result.distances).toEqual({ elite: 0, high: 0, medium: 0, low: 0.6 })
    expect(result.cluster).toBe('medium')
    expect(result.perMetric).toEqual([
      { metric: 'timeToRestore', bandIndex: 0, matches: ['elite', 'high', 'medium'] },
    ])
  })

  test('partial answers give a partial result that names what is missing', () => {
    // on demand + 0-5%: elite 0; high 1/4 + 3/7 = 0.6786
    const result = classifyDora({
      deploymentFrequency: 'df-on-demand',
      changeFailureRate: 'cfr-0-5',
      leadTime: 'dont-know',
    })
    expect(result.cluster).toBe('elite')
    expect(result.complete).toBe(false)
    expect(result.missing).toEqual(['leadTime', 'timeToRestore'])
    expect(result.distances.high).toBeCloseTo(0.6786, 4)
  })

  test('"Don\'t know" on everything gives no cluster', () => {
    const result = classifyDora({
      deploymentFrequency: 'dont-know',
      leadTime: 'dont-know',
      changeFailureRate: 'dont-know',
      timeToRestore: 'dont-know',
    })
    expect(result.cluster).toBeNull()
    expect(result.missing).toEqual([...DORA_METRICS])
    expect(result.perMetric).toEqual([])
  })

  test('nothing answered gives no cluster', () => {
    expect(classifyDora({}).cluster).toBeNull()
  })

  test('per metric, the clusters whose band the answer matches are named', () => {
    const result = classifyDora(answer(1, 1, 1, 1))
    expect(result.perMetric).toEqual([
      { metric: 'deploymentFrequency', bandIndex: 1, matches: ['high'] },
      { metric: 'leadTime', bandIndex: 1, matches: ['elite'] },
      { metric: 'changeFailureRate', bandIndex: 1, matches: ['medium'] },
      { metric: 'timeToRestore', bandIndex: 1, matches: ['high', 'medium'] },
    ])
    // elite: 1/4 + 0 + 1/7 + 1/5 = 0.5929; high: 0 + 1/5 + 2/7 + 0 = 0.4857; medium: 1/4 + 2/5 + 0 + 0 = 0.65
    expect(result.cluster).toBe('high')
  })
})

describe("the lesson's 2021 figures", () => {
  // Elite (2021): on demand, lead time <1 hour, 0-15% failures, restore <1 hour.
  // Low (2021): fewer than once per six months, >6 months lead time, 16-30% failures, restore >6 months.
  const elite2021 = answer(0, 0, 0, 0)
  const low2021 = answer(4, 5, 3, 5)

  test('against the 2021 table the elite and low profiles classify as themselves', () => {
    expect(classifyDora(elite2021, 2021).cluster).toBe('elite')
    expect(classifyDora(low2021, 2021).cluster).toBe('low')
    expect(classifyDora(low2021, 2021).year).toBe(2021)
  })

  test('against the 2024 table: 2021 elite is elite, 2021 low is low', () => {
    expect(classifyDora(elite2021).cluster).toBe('elite')
    // low: df (4 -> [3,3]) 1/4 + lt (5 -> [4,4]) 1/5 + cfr (3 -> [5,5]) 2/7 + ttr (5 -> [3,3]) 2/5 = 1.1357
    // medium: 2/4 + 2/5 + 2/7 + 4/5 = 1.9857
    const result = classifyDora(low2021)
    expect(result.cluster).toBe('low')
    expect(result.distances.low).toBeCloseTo(1.1357, 4)
    expect(result.distances.medium).toBeCloseTo(1.9857, 4)
  })

  test('every year table is complete and its own profiles classify as themselves', () => {
    for (const [year, table] of Object.entries(CLUSTER_TABLES)) {
      for (const cluster of CLUSTERS) {
        const p = table.profiles[cluster]
        const result = classifyDora(
          answer(p.deploymentFrequency[0], p.leadTime[0], p.changeFailureRate[0], p.timeToRestore[0]),
          Number(year),
        )
        // 2023 low and medium share their throughput bands; their stability bands still set them apart.
        expect(result.cluster satisfies Cluster | null).toBe(cluster)
      }
    }
  })

  test('an unknown report year is refused', () => {
    expect(() => classifyDora(elite2021, 1999)).toThrow('No DORA cluster table for 1999')
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

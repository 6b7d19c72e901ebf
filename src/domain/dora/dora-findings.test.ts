import { describe, expect, test } from 'vitest'
import { classifyDora } from './dora-classification.ts'
import {
  findDoraFindings,
  findMetricsWorseThanEveryCluster,
  findSpeedStabilityImbalance,
} from './dora-findings.ts'
import { DORA_METRIC_DEFINITIONS } from './dora-metrics.ts'

// Bands as [deploys, lead time, failure rate, restore]: deploys 0 on demand .. 4 rarer than 6 months; lead time
// and restore 0 <1h, 1 1h-1d, 2 1d-1w, 3 1w-1m, 4 1m-6m, 5 >6m; failure rate 0 0-5% .. 5 31-45%, 6 46-60%, 7 >60%.
// Worst band of each cluster value (elite / high / medium / low); an answer's excess is how far it lies beyond:
//   2021  deploys 0 2 3 4   lead time 0 2 4 5   failure rate 2 4 4 4   restore 0 1 2 5
//   2023  deploys 0 1 2 2   lead time 1 2 3 3   failure rate 0 1 2 7   restore 0 1 2 4
//   2024  deploys 0 1 2 3   lead time 1 2 3 4   failure rate 0 3 1 5   restore 0 1 1 3
// Throughput: the best cluster with no excess; stability: the best cluster with at most 1 in total.
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

describe('findSpeedStabilityImbalance follows the two halves of the rule', () => {
  const idOf = (bands: Bands, year = 2024) => findSpeedStabilityImbalance(classify(bands, year))?.id ?? null

  test('fast-but-unstable: on demand, under an hour, over 60%, restore under an hour', () => {
    // throughput: 0 and 0 within Elite -> Elite; stability: 7 is beyond every 2024 value -> Low; 3 clusters apart
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
    // throughput: deploys 1 - elite 0 = 1 -> High; stability: 6 is beyond every 2024 value -> Low
    const finding = findSpeedStabilityImbalance(classify([1, 1, 6, 2]))
    expect(finding).toMatchObject({ id: 'fast-but-unstable', throughput: 'high', stability: 'low' })
    expect(finding?.message).toMatch(/^Fast but unstable: your throughput .* reaches High, .* only Low \(/)
  })

  test('fast-but-unstable: Elite throughput with Medium stability is two clusters apart (2023)', () => {
    // 2023 stability against Elite 2 + 2 = 4, High 1 + 1 = 2 > 1, Medium 0 -> Medium
    expect(idOf([0, 0, 2, 2], 2023)).toBe('fast-but-unstable')
    expect(classify([0, 0, 2, 2], 2023).cluster).toBe('medium')
  })

  test('stable-but-slow: the throughput half two or more clusters below the stability half', () => {
    // deploys 3 - medium 2 = 1 -> throughput Low; 0-5% and under an hour within Elite -> stability Elite
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
    // stability against Elite 3 + 1 = 4, High 0 -> High; throughput Low
    expect(idOf([3, 4, 3, 1])).toBe('stable-but-slow')
    // 2023: deploys 2 - high 1 = 1 -> throughput Medium; stability Elite
    expect(idOf([2, 3, 0, 0], 2023)).toBe('stable-but-slow')
  })

  test('one cluster apart is no finding', () => {
    // the review's (i): throughput Elite, stability High (21-30% one band beyond High's 20%)
    expect(idOf([0, 1, 4, 0])).toBeNull()
    // Medium throughput, Low stability: against High 2 + 2 = 4, so Low
    expect(idOf([2, 3, 5, 3])).toBeNull()
    // the 2024 Medium profile: throughput Medium, stability High
    expect(idOf([2, 3, 1, 1])).toBeNull()
    // 2023: deploys 1, lead time 2 -> High; stability against High 1 + 1 = 2 > 1, Medium 0 -> Medium
    expect(idOf([1, 2, 2, 2], 2023)).toBeNull()
  })

  test('no finding without both halves, nor when they agree', () => {
    expect(findSpeedStabilityImbalance(classifyDora({ deploymentFrequency: 'df-on-demand' }))).toBeNull()
    expect(findSpeedStabilityImbalance(classifyDora({ changeFailureRate: 'cfr-over-60' }))).toBeNull()
    expect(idOf([0, 1, 0, 0])).toBeNull()
    expect(idOf([3, 4, 5, 3])).toBeNull()
  })
})

describe('findMetricsWorseThanEveryCluster names each metric that makes its half Low on its own', () => {
  test("change failure rate over 60% against 2024, named with Low's 40%", () => {
    expect(findMetricsWorseThanEveryCluster(classify([0, 0, 7, 0]))).toEqual([
      {
        id: 'worse-than-every-cluster',
        metric: 'changeFailureRate',
        message:
          'A change failure rate of over 60% is worse than the value of every DORA 2024 cluster, even Low ' +
          '(40%): on its own it makes your stability Low.',
      },
    ])
  })

  test('a throughput metric too, and several at once in metric order', () => {
    // 2024: deploys 4 > Low's 3, recovery 4 > Low's 3
    expect(findMetricsWorseThanEveryCluster(classify([4, 0, 0, 4])).map(({ message }) => message)).toEqual([
      'A deployment frequency of less than every 6 months is worse than the value of every DORA 2024 ' +
        'cluster, even Low (monthly to six-monthly): on its own it makes your throughput Low.',
      'A failed deployment recovery time of 1 to 6 months is worse than the value of every ' +
        'DORA 2024 cluster, even Low (one week to one month): on its own it makes your stability Low.',
    ])
  })

  test('in 2021 the worst failure rate value is shared by three clusters', () => {
    // 31-45% (5) is beyond 16-30% (3-4), which High, Medium and Low all report
    const [finding] = findMetricsWorseThanEveryCluster(classify([0, 0, 5, 0], 2021))
    expect(finding?.message).toBe(
      'A change failure rate of 31-45% is worse than the value of every DORA 2021 cluster, even High, Medium and ' +
        'Low (all 16-30%): on its own it makes your stability Low.',
    )
  })

  test("nothing for answers within some cluster's value or between two", () => {
    // 21-30% lies between High's 20% and Low's 40%; recovery 1d-1w between "less than one day" and Low's
    expect(findMetricsWorseThanEveryCluster(classify([1, 2, 4, 2]))).toEqual([])
  })
})

test('findDoraFindings: the speed and stability finding first, then the metrics beyond every cluster', () => {
  expect(findDoraFindings(classify([0, 0, 7, 0])).map(({ id }) => id)).toEqual([
    'fast-but-unstable',
    'worse-than-every-cluster',
  ])
  // all Low: no imbalance, but the failure rate beyond every value is still named
  expect(findDoraFindings(classify([3, 4, 7, 3])).map(({ id }) => id)).toEqual(['worse-than-every-cluster'])
  expect(findDoraFindings(classify([1, 2, 3, 1]))).toEqual([])
})

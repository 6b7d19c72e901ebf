import { describe, expect, test } from 'vitest'
import { classifyDora } from './dora-classification.ts'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS, type DoraAnswers, type DoraMetric } from './dora-metrics.ts'
import {
  describeDoraAnswer,
  describeDoraRule,
  describeDoraVerdict,
  describeEarlierVerdict,
  describeMetricPlacement,
  doraBandLabel,
} from './dora-wording.ts'

test('a band reads as its label; an id the metric does not have reads as itself', () => {
  expect(doraBandLabel('leadTime', 'lt-lt-1h')).toBe('Under an hour')
  expect(doraBandLabel('leadTime', 'df-on-demand')).toBe('df-on-demand')
})

test('a DORA answer reads as its band, "Don\'t know" or "not answered"', () => {
  expect(describeDoraAnswer('deploymentFrequency', 'df-on-demand')).toBe('On demand, several times a day')
  expect(describeDoraAnswer('deploymentFrequency', 'dont-know')).toBe("Don't know")
  expect(describeDoraAnswer('deploymentFrequency', undefined)).toBe('not answered')
})

// Band indices (see dora-metrics.ts): deployment frequency 0 on demand .. 4 rarer than six months; lead time and
// recovery time 0 under an hour .. 5 over six months; change failure rate 0 0-5% .. 7 over 60%.
type Bands = readonly [df: number, lt: number, cfr: number, ttr: number]

const answer = ([df, lt, cfr, ttr]: Bands): DoraAnswers => ({
  deploymentFrequency: DORA_METRIC_DEFINITIONS.deploymentFrequency.bands[df]?.id,
  leadTime: DORA_METRIC_DEFINITIONS.leadTime.bands[lt]?.id,
  changeFailureRate: DORA_METRIC_DEFINITIONS.changeFailureRate.bands[cfr]?.id,
  timeToRestore: DORA_METRIC_DEFINITIONS.timeToRestore.bands[ttr]?.id,
})

describe('describeDoraVerdict', () => {
  test('names the report year, the overall cluster and both halves; never "closest"', () => {
    // (i) of the bank v2 review: throughput Elite, stability High (21-30% is one band beyond High's 20%)
    expect(describeDoraVerdict(classifyDora(answer([0, 1, 4, 0])))).toBe(
      'DORA 2024 cluster: High (throughput Elite, stability High).',
    )
    // (a): over 60% is worse than every 2024 value
    expect(describeDoraVerdict(classifyDora(answer([0, 0, 7, 0])))).toBe(
      'DORA 2024 cluster: Low (throughput Elite, stability Low).',
    )
    expect(describeDoraVerdict(classifyDora(answer([2, 3, 2, 2]), 2023))).toBe(
      'DORA 2023 cluster: Medium (throughput Medium, stability Medium).',
    )
  })

  test('says when the cluster rests on fewer than four metrics', () => {
    const two = classifyDora({ deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-0-5' })
    expect(describeDoraVerdict(two)).toBe(
      'DORA 2024 cluster: Elite (throughput Elite, stability Elite), from 2 of the 4 metrics; lead time for ' +
        'changes and failed deployment recovery time are missing.',
    )
    const three = classifyDora({ ...answer([0, 0, 0, 0]), leadTime: 'dont-know' })
    expect(describeDoraVerdict(three)).toBe(
      'DORA 2024 cluster: Elite (throughput Elite, stability Elite), from 3 of the 4 metrics; lead time for ' +
        'changes is missing.',
    )
  })

  test('without an overall cluster, says which half to answer', () => {
    expect(describeDoraVerdict(classifyDora({ deploymentFrequency: 'df-on-demand' }))).toBe(
      'No overall cluster: answer at least one stability metric (change failure rate or failed deployment ' +
        'recovery time).',
    )
    expect(describeDoraVerdict(classifyDora({ changeFailureRate: 'cfr-over-60' }))).toBe(
      'No overall cluster: answer at least one throughput metric (deployment frequency or lead time for ' +
        'changes).',
    )
    expect(describeDoraVerdict(classifyDora({}))).toBe(
      'No overall cluster: answer at least one throughput metric (deployment frequency or lead time for ' +
        'changes) and one stability metric (change failure rate or failed deployment recovery time).',
    )
  })
})

test("an earlier snapshot's verdict is named by its title; a missing half is named, not asked for", () => {
  expect(describeEarlierVerdict('2026-11-26 Baseline', classifyDora(answer([0, 0, 7, 0])))).toBe(
    'In 2026-11-26 Baseline: DORA 2024 cluster: Low (throughput Elite, stability Low).',
  )
  expect(describeEarlierVerdict('2026-11-26 Baseline', classifyDora({ leadTime: 'lt-lt-1h' }))).toBe(
    'In 2026-11-26 Baseline: no overall cluster (no stability metric answered).',
  )
  expect(describeEarlierVerdict('2026-11-26 Baseline', classifyDora({}))).toBe(
    'In 2026-11-26 Baseline: no overall cluster (no throughput or stability metric answered).',
  )
})

describe('describeMetricPlacement: "<answer>: <where it sits among the clusters\' values>"', () => {
  const placeEveryBand = (metric: DoraMetric, year = 2024) =>
    DORA_METRIC_DEFINITIONS[metric].bands.map((band) => {
      const answers: DoraAnswers = { [metric]: band.id }
      return describeMetricPlacement(classifyDora(answers, year), answers, metric)
    })

  // 2024 values: deploys Elite on demand (0), High daily to weekly (1), Medium weekly to monthly (2), Low monthly to
  // six-monthly (3); lead time Elite less than one day (0-1), High 1 (one day to one week), Medium 3, Low 4;
  // failure rate Elite 5% (0), Medium 10% (1), High 20% (3), Low 40% (5); recovery Elite less than one hour (0),
  // High and Medium less than one day (0-1), Low one week to one month (3).
  test('2024, every band of deployment frequency', () => {
    expect(placeEveryBand('deploymentFrequency')).toEqual([
      'On demand, several times a day: Elite (on demand)',
      'Daily to weekly: High (daily to weekly)',
      'Weekly to monthly: Medium (weekly to monthly)',
      'Monthly to every 6 months: Low (monthly to six-monthly)',
      'Less than every 6 months: worse than Low (monthly to six-monthly)',
    ])
  })

  test('2024, every band of lead time for changes', () => {
    expect(placeEveryBand('leadTime')).toEqual([
      'Under an hour: Elite (less than one day)',
      '1 hour to 1 day: Elite (less than one day)',
      '1 day to 1 week: High (one day to one week)',
      '1 week to 1 month: Medium (one week to one month)',
      '1 to 6 months: Low (one to six months)',
      'Over 6 months: worse than Low (one to six months)',
    ])
  })

  test("2024, every band of change failure rate: 6-10% is Medium's 10%, 11-15% lies between two values", () => {
    expect(placeEveryBand('changeFailureRate')).toEqual([
      '0-5%: Elite (5%)',
      '6-10%: Medium (10%)',
      '11-15%: between Medium (10%) and High (20%)',
      '16-20%: High (20%)',
      '21-30%: between High (20%) and Low (40%)',
      '31-45%: Low (40%)',
      '46-60%: worse than Low (40%)',
      'Over 60%: worse than Low (40%)',
    ])
  })

  test('2024, every band of failed deployment recovery time', () => {
    expect(placeEveryBand('timeToRestore')).toEqual([
      'Under an hour: Elite (less than one hour)',
      '1 hour to 1 day: High and Medium (both less than one day)',
      '1 day to 1 week: between High and Medium (both less than one day) and Low (one week to one month)',
      '1 week to 1 month: Low (one week to one month)',
      '1 to 6 months: worse than Low (one week to one month)',
      'Over 6 months: worse than Low (one week to one month)',
    ])
  })

  test('other years: three clusters sharing one value, and values between clusters', () => {
    // 2021: High, Medium and Low all report 16-30% (bands 3-4); Elite 0-15% (0-2)
    expect(placeEveryBand('changeFailureRate', 2021)).toEqual([
      '0-5%: Elite (0-15%)',
      '6-10%: Elite (0-15%)',
      '11-15%: Elite (0-15%)',
      '16-20%: High, Medium and Low (all 16-30%)',
      '21-30%: High, Medium and Low (all 16-30%)',
      '31-45%: worse than High, Medium and Low (all 16-30%)',
      '46-60%: worse than High, Medium and Low (all 16-30%)',
      'Over 60%: worse than High, Medium and Low (all 16-30%)',
    ])
    // 2021 deploys: Elite on demand (0), High weekly to monthly (2): daily-weekly (1) lies between them
    expect(placeEveryBand('deploymentFrequency', 2021)[1]).toBe(
      'Daily to weekly: between Elite (on demand) and High (weekly to monthly)',
    )
    // 2023: Medium and Low both deploy weekly to monthly (2); failure rate 16-20% (3) lies between 15% and 64%
    expect(placeEveryBand('deploymentFrequency', 2023)[2]).toBe(
      'Weekly to monthly: Medium and Low (both weekly to monthly)',
    )
    expect(placeEveryBand('changeFailureRate', 2023)[3]).toBe('16-20%: between Medium (15%) and Low (64%)')
  })

  test('a metric without a band reads as "Don\'t know" or "not answered"', () => {
    const answers: DoraAnswers = { deploymentFrequency: 'dont-know', changeFailureRate: 'cfr-16-20' }
    const classification = classifyDora(answers)
    expect(DORA_METRICS.map((metric) => describeMetricPlacement(classification, answers, metric))).toEqual([
      "Don't know",
      'not answered',
      '16-20%: High (20%)',
      'not answered',
    ])
  })
})

test('the rule names both halves, their metrics, what each may miss by, and the report year', () => {
  expect(describeDoraRule(2024)).toBe(
    "A cluster's values are those of its typical team, not cut-offs. Throughput (deployment frequency and lead " +
      'time for changes) takes the best 2024 cluster whose values every answered metric is within or better ' +
      'than. Stability (change failure rate and failed deployment recovery time) takes the best 2024 cluster ' +
      'whose values its answered metrics miss by at most one answer band in total. A metric worse than every ' +
      "cluster's value makes its half Low, as does fitting no cluster. The overall cluster is the lower of the " +
      'two halves. Clusters describe how teams in the survey that year grouped; they are a mirror for your team, ' +
      'not a ranking against others.',
  )
})

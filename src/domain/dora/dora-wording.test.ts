import { describe, expect, test } from 'vitest'
import { classifyDora } from './dora-classification.ts'
import { DORA_METRIC_DEFINITIONS, type DoraAnswers } from './dora-metrics.ts'
import {
  describeDoraAnswer,
  describeDoraVerdict,
  describeMetricMatch,
  describeMissingMetrics,
  doraBandLabel,
} from './dora-wording.ts'

test('a band reads as its label; an id the metric does not have reads as itself', () => {
  expect(doraBandLabel('leadTime', 'lt-lt-1h')).toBe('Less than one hour')
  expect(doraBandLabel('leadTime', 'df-on-demand')).toBe('df-on-demand')
})

test('a DORA answer reads as its band, "Don\'t know" or "not answered"', () => {
  expect(describeDoraAnswer('deploymentFrequency', 'df-on-demand')).toBe(
    'On demand (multiple deploys per day)',
  )
  expect(describeDoraAnswer('deploymentFrequency', 'dont-know')).toBe("Don't know")
  expect(describeDoraAnswer('deploymentFrequency', undefined)).toBe('not answered')
})

test('missing metrics are listed in lower case, in the order given', () => {
  expect(describeMissingMetrics(['leadTime', 'timeToRestore'])).toBe(
    'lead time for changes, time to restore service',
  )
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
  test('names the overall cluster and the report year', () => {
    expect(describeDoraVerdict(classifyDora(answer([1, 2, 3, 1])))).toBe('Closest DORA 2024 cluster: High.')
    expect(describeDoraVerdict(classifyDora(answer([2, 3, 2, 2]), 2023))).toBe(
      'Closest DORA 2023 cluster: Medium.',
    )
  })

  test('says when the cluster rests on fewer than four metrics', () => {
    const two = classifyDora({ deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-0-5' })
    expect(describeDoraVerdict(two)).toBe(
      'Closest DORA 2024 cluster: Elite (from 2 of the 4 metrics; lead time for changes and time to restore ' +
        'service are missing).',
    )
    const three = classifyDora({ ...answer([0, 0, 0, 0]), leadTime: 'dont-know' })
    expect(describeDoraVerdict(three)).toBe(
      'Closest DORA 2024 cluster: Elite (from 3 of the 4 metrics; lead time for changes is missing).',
    )
  })

  test('without an overall cluster, says which half to answer', () => {
    expect(describeDoraVerdict(classifyDora({ deploymentFrequency: 'df-on-demand' }))).toBe(
      'No overall DORA cluster: answer at least one stability metric (change failure rate or time to restore ' +
        'service).',
    )
    expect(describeDoraVerdict(classifyDora({ changeFailureRate: 'cfr-over-60' }))).toBe(
      'No overall DORA cluster: answer at least one throughput metric (deployment frequency or lead time for ' +
        'changes).',
    )
    expect(describeDoraVerdict(classifyDora({}))).toBe(
      'No overall DORA cluster: answer at least one throughput metric (deployment frequency or lead time for ' +
        'changes) and one stability metric (change failure rate or time to restore service).',
    )
  })
})

describe('describeMetricMatch', () => {
  const describeBands = (bands: Bands, year = 2024) => {
    const result = classifyDora(answer(bands), year)
    return result.perMetric.map((match) => describeMetricMatch(match, year))
  }

  test('a metric without a band has nothing to compare', () => {
    expect(describeMetricMatch(undefined, 2024)).toBe('no answer to compare')
  })

  test('worse than every cluster names the Low value', () => {
    const [, , failures] = describeBands([0, 0, 6, 0])
    expect(failures).toBe('Change failure rate 46-60%: worse than every 2024 cluster (Low is 40%).')
    const [deploys] = describeBands([4, 0, 0, 0])
    expect(deploys).toBe(
      'Deployment frequency fewer than once every six months: worse than every 2024 cluster (Low is between ' +
        'once per month and once every six months).',
    )
  })

  test('otherwise names the best cluster reached and the value of the next better one', () => {
    // 11-15% meets High (20%) but not Medium (10%) or Elite (5%)
    const [, , failures] = describeBands([0, 0, 2, 0])
    expect(failures).toBe('Change failure rate 11-15%: reaches 2024 High (20%); Elite is 5%.')
    // 2023: over 60% meets only Low (64%)
    const [, , high] = describeBands([0, 0, 7, 0], 2023)
    expect(high).toBe('Change failure rate over 60%: reaches 2023 Low (64%); Medium is 15%.')
  })

  test('an answer that reaches Elite says so', () => {
    const [deploys, leadTime] = describeBands([0, 1, 0, 0])
    expect(deploys).toBe(
      'Deployment frequency on demand (multiple deploys per day): reaches 2024 Elite (on demand), the best cluster.',
    )
    expect(leadTime).toBe(
      'Lead time for changes between one hour and one day: reaches 2024 Elite (less than one day), the best ' +
        'cluster.',
    )
  })
})

import { describe, expect, test } from 'vitest'
import { classifyDora } from './dora-classification.ts'
import { DORA_METRIC_DEFINITIONS, type DoraAnswers } from './dora-metrics.ts'
import {
  describeDoraAnswer,
  describeDoraRule,
  describeDoraVerdict,
  describeMetricMatch,
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

  test('speed without stability: on demand, under an hour, over 60%, under an hour is Low', () => {
    expect(describeDoraVerdict(classifyDora(answer([0, 0, 7, 0])))).toBe('Closest DORA 2024 cluster: Low.')
  })

  test('says when the cluster rests on fewer than four metrics', () => {
    const two = classifyDora({ deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-0-5' })
    expect(describeDoraVerdict(two)).toBe(
      'Closest DORA 2024 cluster: Elite (from 2 of the 4 metrics; lead time for changes and failed deployment ' +
        'recovery time are missing).',
    )
    const three = classifyDora({ ...answer([0, 0, 0, 0]), leadTime: 'dont-know' })
    expect(describeDoraVerdict(three)).toBe(
      'Closest DORA 2024 cluster: Elite (from 3 of the 4 metrics; lead time for changes is missing).',
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

describe('describeMetricMatch', () => {
  const describeBands = (bands: Bands, year = 2024) =>
    classifyDora(answer(bands), year).perMetric.map((match) => describeMetricMatch(match, year))

  test('a metric without a band has nothing to compare', () => {
    expect(describeMetricMatch(undefined, 2024)).toBe('no answer to compare')
  })

  test('worse than every cluster names the Low value', () => {
    // 46-60% (band 6) is worse than 2024 Low's 40% (band 5); rarer than six months (4) than Low's monthly (3)
    const [deploys, , failures] = describeBands([4, 0, 6, 0])
    expect(failures).toBe('none: worse than Low (40%)')
    expect(deploys).toBe('none: worse than Low (between once per month and once every six months)')
  })

  test('otherwise names the best cluster whose value it meets and the value of the next better one', () => {
    // 11-15% (band 2) meets High (20%, band 3) but not Medium (10%, band 1) or Elite (5%, band 0)
    const [, , failures] = describeBands([0, 0, 2, 0])
    expect(failures).toBe('High (20%); Elite is 5%')
    // 2023: over 60% (band 7) meets only Low (64%)
    const [, , high] = describeBands([0, 0, 7, 0], 2023)
    expect(high).toBe('Low (64%); Medium is 15%')
    // recovery between one day and one week (band 2) is worse than High and Medium's "less than one day" (0-1)
    const [, , , recovery] = describeBands([0, 0, 0, 2])
    expect(recovery).toBe('Low (between one week and one month); Medium is less than one day')
  })

  test('an answer that meets Elite says so', () => {
    const [deploys, leadTime] = describeBands([0, 1, 0, 0])
    expect(deploys).toBe('Elite (on demand), the best cluster')
    expect(leadTime).toBe('Elite (less than one day), the best cluster')
  })
})

test('the rule names both halves, their metrics and the report year', () => {
  expect(describeDoraRule(2024)).toBe(
    'The throughput (deployment frequency and lead time for changes) and stability (change failure rate and failed ' +
      'deployment recovery time) each take the best 2024 cluster whose values all their answered metrics meet ' +
      'or beat, otherwise Low; the lower of the two is the overall cluster. Clusters describe how teams in the ' +
      'survey that year grouped; they are a mirror for your team, not a ranking against others.',
  )
})

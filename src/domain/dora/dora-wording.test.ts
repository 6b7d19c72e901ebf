import { expect, test } from 'vitest'
import {
  describeDoraAnswer,
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

test('a metric match names its clusters, or says why there are none', () => {
  expect(describeMetricMatch({ metric: 'leadTime', bandIndex: 1, matches: ['elite', 'high'] })).toBe(
    'Elite, High',
  )
  expect(describeMetricMatch({ metric: 'leadTime', bandIndex: 5, matches: [] })).toBe('no cluster exactly')
  expect(describeMetricMatch(undefined)).toBe('no answer to compare')
})

test('missing metrics are listed in lower case, in the order given', () => {
  expect(describeMissingMetrics(['leadTime', 'timeToRestore'])).toBe(
    'lead time for changes, time to restore service',
  )
})

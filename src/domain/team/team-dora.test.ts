import { describe, expect, test } from 'vitest'
import { DORA_METRIC_DEFINITIONS } from '../dora/dora-metrics.ts'
import type { DoraDistribution } from './team-aggregation.ts'
import { getMedianBand, getMedianDoraAnswers } from './team-dora.ts'

// A distribution of change failure rate answers from counts per band, best first (0-5% .. over 60%).
const failureRates = (counts: number[], dontKnow = 0, unanswered = 0): DoraDistribution => ({
  metric: 'changeFailureRate',
  bands: DORA_METRIC_DEFINITIONS.changeFailureRate.bands.map((band, index) => ({
    id: band.id,
    count: counts[index] ?? 0,
  })),
  dontKnow,
  unanswered,
})

describe('getMedianBand', () => {
  test('an odd count takes the middle answer', () => {
    // 0-5%, 16-20%, 21-30%: the 2nd of 3 (floor(3 / 2) + 1 = 2) is 16-20%
    expect(getMedianBand(failureRates([1, 0, 0, 1, 1]))).toBe('cfr-16-20')
    expect(getMedianBand(failureRates([0, 1]))).toBe('cfr-6-10')
  })

  test('an even count takes the worse of the two middle answers', () => {
    // 0-5%, 0-5%, 21-30%, over 60%: the middle two are 0-5% and 21-30%; the 3rd of 4 (floor(4 / 2) + 1) is 21-30%
    expect(getMedianBand(failureRates([2, 0, 0, 0, 1, 0, 0, 1]))).toBe('cfr-21-30')
    // 6-10%, 11-15%: the 2nd of 2 is 11-15%
    expect(getMedianBand(failureRates([0, 1, 1]))).toBe('cfr-11-15')
  })

  test('"Don\'t know" and blanks are left out; nobody with a band gives no median', () => {
    expect(getMedianBand(failureRates([0, 0, 1], 5, 2))).toBe('cfr-11-15')
    expect(getMedianBand(failureRates([], 3, 1))).toBeUndefined()
  })
})

test('getMedianDoraAnswers leaves out a metric nobody gave a band for', () => {
  const none = (metric: DoraDistribution['metric']): DoraDistribution => ({
    metric,
    bands: DORA_METRIC_DEFINITIONS[metric].bands.map((band) => ({ id: band.id, count: 0 })),
    dontKnow: 2,
    unanswered: 0,
  })
  expect(
    getMedianDoraAnswers({
      deploymentFrequency: none('deploymentFrequency'),
      leadTime: none('leadTime'),
      changeFailureRate: failureRates([0, 0, 0, 3]),
      timeToRestore: none('timeToRestore'),
    }),
  ).toEqual({ changeFailureRate: 'cfr-16-20' })
})

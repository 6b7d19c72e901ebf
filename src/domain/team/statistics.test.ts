import { describe, expect, test } from 'vitest'
import { populationStandardDeviation, quantile, summarize } from './statistics.ts'

describe('quantile (linear between closest ranks, type 7)', () => {
  test('quartiles and medians of small sorted lists', () => {
    // [25, 50, 75, 75]: q1 at (4 - 1) * 0.25 = 0.75 -> 25 + 0.75 * (50 - 25) = 43.75
    expect(quantile([25, 50, 75, 75], 0.25)).toBe(43.75)
    // median at 1.5 -> the mean of the two middle values (50 + 75) / 2 = 62.5
    expect(quantile([25, 50, 75, 75], 0.5)).toBe(62.5)
    // q3 at 2.25 -> 75 + 0.25 * (75 - 75) = 75
    expect(quantile([25, 50, 75, 75], 0.75)).toBe(75)
    // one value: position 0 for every p
    expect(quantile([40], 0.25)).toBe(40)
    expect(quantile([40], 0.75)).toBe(40)
  })
})

describe('summarize', () => {
  test('lowest, quartiles and highest of values in any order', () => {
    // sorted [25, 50, 75, 75]: quartiles as in the quantile test; IQR 75 - 43.75 = 31.25
    expect(summarize([75, 25, 75, 50])).toEqual({
      min: 25,
      q1: 43.75,
      median: 62.5,
      q3: 75,
      max: 75,
      interquartileRange: 31.25,
    })
    expect(summarize([])).toBeUndefined()
  })
})

describe('populationStandardDeviation', () => {
  test('divides by n, as STDEV.P does', () => {
    // mean 50; squared deviations 2500 + 2500 = 5000, / 2 = 2500 -> 50 (dividing by n - 1 would give 70.7)
    expect(populationStandardDeviation([0, 100])).toBe(50)
    expect(populationStandardDeviation([40])).toBe(0)
  })
})

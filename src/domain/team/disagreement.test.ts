import { describe, expect, test } from 'vitest'
import {
  classifyDisagreement,
  describeDisagreementBands,
  describeSplitRule,
  isSplit,
} from './disagreement.ts'

describe('classifyDisagreement', () => {
  test('low below 15, medium below 30, high from 30', () => {
    expect([0, 14.99, 15, 29.99, 30, 100].map(classifyDisagreement)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ])
  })
})

test('the bands in words name the same thresholds', () => {
  expect(describeDisagreementBands()).toBe('low under 15 points, medium under 30, high from 30')
})

describe('isSplit', () => {
  test('someone at 25 or less and someone else at 75 or more', () => {
    expect(isSplit([25, 75])).toBe(true)
    expect(isSplit([0, 50, 50, 50, 100])).toBe(true)
  })

  test('both ends are needed, and the edges count from 25 and 75 inclusive', () => {
    expect(isSplit([26, 75])).toBe(false)
    expect(isSplit([25, 74])).toBe(false)
    expect(isSplit([0, 25, 50])).toBe(false)
    expect(isSplit([100])).toBe(false)
    expect(isSplit([])).toBe(false)
  })
})

test('the split rule in words names the same edges', () => {
  expect(describeSplitRule()).toBe('split: at least one person at 25 or less and another at 75 or more')
})

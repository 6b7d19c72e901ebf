import { describe, expect, test } from 'vitest'
import { classifyDisagreement, describeDisagreementBands } from './disagreement.ts'

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

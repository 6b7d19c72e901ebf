import { expect, test } from 'vitest'
import { isRecord } from './is-record.ts'

test('isRecord accepts an object and refuses null, arrays and other values', () => {
  expect(isRecord({})).toBe(true)
  expect(isRecord({ version: 1 })).toBe(true)
  expect(isRecord(null)).toBe(false)
  expect(isRecord([])).toBe(false)
  expect(isRecord('{}')).toBe(false)
  expect(isRecord(1)).toBe(false)
  expect(isRecord(undefined)).toBe(false)
})

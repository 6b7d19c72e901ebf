import { expect, test } from 'vitest'
import { formatLongDate } from './long-date.ts'

test('a date reads day, month name and year, in local time', () => {
  // Months count from 0 in Date: 11 is December, 0 is January.
  expect(formatLongDate(new Date(2026, 11, 5, 23, 59))).toBe('5 December 2026')
  expect(formatLongDate(new Date(2027, 0, 31, 0, 0))).toBe('31 January 2027')
})

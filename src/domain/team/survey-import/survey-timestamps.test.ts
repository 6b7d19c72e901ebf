import { expect, test } from 'vitest'
import { parseTimestamp } from './survey-timestamps.ts'

test('parseTimestamp reads year-first dates with optional time, AM/PM and zone; others are undefined', () => {
  const iso = (text: string) => parseTimestamp(text)?.toISOString()
  expect(iso('2025-01-31T09:30:00Z')).toBe('2025-01-31T09:30:00.000Z')
  expect(iso('2025-01-31 09:30')).toBe('2025-01-31T09:30:00.000Z')
  expect(iso('2025-01-31T09:30:00.123+02:00')).toBe('2025-01-31T07:30:00.000Z')
  expect(iso('2025/01/31 12:05:00 AM GMT-5')).toBe('2025-01-31T05:05:00.000Z')
  expect(iso('2025-01-31')).toBe('2025-01-31T00:00:00.000Z')
  expect(['31/01/2025', '2025-02-30', '2025-01-31 24:00', '2025-13-01', 'yesterday', ''].map(iso)).toEqual(
    Array.from({ length: 6 }, () => undefined),
  )
})

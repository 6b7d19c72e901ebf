import { expect, test } from 'vitest'
import { formatCount } from './format-count.ts'

test('a whole number gets a comma before each group of three digits from the right, as English writes it', () => {
  expect(formatCount(0)).toBe('0')
  expect(formatCount(7)).toBe('7')
  expect(formatCount(999)).toBe('999')
  expect(formatCount(1000)).toBe('1,000')
  expect(formatCount(12_500)).toBe('12,500')
  expect(formatCount(100_000)).toBe('100,000')
  expect(formatCount(1_234_567)).toBe('1,234,567')
  expect(formatCount(-4000)).toBe('-4,000')
})

test('it writes what toLocaleString("en") writes for every whole number it is given', () => {
  for (const count of [1, 10, 49, 50, 951, 1001, 9999, 10_000, 65_536, 999_999, 1_000_000, 2 ** 31])
    expect(formatCount(count)).toBe(count.toLocaleString('en'))
})

test('a fraction keeps its digits after the point, ungrouped', () => {
  expect(formatCount(1.5)).toBe('1.5')
  expect(formatCount(1234.5678)).toBe('1,234.5678')
  expect(formatCount(-0.25)).toBe('-0.25')
})

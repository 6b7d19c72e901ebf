import { expect, test } from 'vitest'
import { kilobytesOf, megabytes } from './file-size.ts'

test('a limit in megabytes, without a decimal it does not need', () => {
  // 2 * 1024 * 1024 = 2,097,152 bytes = 2 MB exactly.
  expect(megabytes(2 * 1024 * 1024)).toBe('2 MB')
  // 512 * 1024 = 524,288 bytes = half a megabyte.
  expect(megabytes(512 * 1024)).toBe('0.5 MB')
  // 100 * 1024 = 102,400 bytes = 0.09765... MB, which rounds to 0.1.
  expect(megabytes(100 * 1024)).toBe('0.1 MB')
})

test("a text's size in kB, rounded up and grouped", () => {
  expect(kilobytesOf('x'.repeat(1000))).toBe('1 kB')
  // 100,001 characters are 100.001 kB, rounded up to 101.
  expect(kilobytesOf('x'.repeat(100_001))).toBe('101 kB')
  expect(kilobytesOf('x'.repeat(2_500_000))).toBe('2,500 kB')
})

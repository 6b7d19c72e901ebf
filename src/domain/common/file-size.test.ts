import { expect, test } from 'vitest'
import { megabytes } from './file-size.ts'

test('a limit in megabytes, without a decimal it does not need', () => {
  // 2 * 1024 * 1024 = 2,097,152 bytes = 2 MB exactly.
  expect(megabytes(2 * 1024 * 1024)).toBe('2 MB')
  // 512 * 1024 = 524,288 bytes = half a megabyte.
  expect(megabytes(512 * 1024)).toBe('0.5 MB')
  // 100 * 1024 = 102,400 bytes = 0.09765... MB, which rounds to 0.1.
  expect(megabytes(100 * 1024)).toBe('0.1 MB')
})

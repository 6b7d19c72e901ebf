import { expect, test } from 'vitest'
import { normaliseText } from './normalise-text.ts'

test('normaliseText ignores case, whitespace, punctuation and apostrophes', () => {
  expect(normaliseText('  Don’t   KNOW! ')).toBe('dont know')
  expect(normaliseText('dont-know')).toBe('dont know')
  expect(normaliseText('N/A')).toBe('n a')
})

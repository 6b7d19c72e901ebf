import { expect, test } from 'vitest'
import { plural } from './plural.ts'

test('one takes the singular; zero, many and fractions take the plural', () => {
  expect(plural(1, 'response', 'responses')).toBe('1 response')
  expect(plural(0, 'response', 'responses')).toBe('0 responses')
  expect(plural(2, 'row', 'rows')).toBe('2 rows')
  expect(plural(1.5, 'answer', 'answers')).toBe('1.5 answers')
})

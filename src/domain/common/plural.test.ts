import { expect, test } from 'vitest'
import { capitalise, numberWord, plural } from './plural.ts'

test('one takes the singular; zero, many and fractions take the plural', () => {
  expect(plural(1, 'response', 'responses')).toBe('1 response')
  expect(plural(0, 'response', 'responses')).toBe('0 responses')
  expect(plural(2, 'row', 'rows')).toBe('2 rows')
  expect(plural(1.5, 'answer', 'answers')).toBe('1.5 answers')
})

test('a count of a thousand or more is grouped with commas, as the rest of the app writes it', () => {
  expect(plural(1000, 'response', 'responses')).toBe('1,000 responses')
  expect(plural(12_500, 'row', 'rows')).toBe('12,500 rows')
  expect(numberWord(1000)).toBe('1,000')
})

test('counts up to twenty read as words, larger ones and fractions as digits', () => {
  expect([0, 1, 3, 9, 19, 20].map(numberWord)).toEqual(['zero', 'one', 'three', 'nine', 'nineteen', 'twenty'])
  expect(numberWord(21)).toBe('21')
  expect(numberWord(1.5)).toBe('1.5')
})

test('a sentence starts with a capital', () => {
  expect(capitalise('nine practices')).toBe('Nine practices')
  expect(capitalise('')).toBe('')
})

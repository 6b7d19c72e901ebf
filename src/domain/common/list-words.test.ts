import { expect, test } from 'vitest'
import { listInWords } from './list-words.ts'

test('no item, one item and two items', () => {
  expect(listInWords([])).toBe('')
  expect(listInWords(['your self-check'])).toBe('your self-check')
  expect(listInWords(['your self-check', 'the team view'])).toBe('your self-check and the team view')
})

test('three or more items: commas, and "and" before the last', () => {
  expect(listInWords(['your self-check', 'your snapshots', 'the team view'])).toBe(
    'your self-check, your snapshots and the team view',
  )
})

test('a comma before the last "and" when an item holds an "and" of its own', () => {
  expect(listInWords(['your self-check', 'your targets and plans', 'the team view'])).toBe(
    'your self-check, your targets and plans, and the team view',
  )
  // The last item's own "and" counts too: without the comma, "b and c and d" would run together.
  expect(listInWords(['a self-check', '2 snapshots', 'targets and plans'])).toBe(
    'a self-check, 2 snapshots, and targets and plans',
  )
})

test('two items never get the comma: there is only one "and" between them', () => {
  expect(listInWords(['your targets and plans', 'the team view'])).toBe(
    'your targets and plans and the team view',
  )
})

test('"and" inside a word does not count', () => {
  expect(listInWords(['a band', 'a brand', 'a stand'])).toBe('a band, a brand and a stand')
})

import { expect, test } from 'vitest'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { describeSavedCheck, describeSavedCheckHeading, describeSavedCheckProgress } from './saved-check.ts'

const bank = {
  bankVersion: 3,
  questions: [
    fixtureQuestion('culture-a', 'culture', { quick: true }),
    fixtureQuestion('culture-b', 'culture'),
    fixtureQuestion('lean-a', 'lean', { quick: true }),
  ],
}
// Built in the local time zone, as the heading reads it: 5 December 2026 at 09:30 and 4 December at 18:00.
const fifthDecember = new Date(2026, 11, 5, 9, 30).getTime()
const fourthDecember = new Date(2026, 11, 4, 18, 0).getTime()

test('no answer, pillar or DORA, means nothing to return to', () => {
  expect(describeSavedCheck(bank, { answers: {}, dora: {}, answeredAt: {} })).toBeUndefined()
  // A time left from an answer no longer held does not count either.
  const leftOver = { 'culture-a': fifthDecember }
  expect(describeSavedCheck(bank, { answers: {}, dora: {}, answeredAt: leftOver })).toBeUndefined()
})

test('a full check counts its questions and the DORA outcomes, and dates the newest answer it holds', () => {
  const saved = describeSavedCheck(bank, {
    answers: { 'culture-a': 3, 'lean-a': 'dont-know' },
    dora: { leadTime: 'lt-lt-1h' },
    // The newest time is of an answer no longer held (culture-b): it is left out, so the DORA answer's day counts.
    answeredAt: {
      'culture-a': fourthDecember - 1000,
      'lean-a': fourthDecember - 500,
      'dora:leadTime': fourthDecember,
      'culture-b': fifthDecember,
    },
  })
  // No depth saved reads as full: 3 questions + 4 DORA outcomes = 7 asked; 2 questions + 1 outcome = 3 answered.
  expect(saved).toEqual({ depth: 'full', answered: 3, asked: 7, lastChanged: new Date(fourthDecember) })
  if (saved === undefined) return
  expect(describeSavedCheckHeading(saved)).toBe('Your results from 4 December 2026')
  expect(describeSavedCheckProgress(saved)).toBe('Your full check: 3 of 7 questions answered.')
})

test('a quick check counts only its own questions; every one answered reads "all"', () => {
  const saved = describeSavedCheck(bank, {
    answers: { 'culture-a': 3, 'lean-a': 1 },
    dora: {
      deploymentFrequency: 'df-on-demand',
      leadTime: 'lt-lt-1h',
      changeFailureRate: 'dont-know',
      timeToRestore: 'ttr-lt-1h',
    },
    answeredAt: { 'culture-a': fifthDecember },
    depth: 'quick',
  })
  // Quick: culture-a and lean-a, + 4 DORA = 6 asked, all 6 answered.
  expect(saved).toEqual({ depth: 'quick', answered: 6, asked: 6, lastChanged: new Date(fifthDecember) })
  if (saved === undefined) return
  expect(describeSavedCheckHeading(saved)).toBe('Your results from 5 December 2026')
  expect(describeSavedCheckProgress(saved)).toBe('Your quick check: all 6 questions answered.')
})

test('answers kept from before each had its time have no date to show', () => {
  const saved = describeSavedCheck(bank, {
    answers: { 'culture-a': 2 },
    dora: {},
    answeredAt: { 'culture-a': 1 },
  })
  expect(saved).toEqual({ depth: 'full', answered: 1, asked: 7 })
  if (saved === undefined) return
  expect(describeSavedCheckHeading(saved)).toBe('Your results from an earlier visit')
})

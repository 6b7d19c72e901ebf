import { expect, test } from 'vitest'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import type { QuestionBank } from './question-bank-schema.ts'
import {
  countDoraStepWords,
  countQuestionWords,
  countWords,
  measureDepth,
  measureFullCheckRemainder,
} from './reading-time.ts'

test('words are whitespace-separated, as a reader meets them', () => {
  expect(countWords('  Only a separate  operations team;\tdevelopers are never paged\n')).toBe(9)
  expect(countWords('')).toBe(0)
  expect(countWords('CI/CD, 3 AM')).toBe(3)
})

test('a question is read as its text, its five options, "Don\'t know" and any "Not applicable", not its why or next steps', () => {
  // "Fixture question q-one?" 3; "Level zero" ... "Level four" 5 x 2; "Don't know" 2
  expect(countQuestionWords(fixtureQuestion('q-one', 'culture'))).toBe(3 + 5 * 2 + 2)
  // and "Not applicable" 2
  expect(countQuestionWords(fixtureQuestion('q-one', 'culture', { allowNotApplicable: true }))).toBe(17)
})

test('the DORA step is read as its introduction and each metric\'s label, question, bands and "Don\'t know"', () => {
  // introduction 'About your team's main service. "Don't know" is an honest answer.' 11
  // deployment frequency: label 2 + question 8 + bands 6 + 3 + 3 + 5 + 5 + "Don't know" 2 = 34
  // lead time: 4 + 11 + bands "Under an hour" 3, "1 hour to 1 day" 5, "1 day to 1 week" 5, "1 week to 1 month" 5,
  //   "1 to 6 months" 4, "Over 6 months" 3 (25) + 2 = 42
  // change failure rate: 3 + 9 + seven one-word bands and "Over 60%" (9) + 2 = 23
  // recovery time: 4 + 9 + the same time bands 25 + 2 = 40
  expect(countDoraStepWords()).toBe(11 + 34 + 42 + 23 + 40)
})

test('time: words at 200 a minute, 15 s a pillar question and 30 s a DORA metric, rounded up to whole minutes', () => {
  const bank: QuestionBank = {
    bankVersion: 3,
    questions: [
      fixtureQuestion('q-one', 'culture', { quick: true }),
      fixtureQuestion('q-two', 'lean', { allowNotApplicable: true }),
    ],
  }
  // quick: 15 + 150 DORA = 165 words -> 49.5 s; 1 x 15 s + 4 x 30 s = 135 s; 184.5 s -> 4 minutes
  expect(measureDepth(bank, 'quick')).toEqual({ pillarQuestions: 1, doraMetrics: 4, words: 165, minutes: 4 })
  // full: 15 + 17 + 150 = 182 words -> 54.6 s; 2 x 15 + 120 = 150 s; 204.6 s -> 4 minutes
  expect(measureDepth(bank, 'full')).toEqual({ pillarQuestions: 2, doraMetrics: 4, words: 182, minutes: 4 })
  // the rest of a full check after a quick one: q-two alone, no DORA step: 17 words -> 5.1 s + 15 s -> 1 minute
  expect(measureFullCheckRemainder(bank)).toEqual({
    pillarQuestions: 1,
    doraMetrics: 0,
    words: 17,
    minutes: 1,
  })
})

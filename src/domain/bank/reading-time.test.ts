import { expect, test } from 'vitest'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import type { QuestionBank } from './question-bank-schema.ts'
import { countQuestionWords, countWords, measureDepth } from './reading-time.ts'

test('words are whitespace-separated, as a reader meets them', () => {
  expect(countWords('  Only a separate  operations team;\tdevelopers are never paged\n')).toBe(9)
  expect(countWords('')).toBe(0)
  expect(countWords('CI/CD, 3 AM')).toBe(3)
})

test("a question's words are its text and its five options, not its why or next steps", () => {
  // "Fixture question q-one?" 3 words; options "Level zero" ... "Level four", 2 words each
  expect(countQuestionWords(fixtureQuestion('q-one', 'culture'))).toBe(3 + 5 * 2)
})

test('time: words / 200 per minute plus 10 s a question with the four DORA outcomes, rounded up', () => {
  const bank: QuestionBank = {
    bankVersion: 2,
    questions: [fixtureQuestion('q-one', 'culture', { quick: true }), fixtureQuestion('q-two', 'lean')],
  }
  // quick: 13 words -> 3.9 s; 5 questions -> 50 s; 53.9 s -> 1 minute
  expect(measureDepth(bank, 'quick')).toEqual({ pillarQuestions: 1, questions: 5, words: 13, minutes: 1 })
  // full: 26 words -> 7.8 s; 6 questions -> 60 s; 67.8 s -> 2 minutes
  expect(measureDepth(bank, 'full')).toEqual({ pillarQuestions: 2, questions: 6, words: 26, minutes: 2 })
})

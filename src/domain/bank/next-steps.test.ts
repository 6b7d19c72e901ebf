import { expect, test } from 'vitest'
import { QUESTION_BANK } from './question-bank.ts'
import { BANK_V1 } from './versions/bank-v1.ts'
import { nextStepFor } from './next-steps.ts'

test('levels 0-1 start, 2-3 grow, 4 keeps; without a level the first step fits', () => {
  const question = QUESTION_BANK.questions.find((candidate) => candidate.id === 'culture-blame-in-reviews')
  if (question === undefined) throw new Error('bank v2 asks culture-blame-in-reviews')
  const start = 'Run the next review with one rule: ask "what made this easy to get wrong?" and name nobody.'
  const grow =
    'For each "human error" in your last review, write down what made it easy, and fix one of those.'
  const keep =
    'Ask someone from another team to facilitate one of your reviews, then facilitate one of theirs.'
  expect([0, 1, 2, 3, 4].map((level) => nextStepFor(question, level as 0))).toEqual([
    start,
    start,
    grow,
    grow,
    keep,
  ])
  expect(nextStepFor(question, 'dont-know')).toBe(start)
  expect(nextStepFor(question, undefined)).toBe(start)
})

test('bank v1 had one next step for every answer', () => {
  const [first] = BANK_V1.questions
  expect(first && nextStepFor(first, 4)).toBe(
    'Put two developers on the on-call rota of one service for a month, shadowing operations first.',
  )
})

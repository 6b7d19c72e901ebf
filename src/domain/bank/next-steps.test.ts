import { expect, test } from 'vitest'
import { QUESTION_BANK } from './question-bank.ts'
import { BANK_V1 } from './versions/bank-v1.ts'
import { nextStepFor } from './next-steps.ts'

test('levels 0-1 start, 2-3 grow, 4 keeps; without a level the first step fits', () => {
  const question = QUESTION_BANK.questions.find((candidate) => candidate.id === 'culture-blame-in-reviews')
  if (question === undefined) throw new Error('bank v3 asks culture-blame-in-reviews')
  const start =
    'Agree that failure reviews never feed appraisals, then review the next failure naming nobody.'
  const grow =
    'Open the next review with the most senior person describing their own part, then ask what made each slip easy.'
  const keep =
    'Facilitate a review for another team, and ask someone from another team to facilitate one of yours.'
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

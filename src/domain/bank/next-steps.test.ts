import { expect, test } from 'vitest'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { BANK_V1 } from './versions/bank-v1.ts'
import { nextStepFor } from './next-steps.ts'

test('levels 0-1 start, 2-3 grow, 4 keeps; without a level the first step fits', () => {
  const question = fixtureQuestion('q-steps', 'culture')
  expect([0, 1, 2, 3, 4].map((level) => nextStepFor(question, level as 0))).toEqual([
    'Start on q-steps.',
    'Start on q-steps.',
    'Grow q-steps.',
    'Grow q-steps.',
    'Keep q-steps up.',
  ])
  expect(nextStepFor(question, 'dont-know')).toBe('Start on q-steps.')
  expect(nextStepFor(question, undefined)).toBe('Start on q-steps.')
})

test('bank v1 had one next step for every answer', () => {
  const [first] = BANK_V1.questions
  expect(first && nextStepFor(first, 4)).toBe(
    'Put two developers on the on-call rota of one service for a month, shadowing operations first.',
  )
})

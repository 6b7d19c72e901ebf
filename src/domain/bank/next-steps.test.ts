import { expect, test } from 'vitest'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { QUESTION_BANK } from './question-bank.ts'
import { BANK_V1 } from './versions/bank-v1.ts'
import { nextStepFor, type NextStepsById } from './next-steps.ts'

test('levels 0-1 start, 2-3 grow, 4 keeps; without a level the first step fits', () => {
  const question = QUESTION_BANK.questions.find((candidate) => candidate.id === 'culture-blame-in-reviews')
  if (question === undefined) throw new Error('bank v2 asks culture-blame-in-reviews')
  const start = 'Run the next review with one rule: ask "what made this easy to get wrong?" and name nobody.'
  const grow =
    'For each "human error" in your last review, write down what made it easy, and fix one of those.'
  const keep =
    'Ask someone from another team to facilitate one of your reviews, then facilitate one of theirs.'
  const step = (text: string) => ({ text, takeToManager: false })
  expect([0, 1, 2, 3, 4].map((level) => nextStepFor(question, level as 0))).toEqual([
    step(start),
    step(start),
    step(grow),
    step(grow),
    step(keep),
  ])
  expect(nextStepFor(question, 'dont-know')).toEqual(step(start))
  expect(nextStepFor(question, undefined)).toEqual(step(start))
})

test('a step marked "takeToManager" for its kind says so; the other kinds of that question do not', () => {
  const question = { ...fixtureQuestion('fixture-on-call', 'culture') }
  delete question.nextStep
  const steps: NextStepsById = {
    'fixture-on-call': {
      start: 'Subscribe the team to its alerts.',
      grow: 'Agree on-call terms and pay with your manager.',
      keep: 'Prune alerts monthly.',
      takeToManager: ['grow'],
    },
  }
  // Levels 0-1 start, 2-3 grow (marked), 4 keep.
  expect([0, 1, 2, 3, 4].map((level) => nextStepFor(question, level as 0, steps)?.takeToManager)).toEqual([
    false,
    false,
    true,
    true,
    false,
  ])
  expect(nextStepFor(question, 2, steps)?.text).toBe('Agree on-call terms and pay with your manager.')
  // A question the steps do not know has no step; bank v2's data marks no step.
  expect(nextStepFor({ ...question, id: 'fixture-unknown' }, 2, steps)).toBeUndefined()
  expect(
    QUESTION_BANK.questions.flatMap((q) =>
      [0, 2, 4].map((level) => nextStepFor(q, level as 0)?.takeToManager),
    ),
  ).not.toContain(true)
})

test('bank v1 had one next step for every answer', () => {
  const [first] = BANK_V1.questions
  expect(first && nextStepFor(first, 4)).toEqual({
    text: 'Put two developers on the on-call rota of one service for a month, shadowing operations first.',
    takeToManager: false,
  })
})

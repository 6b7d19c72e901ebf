import { expect, test } from 'vitest'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { QUESTION_BANK } from './question-bank.ts'
import { BANK_V1 } from './versions/bank-v1.ts'
import { nextStepFor, type NextStepsById } from './next-steps.ts'

test('levels 0-1 start, 2-3 grow, 4 keeps; without a level the first step fits', () => {
  const question = QUESTION_BANK.questions.find((candidate) => candidate.id === 'culture-blame-in-reviews')
  if (question === undefined) throw new Error('bank v3 asks culture-blame-in-reviews')
  const start =
    'Agree that failure reviews never feed appraisals, then review the next failure naming nobody.'
  const grow =
    'Open the next review with the most senior person describing their own part, then ask what made each slip easy.'
  const keep =
    'Facilitate a review for another team, and ask someone from another team to facilitate one of yours.'
  const step = (text: string) => ({ text, takeToManager: false })
  // Agreeing that reviews never feed appraisals needs a manager: the start step says so.
  const startStep = { text: start, takeToManager: true }
  expect([0, 1, 2, 3, 4].map((level) => nextStepFor(question, level as 0))).toEqual([
    startStep,
    startStep,
    step(grow),
    step(grow),
    step(keep),
  ])
  expect(nextStepFor(question, 'dont-know')).toEqual(startStep)
  expect(nextStepFor(question, undefined)).toEqual(startStep)
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
  // A question the steps do not know has no step.
  expect(nextStepFor({ ...question, id: 'fixture-unknown' }, 2, steps)).toBeUndefined()
  // Bank v3 marks the five steps the review named as needing a manager (I11): on-call terms, appraisals,
  // approvals, release dates and how managers use numbers.
  expect(
    QUESTION_BANK.questions.flatMap((q) =>
      [0, 2, 4].flatMap((level) =>
        nextStepFor(q, level as 0)?.takeToManager === true ? [[q.id, level]] : [],
      ),
    ),
  ).toEqual([
    ['culture-dev-on-call', 2],
    ['culture-blame-in-reviews', 0],
    ['culture-tool-adoption', 2],
    ['lean-change-size', 0],
    ['measurement-metrics-use', 0],
  ])
})

test('bank v1 had one next step for every answer', () => {
  const [first] = BANK_V1.questions
  expect(first && nextStepFor(first, 4)).toEqual({
    text: 'Put two developers on the on-call rota of one service for a month, shadowing operations first.',
    takeToManager: false,
  })
})

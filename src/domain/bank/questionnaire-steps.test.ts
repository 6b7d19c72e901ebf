import { expect, test } from 'vitest'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { firstOpenStep, getQuestionnaireSteps, resumePoint } from './questionnaire-steps.ts'

const steps = getQuestionnaireSteps({
  bankVersion: 2,
  questions: [fixtureQuestion('culture-a', 'culture'), fixtureQuestion('lean-a', 'lean')],
})
const everyDora = {
  deploymentFrequency: 'df-on-demand',
  leadTime: 'lt-lt-1h',
  changeFailureRate: 'dont-know',
  timeToRestore: 'ttr-lt-1h',
} as const

test('one step per pillar in CALMS order, then DORA, numbered from 1', () => {
  expect(steps.map((step) => [step.number, step.title])).toEqual([
    [1, 'Culture'],
    [2, 'Automation'],
    [3, 'Lean'],
    [4, 'Measurement'],
    [5, 'Sharing'],
    [6, 'DORA outcomes'],
  ])
})

test('the first step with a question still open; a step asking nothing is never open; else the last step', () => {
  expect(firstOpenStep(steps, {}, {})).toBe(1)
  // Culture answered ("Don't know" is an answer); Automation asks nothing here; Lean is open.
  expect(firstOpenStep(steps, { 'culture-a': 'dont-know' }, {})).toBe(3)
  expect(firstOpenStep(steps, { 'culture-a': 2, 'lean-a': 0 }, {})).toBe(6)
  expect(firstOpenStep(steps, { 'culture-a': 2, 'lean-a': 0 }, everyDora)).toBe(6)
})

test('a start choice resumes at the last step at the same depth, and at the first open step of another depth', () => {
  const bank = {
    bankVersion: 2,
    questions: [
      fixtureQuestion('culture-a', 'culture', { quick: true }),
      fixtureQuestion('culture-b', 'culture'),
      fixtureQuestion('lean-a', 'lean', { quick: true }),
    ],
  }
  const saved = { answers: { 'culture-a': 3, 'lean-a': 1 }, dora: {}, lastStep: 4 } as const
  // Nothing chosen, or the saved depth (full when none was saved): where the person left, nothing recorded.
  expect(resumePoint(bank, saved, undefined)).toEqual({ depth: 'full', step: 4, depthChanged: false })
  expect(resumePoint(bank, saved, 'full')).toEqual({ depth: 'full', step: 4, depthChanged: false })
  expect(resumePoint(bank, { ...saved, depth: 'quick' }, 'quick')).toEqual({
    depth: 'quick',
    step: 4,
    depthChanged: false,
  })
  // Quick after full: both quick questions answered, so the first open step is DORA (6).
  expect(resumePoint(bank, saved, 'quick')).toEqual({ depth: 'quick', step: 6, depthChanged: true })
  // Full after quick: culture-b is open, so Culture (1).
  expect(resumePoint(bank, { ...saved, depth: 'quick' }, 'full')).toEqual({
    depth: 'full',
    step: 1,
    depthChanged: true,
  })
})

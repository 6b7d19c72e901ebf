import { expect, test } from 'vitest'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { firstOpenStep, getQuestionnaireSteps, hasAnyAnswer, resumePoint } from './questionnaire-steps.ts'

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

// Two quick questions (culture-a, lean-a) and one of the full check only (culture-b).
const twoDepthBank = {
  bankVersion: 2,
  questions: [
    fixtureQuestion('culture-a', 'culture', { quick: true }),
    fixtureQuestion('culture-b', 'culture'),
    fixtureQuestion('lean-a', 'lean', { quick: true }),
  ],
}

test('a start choice resumes at the last step at the same depth, and the full check after a quick one at its first open step', () => {
  const saved = { answers: { 'culture-a': 3, 'lean-a': 1 }, dora: {}, lastStep: 4 } as const
  // Nothing chosen, or the saved depth (full when none was saved): where the person left, nothing recorded.
  expect(resumePoint(twoDepthBank, saved, undefined)).toEqual({ depth: 'full', step: 4, depthChanged: false })
  expect(resumePoint(twoDepthBank, saved, 'full')).toEqual({ depth: 'full', step: 4, depthChanged: false })
  expect(resumePoint(twoDepthBank, { ...saved, depth: 'quick' }, 'quick')).toEqual({
    depth: 'quick',
    step: 4,
    depthChanged: false,
  })
  // Full after quick: culture-b is open, so Culture (1), with both quick answers kept.
  expect(resumePoint(twoDepthBank, { ...saved, depth: 'quick' }, 'full')).toEqual({
    depth: 'full',
    step: 1,
    depthChanged: true,
  })
})

test('the quick check chosen over a full check with answers goes on with the full check where it was, and says so', () => {
  const saved = { answers: { 'culture-a': 3, 'culture-b': 2 }, dora: {}, lastStep: 2 } as const
  // A full check (none saved reads as full) with two answers, left at Automation (2): it stays full at step 2, not
  // the quick check's first open step (Culture answered, Automation asks nothing, so Lean, 3), and records nothing.
  expect(resumePoint(twoDepthBank, saved, 'quick')).toEqual({
    depth: 'full',
    step: 2,
    depthChanged: false,
    notTaken: 'quick',
  })
  // A DORA answer alone is an answer too: left at DORA (6), the full check goes on there.
  expect(
    resumePoint(
      twoDepthBank,
      { answers: {}, dora: { leadTime: 'lt-lt-1h' }, lastStep: 6, depth: 'full' },
      'quick',
    ),
  ).toEqual({ depth: 'full', step: 6, depthChanged: false, notTaken: 'quick' })
  // No answer yet (the full check opened and left at step 2): the quick check is taken, at its first open step (1).
  expect(resumePoint(twoDepthBank, { answers: {}, dora: {}, lastStep: 2, depth: 'full' }, 'quick')).toEqual({
    depth: 'quick',
    step: 1,
    depthChanged: true,
  })
})

test('any pillar or DORA answer counts as an answer, "Don\'t know" too', () => {
  expect(hasAnyAnswer({ answers: {}, dora: {} })).toBe(false)
  expect(hasAnyAnswer({ answers: { 'culture-a': 'dont-know' }, dora: {} })).toBe(true)
  expect(hasAnyAnswer({ answers: {}, dora: { changeFailureRate: 'dont-know' } })).toBe(true)
})

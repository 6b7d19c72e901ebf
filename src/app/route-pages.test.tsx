import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import { getQuestionnaireSteps } from '../domain/bank/questionnaire-steps.ts'
import { encodeShareCode } from '../domain/formats/share-code.ts'
import { hrefOf, type Route, type RouteCalled } from '../domain/routes/route-table.ts'
import { renderApp } from '../test-support/render-app.tsx'
import { responseAt } from '../test-support/team-responses.ts'

const steps = getQuestionnaireSteps(QUESTION_BANK)
const [firstStep, secondStep] = steps
const cultureStep = steps.find((step) => step.kind === 'pillar' && step.questions[0]?.pillar === 'culture')
const cultureQuestion = QUESTION_BANK.questions.find((question) => question.pillar === 'culture')

/**
 * One example per route and the heading its page shows. Typed over every route name, so a route added to the route
 * table does not compile here until it has an example, and so a page.
 */
const EXAMPLES: { [Name in Route['name']]: { route: RouteCalled<Name>; heading: string } } = {
  start: { route: { name: 'start' }, heading: 'CALMS Radar' },
  // With nothing answered yet, the self-check resumes at its first step.
  resume: { route: { name: 'resume' }, heading: firstStep?.title ?? '' },
  step: { route: { name: 'step', step: 2 }, heading: secondStep?.title ?? '' },
  results: { route: { name: 'results' }, heading: 'Results' },
  'change-answer': {
    route: { name: 'change-answer', questionId: cultureQuestion?.id ?? '' },
    heading: cultureStep?.title ?? '',
  },
  team: { route: { name: 'team' }, heading: 'Team' },
  // Nobody has answered in a fresh browser.
  present: { route: { name: 'present' }, heading: 'Nothing to present yet' },
  coach: { route: { name: 'coach' }, heading: 'Coach' },
  shared: {
    route: { name: 'shared', code: encodeShareCode(responseAt(2), QUESTION_BANK) },
    heading: 'Shared answers',
  },
  'not-found': { route: { name: 'not-found', path: '/nowhere' }, heading: 'Page not found' },
}

test.each(Object.entries(EXAMPLES))('the %s route shows its page, with its heading', async (_, example) => {
  expect(example.heading).not.toBe('')
  await renderApp(hrefOf(example.route))
  expect(await screen.findByRole('heading', { level: 1, name: example.heading })).toBeInTheDocument()
})

test('the main navigation links the self-check, the results and the team, and marks the page shown', async () => {
  await renderApp(hrefOf({ name: 'team' }))
  const nav = screen.getByRole('navigation', { name: 'Main' })
  expect(
    within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Self-check', 'Results', 'Team'])
  expect(within(nav).getByRole('link', { name: 'Team' })).toHaveAttribute('aria-current', 'page')
  expect(within(nav).getByRole('link', { name: 'Results' })).not.toHaveAttribute('aria-current')
})

test('a page moved to starts at its top; the first page, and a start choice corrected to its step, are not scrolled', async () => {
  const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
  try {
    const { user } = await renderApp('#/')
    expect(scrollTo).not.toHaveBeenCalled()
    // To "#/self-check", a new page; then corrected in place to "#/step/1", the same page.
    await user.click(await screen.findByRole('link', { name: 'Start self-check' }))
    expect(await screen.findByRole('heading', { level: 1, name: firstStep?.title ?? '' })).toBeInTheDocument()
    // Waited for, not read at once: on a loaded machine the correction can land a task after the heading.
    await waitFor(() => expect(window.location.hash).toBe('#/step/1'))
    await waitFor(() => expect(scrollTo).toHaveBeenCalledTimes(1))
    await user.click(screen.getByRole('link', { name: 'Team' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument()
    await waitFor(() => expect(scrollTo).toHaveBeenCalledTimes(2))
  } finally {
    scrollTo.mockRestore()
  }
})

import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS } from '../../domain/dora/dora-metrics.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { FULL_CHECK_ITEMS, QUICK_CHECK_ITEMS } from '../../test-support/bank-counts.ts'
import { renderApp } from '../../test-support/render-app.tsx'

const culture = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')
const firstCulture = culture[0]
if (!firstCulture) throw new Error('the bank has no culture question')

test('each question is a radio group, options from least to most mature, then "Don\'t know"', async () => {
  await renderApp('#/step/1')
  expect(await screen.findByRole('heading', { level: 1, name: 'Culture' })).toBeInTheDocument()
  expect(screen.getByText('Step 1 of 6')).toBeInTheDocument()
  const group = screen.getByRole('radiogroup', { name: `1. ${firstCulture.text}` })
  const labels = within(group)
    .getAllByRole('radio')
    .map((radio) => radio.closest('label')?.textContent)
  expect(labels).toEqual([
    ...firstCulture.options,
    "Don't know",
    ...(firstCulture.allowNotApplicable ? ['Not applicable'] : []),
  ])
  expect(within(group).getByText(firstCulture.why)).toBeInTheDocument()
})

test('an answer is saved as it is given and counted in the progress', async () => {
  const { user } = await renderApp('#/step/1')
  const group = await screen.findByRole('radiogroup', { name: `1. ${firstCulture.text}` })
  await user.click(within(group).getByRole('radio', { name: firstCulture.options[3] }))
  expect(within(group).getByRole('radio', { name: firstCulture.options[3] })).toBeChecked()
  expect(screen.getByText(`1 of ${FULL_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
  const saved = JSON.parse(localStorage.getItem('calms-radar:self-check') ?? '{}') as {
    state: { answers: Record<string, unknown> }
  }
  expect(saved.state.answers).toEqual({ [firstCulture.id]: 3 })
})

test('Next with unanswered questions asks to confirm skipping, announces it and focuses the first problem', async () => {
  const { user } = await renderApp('#/step/1')
  const group = await screen.findByRole('radiogroup', { name: `1. ${firstCulture.text}` })
  await user.click(within(group).getByRole('radio', { name: "Don't know" }))
  await user.click(screen.getByRole('button', { name: 'Next' }))

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(`${culture.length - 1} questions on this step have no answer yet.`)
  const second = screen.getByRole('radiogroup', { name: `2. ${culture[1]?.text ?? ''}` })
  expect(within(second).getAllByRole('radio')[0]).toHaveFocus()
  expect(second).toHaveAccessibleDescription('Choose an answer, or "Don\'t know" if you are not sure.')
  expect(second).toBeInvalid()
  expect(group).toBeValid()
  // Answering a question takes its error away at once; the others keep theirs.
  await user.click(within(second).getByRole('radio', { name: "Don't know" }))
  expect(second).not.toHaveAccessibleDescription()
  expect(second).toBeValid()
  expect(alert).toHaveTextContent(`${culture.length - 2} questions on this step have no answer yet.`)
  // The choice to skip sits with the message above the questions, not below the last one.
  expect(alert.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  // Still on step 1: nothing is skipped without saying so.
  expect(screen.getByRole('heading', { level: 1, name: 'Culture' })).toBeInTheDocument()

  await user.click(within(alert).getByRole('button', { name: 'Skip unanswered and continue' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Automation' })).toBeInTheDocument()
  expect(screen.getByText('Step 2 of 6')).toBeInTheDocument()
})

test('a fully answered step goes on with Next; the last step reads "See results"', async () => {
  const { user } = await renderApp('#/step/6')
  expect(await screen.findByRole('heading', { level: 1, name: 'DORA outcomes' })).toBeInTheDocument()
  for (const [index, metric] of DORA_METRICS.entries()) {
    const { label, question } = DORA_METRIC_DEFINITIONS[metric]
    const group = screen.getByRole('radiogroup', { name: `${index + 1}. ${label}: ${question}` })
    await user.click(within(group).getAllByRole('radio')[1] as HTMLElement)
  }
  await user.click(screen.getByRole('button', { name: 'See results' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Results' })).toBeInTheDocument()
})

test('coming back later resumes at the step where the person left, with every answer in place', async () => {
  const first = await renderApp('#/step/1')
  const group = await screen.findByRole('radiogroup', { name: `1. ${firstCulture.text}` })
  await first.user.click(within(group).getByRole('radio', { name: firstCulture.options[4] }))
  await first.user.click(screen.getByRole('button', { name: 'Next' }))
  await first.user.click(await screen.findByRole('button', { name: 'Skip unanswered and continue' }))
  expect(await screen.findByText('Step 2 of 6')).toBeInTheDocument()
  first.unmount()

  const again = await renderApp('#/')
  await again.user.click(await screen.findByRole('link', { name: 'Start self-check' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Automation' })).toBeInTheDocument()
  await again.user.click(screen.getByRole('button', { name: 'Back' }))
  const resumed = await screen.findByRole('radiogroup', { name: `1. ${firstCulture.text}` })
  expect(within(resumed).getByRole('radio', { name: firstCulture.options[4] })).toBeChecked()
})

test('"Start over" asks first, and only then deletes the answers', async () => {
  const { user } = await renderApp('#/step/1')
  const group = await screen.findByRole('radiogroup', { name: `1. ${firstCulture.text}` })
  await user.click(within(group).getByRole('radio', { name: firstCulture.options[2] }))
  await user.click(screen.getByRole('button', { name: 'Start over' }))
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(within(group).getByRole('radio', { name: firstCulture.options[2] })).toBeChecked()

  await user.click(screen.getByRole('button', { name: 'Start over' }))
  await user.click(screen.getByRole('button', { name: 'Delete my answers' }))
  expect(await screen.findByText(`0 of ${FULL_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
  expect(within(group).getByRole('radio', { name: firstCulture.options[2] })).not.toBeChecked()
})

test('"Start quick check" asks only the quick questions, and the depth is kept when the person comes back', async () => {
  const quickCulture = culture.filter((question) => question.quick === true)
  const first = await renderApp('#/')
  await first.user.click(await screen.findByRole('link', { name: 'Start quick check' }))
  const heading = await screen.findByRole('heading', { level: 1, name: 'Culture' })
  expect(screen.getByText('Step 1 of 6 · quick check')).toBeInTheDocument()
  // The address names the step shown, in place of the start choice's, and the page heading has the focus.
  expect(window.location.hash).toBe('#/step/1')
  expect(heading).toHaveFocus()
  // The quick questions and the DORA outcomes.
  expect(screen.getByText(`0 of ${QUICK_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
  expect(screen.getAllByRole('radiogroup', { name: /^\d\. / })).toHaveLength(quickCulture.length)
  const group = screen.getByRole('radiogroup', { name: `1. ${quickCulture[0]?.text ?? ''}` })
  await first.user.click(within(group).getAllByRole('radio')[2] as HTMLElement)
  first.unmount()

  const again = await renderApp('#/self-check')
  expect(await screen.findByText(`1 of ${QUICK_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
  expect(screen.getAllByRole('radiogroup', { name: /^\d\. / })).toHaveLength(quickCulture.length)
  again.unmount()
})

test('"Start quick check" over a full check with an answer goes on with the full check, says so, and keeps the answer', async () => {
  const first = await renderApp('#/self-check/full')
  const group = await screen.findByRole('radiogroup', { name: `1. ${firstCulture.text}` })
  await first.user.click(within(group).getByRole('radio', { name: firstCulture.options[1] }))
  await first.user.click(screen.getByRole('button', { name: 'Next' }))
  await first.user.click(screen.getByRole('button', { name: 'Skip unanswered and continue' }))
  await screen.findByRole('heading', { level: 1, name: 'Automation' })
  first.unmount()

  const again = await renderApp('#/self-check/quick')
  // Where the full check was left (Automation, step 2), not the quick check's first open step, with no suffix.
  expect(await screen.findByRole('heading', { level: 1, name: 'Automation' })).toBeInTheDocument()
  expect(screen.getByText('Step 2 of 6')).toBeInTheDocument()
  expect(screen.getByText(`1 of ${FULL_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
  expect(
    screen.getByText(/^You are continuing your full check, with every answer kept\./),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Start fresh on the start page' })).toHaveAttribute('href', '#/')
  expect(window.location.hash).toBe('#/step/2')
  const saved = JSON.parse(localStorage.getItem('calms-radar:self-check') ?? '{}') as {
    state: { depth?: string; answers: Record<string, unknown> }
  }
  // The full check was never recorded (none saved reads as full), and the quick one is not recorded either.
  expect(saved.state.depth).toBeUndefined()
  expect(saved.state.answers).toEqual({ [firstCulture.id]: 1 })
  // Said on the step it was opened at only.
  await again.user.click(screen.getByRole('button', { name: 'Back' }))
  await screen.findByRole('heading', { level: 1, name: 'Culture' })
  expect(screen.queryByText(/You are continuing your full check/)).not.toBeInTheDocument()
  again.unmount()
})

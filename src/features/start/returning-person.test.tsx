import { render, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { BANK_VERSION, QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { MAX_SNAPSHOTS } from '../../domain/storage/snapshots.ts'
import { createEmptyAssessment } from '../../domain/storage/stored-assessment.ts'
import { reloadStores } from '../../test-support/fresh-stores.ts'
import { renderApp } from '../../test-support/render-app.tsx'
import { ReturningPerson } from './returning-person.tsx'

const culture = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')
// Built in the local time zone, as the heading reads it.
const FIFTH_DECEMBER = new Date(2026, 11, 5, 9, 30).getTime()

function storeSelfCheck(state: object) {
  localStorage.setItem(
    'calms-radar:self-check',
    JSON.stringify({
      version: 3,
      state: { ...createEmptyAssessment(BANK_VERSION), ...state },
    }),
  )
}

function storeCultureAnswered() {
  storeSelfCheck({
    answers: Object.fromEntries(culture.map((question) => [question.id, 2])),
    answeredAt: Object.fromEntries(culture.map((question, index) => [question.id, FIFTH_DECEMBER - index])),
    lastStep: 2,
    depth: 'full',
  })
}

test('a self-check without an answer (a depth chosen, a step reached) shows nothing to return to', async () => {
  storeSelfCheck({ depth: 'quick', lastStep: 3 })
  await reloadStores()
  const { container } = render(<ReturningPerson />)
  expect(container).toBeEmptyDOMElement()
})

test('a returning person sees "Your results from" the day of the last answer, with "See results", "Continue" and "Start fresh"', async () => {
  storeCultureAnswered()
  await renderApp('#/')
  const section = await screen.findByRole('region', { name: 'Your results from 5 December 2026' })
  // Every Culture question of the full check; the full check asks all of the bank's questions and 4 DORA outcomes.
  expect(section).toHaveTextContent(
    `Your full check: ${culture.length} of ${QUESTION_BANK.questions.length + 4} questions answered.`,
  )
  expect(within(section).getByRole('link', { name: 'See results' })).toHaveAttribute('href', '#/results')
  // The self-check's own address: the saved depth at the saved step.
  expect(within(section).getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '#/self-check')
  expect(within(section).getByRole('button', { name: 'Start fresh' })).toHaveAccessibleDescription(
    /keeps these answers as a snapshot/,
  )
  // Below the start choices, which it never moves.
  const quick = screen.getByRole('link', { name: 'Start quick check' })
  expect(quick.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
})

test('"Start fresh" keeps the answers as a snapshot, clears them, says so and moves the focus to what it says', async () => {
  storeCultureAnswered()
  const { user } = await renderApp('#/')
  const section = await screen.findByRole('region', { name: /^Your results from/ })
  await user.click(within(section).getByRole('button', { name: 'Start fresh' }))

  const heading = screen.getByRole('heading', { level: 2, name: 'Started fresh' })
  expect(heading).toHaveFocus()
  expect(within(section).getByRole('status')).toHaveTextContent(
    /^Your answers are kept as the snapshot “\d{4}-\d\d-\d\d Kept when starting fresh”: choose it under “Compare with” on your new results\. Choose a check above to start\.$/,
  )
  expect(within(section).queryByRole('button', { name: 'Start fresh' })).not.toBeInTheDocument()
  const snapshots = JSON.parse(localStorage.getItem('calms-radar:snapshots') ?? '{}') as {
    state: { snapshots: { label: string; answers: Record<string, unknown> }[] }
  }
  expect(snapshots.state.snapshots).toEqual([
    expect.objectContaining({
      label: 'Kept when starting fresh',
      answers: Object.fromEntries(culture.map((question) => [question.id, 2])),
    }),
  ])
  const selfCheck = JSON.parse(localStorage.getItem('calms-radar:self-check') ?? '{}') as {
    state: { answers: Record<string, unknown> }
  }
  expect(selfCheck.state.answers).toEqual({})
  // The two start choices stay, to take the new check at either depth.
  expect(screen.getByRole('link', { name: 'Start quick check' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Start self-check' })).toBeInTheDocument()
})

test('with no room for another snapshot, "Start fresh" says why and keeps the answers', async () => {
  storeCultureAnswered()
  const full = Array.from({ length: MAX_SNAPSHOTS }, (_, index) => ({
    id: `snapshot-${index}`,
    takenAt: '2026-11-01T09:00:00Z',
    label: `Week ${index + 1}`,
    bankVersion: BANK_VERSION,
    answers: {},
    dora: {},
  }))
  localStorage.setItem('calms-radar:snapshots', JSON.stringify({ version: 2, state: { snapshots: full } }))
  const { user } = await renderApp('#/')
  const section = await screen.findByRole('region', { name: /^Your results from/ })
  await user.click(within(section).getByRole('button', { name: 'Start fresh' }))
  expect(within(section).getByRole('alert')).toHaveTextContent(
    `You already have ${MAX_SNAPSHOTS} snapshots, the most this app keeps.`,
  )
  expect(section).toHaveAccessibleName('Your results from 5 December 2026')
  const selfCheck = JSON.parse(localStorage.getItem('calms-radar:self-check') ?? '{}') as {
    state: { answers: Record<string, unknown> }
  }
  expect(Object.keys(selfCheck.state.answers)).toHaveLength(culture.length)
})

test('opened from an invitation, "Continue" carries it on, so the check asks first about answers for another session', async () => {
  storeCultureAnswered()
  await renderApp('#/join/December%20retro')
  const section = await screen.findByRole('region', { name: /^Your results from/ })
  expect(within(section).getByRole('link', { name: 'Continue' })).toHaveAttribute(
    'href',
    '#/self-check/join/December%20retro',
  )
})

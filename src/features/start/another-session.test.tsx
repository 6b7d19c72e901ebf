import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { BANK_VERSION, QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { liveInvitationQuery, type LiveInvitation } from '../../domain/live/live-invitation.ts'
import { createEmptyAssessment } from '../../domain/storage/stored-assessment.ts'
import { renderApp } from '../../test-support/render-app.tsx'

const culture = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')
const NOVEMBER_LIVE: LiveInvitation = {
  relay: 'wss://relay.example.org',
  room: 'NovemberRoomNovemberRo',
  facilitatorKey: `B${'n'.repeat(86)}`,
}
const DECEMBER_LIVE: LiveInvitation = { ...NOVEMBER_LIVE, room: 'DecemberRoomDecemberRo' }

/** November's retro, answered to its Automation step. */
function storeNovember(state: object = { invitation: 'November retro' }) {
  localStorage.setItem(
    'calms-radar:self-check',
    JSON.stringify({
      version: 3,
      state: {
        ...createEmptyAssessment(BANK_VERSION),
        answers: Object.fromEntries(culture.map((question) => [question.id, 2])),
        answeredAt: Object.fromEntries(culture.map((question) => [question.id, 1_000])),
        lastStep: 2,
        depth: 'full',
        ...state,
      },
    }),
  )
}

interface Stored {
  state: { answers: Record<string, unknown>; invitation?: string; liveInvitation?: LiveInvitation }
}
const readSelfCheck = () => JSON.parse(localStorage.getItem('calms-radar:self-check') ?? '{}') as Stored
const readSnapshots = () =>
  JSON.parse(localStorage.getItem('calms-radar:snapshots') ?? '{"state":{"snapshots":[]}}') as {
    state: { snapshots: { label: string }[] }
  }

test('December\'s invitation over November\'s answers asks first; "Start fresh" keeps them as a snapshot and starts at step 1', async () => {
  storeNovember()
  const { user } = await renderApp(
    `#/self-check/quick/join/December%20retro${liveInvitationQuery(DECEMBER_LIVE)}`,
  )
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: 'You have answers from an earlier session',
  })
  expect(heading.parentElement).toHaveTextContent(
    'This browser holds answers you gave for \u201cNovember retro\u201d. You are now invited to \u201cDecember retro\u201d.',
  )
  // Nothing is remembered before the person chooses.
  expect(readSelfCheck().state.invitation).toBe('November retro')
  expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Start fresh' }))

  expect(await screen.findByRole('heading', { level: 1, name: 'Culture' })).toBeInTheDocument()
  expect(screen.getByText(/^Step 1 of/)).toBeInTheDocument()
  expect(window.location.hash).toBe('#/step/1')
  const stored = readSelfCheck().state
  expect(stored.answers).toEqual({})
  expect(stored.invitation).toBe('December retro')
  expect(stored.liveInvitation).toEqual(DECEMBER_LIVE)
  expect(readSnapshots().state.snapshots).toEqual([
    expect.objectContaining({ label: 'Kept when starting fresh' }),
  ])
})

test('"Review my earlier answers" keeps them, remembers the new invitation and goes on where they were left', async () => {
  storeNovember({ invitation: 'November retro', liveInvitation: NOVEMBER_LIVE })
  const { user } = await renderApp(
    `#/self-check/full/join/November%20retro${liveInvitationQuery(DECEMBER_LIVE)}`,
  )
  // The same name in another live room is another session.
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: 'You have answers from an earlier session',
  })
  expect(heading.parentElement).toHaveTextContent(
    'answers you gave in another session called \u201cNovember retro\u201d',
  )

  await user.click(screen.getByRole('button', { name: 'Review my earlier answers' }))

  expect(await screen.findByRole('heading', { level: 1, name: 'Automation' })).toBeInTheDocument()
  const stored = readSelfCheck().state
  expect(Object.keys(stored.answers)).toHaveLength(culture.length)
  expect(stored.liveInvitation).toEqual(DECEMBER_LIVE)
  expect(readSnapshots().state.snapshots).toEqual([])
})

test('answers given without an invitation are another session too', async () => {
  storeNovember({})
  await renderApp('#/self-check/quick/join/December%20retro')
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: 'You have answers from an earlier session',
  })
  expect(heading.parentElement).toHaveTextContent(
    'This browser holds answers you gave without an invitation.',
  )
})

test('the same session, name and room, asks nothing and goes on where it was left', async () => {
  storeNovember({ invitation: 'November retro', liveInvitation: NOVEMBER_LIVE })
  await renderApp(`#/self-check/full/join/November%20retro${liveInvitationQuery(NOVEMBER_LIVE)}`)
  expect(await screen.findByRole('heading', { level: 1, name: 'Automation' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Start fresh' })).not.toBeInTheDocument()
})

test('the start page over answers for another session leaves the stored invitation for the question to settle', async () => {
  storeNovember()
  await renderApp('#/join/December%20retro')
  const quick = await screen.findByRole('link', { name: 'Start quick check' })
  expect(quick).toHaveAttribute('href', '#/self-check/quick/join/December%20retro')
  await screen.findByRole('region', { name: /^Your results from/ })
  expect(readSelfCheck().state.invitation).toBe('November retro')
})

test('with no answers, the start page remembers the invitation and its live session at once', async () => {
  await renderApp(`#/join/quick/December%20retro${liveInvitationQuery(DECEMBER_LIVE)}`)
  expect(await screen.findByRole('link', { name: 'Start quick check' })).toHaveAttribute(
    'href',
    `#/self-check/quick/join/December%20retro${liveInvitationQuery(DECEMBER_LIVE)}`,
  )
  await expect.poll(() => readSelfCheck().state.liveInvitation).toEqual(DECEMBER_LIVE)
  expect(readSelfCheck().state.invitation).toBe('December retro')
})

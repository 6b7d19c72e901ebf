import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { getBank } from '../../domain/bank/bank-registry.ts'
import { BANK_VERSION, QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { decodeShareCode, extractShareCode } from '../../domain/formats/share-code.ts'
import { renderApp } from '../../test-support/render-app.tsx'

// A function declaration below cannot see a narrowing done at module level, so the question is checked here.
const first = (() => {
  const [question] = QUESTION_BANK.questions
  if (!question) throw new Error('the bank has no question')
  return question
})()

function saveOneAnswer() {
  localStorage.setItem(
    'calms-radar:self-check',
    JSON.stringify({
      version: 2,
      state: {
        bankVersion: BANK_VERSION,
        answers: { [first.id]: 3 },
        dora: {},
        answeredAt: { [first.id]: Date.UTC(2026, 10, 20, 9, 0, 0) },
        lastStep: 6,
        resetAt: 0,
      },
    }),
  )
}

test('"Copy share link" copies a link that carries the answers, alias and role, and nothing else', async () => {
  saveOneAnswer()
  const { user } = await renderApp('#/results')
  await user.type(await screen.findByLabelText('Name or alias (optional)'), 'Ana')
  await user.selectOptions(screen.getByLabelText('Role (optional)'), 'Operations')
  await user.click(screen.getByRole('button', { name: 'Copy share link' }))

  expect(await screen.findByText('Share link copied. Paste it to your facilitator.')).toBeInTheDocument()
  const copied = await navigator.clipboard.readText()
  expect(screen.getByLabelText('Your share link')).toHaveValue(copied)
  const decoded = decodeShareCode(extractShareCode(copied) ?? '', getBank)
  expect(decoded).toEqual({
    ok: true,
    value: {
      bankVersion: BANK_VERSION,
      answers: { [first.id]: 3 },
      dora: {},
      alias: 'Ana',
      role: 'operations',
      createdAt: '2026-11-20T09:00:00Z',
    },
  })
})

test('the alias and role are remembered with the self-check, so they are typed once', async () => {
  saveOneAnswer()
  const first = await renderApp('#/results')
  await first.user.type(await screen.findByLabelText('Name or alias (optional)'), 'Bo')
  await first.user.selectOptions(screen.getByLabelText('Role (optional)'), 'QA / testing')
  first.unmount()

  await renderApp('#/results')
  expect(await screen.findByLabelText('Name or alias (optional)')).toHaveValue('Bo')
  expect(screen.getByLabelText('Role (optional)')).toHaveValue('qa')
})

test('the link is said to be private where it is copied, and without a share sheet there is no "Send" button', async () => {
  saveOneAnswer()
  await renderApp('#/results')
  expect(
    await screen.findByText(
      'Anyone who has this link can see your answers: send it to your facilitator directly rather than posting it to a group.',
    ),
  ).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Send to facilitator' })).not.toBeInTheDocument()
})

describe('on a device with a share sheet', () => {
  const share = vi.fn<(data: ShareData) => Promise<void>>()
  beforeEach(() => {
    share.mockReset()
    Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true })
  })
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share')
  })

  test('"Send to facilitator" is the first button, and hands the same link to the share sheet', async () => {
    share.mockResolvedValue(undefined)
    saveOneAnswer()
    const { user } = await renderApp('#/results')
    const card = await screen.findByRole('region', { name: 'Share your answers with your team' })
    const send = within(card).getAllByRole('button')[0]
    expect(send).toHaveAccessibleName('Send to facilitator')
    expect(send).toHaveClass('primary')
    if (send === undefined) return
    await user.click(send)
    const link = screen.getByLabelText<HTMLInputElement>('Your share link').value
    expect(share).toHaveBeenCalledWith({ title: 'My CALMS Radar answers', url: link })
    expect(await screen.findByText('Share link sent.')).toBeInTheDocument()
    expect(send).toHaveAccessibleName('Sent')
    // Copying stays, after it.
    expect(within(card).getByRole('button', { name: 'Copy share link' })).not.toHaveClass('primary')
  })

  test('closing the share sheet says nothing; a failing one points to copying', async () => {
    share.mockRejectedValueOnce(new DOMException('closed', 'AbortError'))
    share.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'))
    saveOneAnswer()
    const { user } = await renderApp('#/results')
    const send = await screen.findByRole('button', { name: 'Send to facilitator' })
    await user.click(send)
    expect(share).toHaveBeenCalledTimes(1)
    expect(screen.queryByText(/Share link sent|could not open/)).not.toBeInTheDocument()
    await user.click(send)
    expect(
      await screen.findByText('Your device could not open its share sheet: copy the link instead.'),
    ).toBeInTheDocument()
  })
})

test('invited through a link, the results open with "Send your answers to <session>", remembered on reload', async () => {
  const invited = await renderApp('#/join/Payments%20retro')
  expect(await screen.findByText(/You are invited to the session/)).toBeInTheDocument()
  // The start page loads the store only for an invitation, so the session is saved a moment after it shows.
  await waitFor(() => expect(localStorage.getItem('calms-radar:self-check')).toContain('Payments retro'))
  invited.unmount()
  // Then the person answers (written as the questionnaire would, the invitation kept with the answer).
  const stored = JSON.parse(localStorage.getItem('calms-radar:self-check') ?? '{}') as { state: object }
  localStorage.setItem(
    'calms-radar:self-check',
    JSON.stringify({
      ...stored,
      state: { ...stored.state, answers: { [first.id]: 3 }, answeredAt: { [first.id]: Date.now() } },
    }),
  )

  const { user } = await renderApp('#/results')
  const card = await screen.findByRole('region', { name: 'Send your answers to Payments retro' })
  expect(screen.queryByRole('heading', { name: 'Share your answers with your team' })).not.toBeInTheDocument()
  // The card comes before the radar, at the top of the results.
  const radar = screen.getByRole('heading', { name: 'Your radar' })
  expect(card.compareDocumentPosition(radar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  await user.click(within(card).getByRole('button', { name: 'Copy share link' }))
  expect(
    await within(card).findByText('Share link copied. Paste it to your facilitator.'),
  ).toBeInTheDocument()
})

test('without a share sheet the first button copies, and says "Copied" on itself for a few seconds', async () => {
  saveOneAnswer()
  const { user } = await renderApp('#/results')
  const card = await screen.findByRole('region', { name: 'Share your answers with your team' })
  const [firstButton] = within(card).getAllByRole('button')
  expect(firstButton).toHaveAccessibleName('Copy share link')
  expect(firstButton).toHaveClass('primary')
  if (firstButton === undefined) return
  await user.click(firstButton)
  expect(firstButton).toHaveAccessibleName('Copied')
  // Said for screen readers too, where the status line announces it.
  expect(within(card).getByRole('status')).toHaveTextContent('Share link copied.')
  await waitFor(() => expect(firstButton).toHaveAccessibleName('Copy share link'), { timeout: 5000 })
})

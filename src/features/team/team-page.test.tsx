import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { serializeResponseFile, type Response } from '../../domain/formats/response.ts'
import { encodeShareCode } from '../../domain/formats/share-code.ts'
import { renderApp } from '../../test-support/render-app.tsx'

const culture = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')

/** Everyone answers every culture question at one level. */
function responseAt(level: 0 | 1 | 2 | 3 | 4, extra: Partial<Response> = {}): Response {
  return {
    bankVersion: 1,
    answers: Object.fromEntries(culture.map((question) => [question.id, level])),
    dora: { deploymentFrequency: level > 2 ? 'df-on-demand' : 'df-monthly-6m' },
    createdAt: `2026-11-2${level}T10:00:00Z`,
    ...extra,
  }
}

const link = (response: Response) =>
  `https://example.org/calms/#/r/${encodeShareCode(response, QUESTION_BANK)}`

test('pasted links are added, a bad line is named without blocking the good ones, a repeat counts once', async () => {
  const { user } = await renderApp('#/team')
  const paste = await screen.findByLabelText('Paste share links or codes, one per line')
  const text = [
    link(responseAt(1, { alias: 'Ana' })),
    'hello there',
    link(responseAt(3)),
    link(responseAt(1, { alias: 'Ana' })),
  ]
  await user.click(paste)
  await user.paste(text.join('\n'))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))

  const status = await screen.findByText(/^Added 2 responses\./)
  expect(status).toHaveTextContent('1 was already in the team view and counted once. 1 could not be read:')
  expect(
    screen.getByText(/^Line 2: "hello there" is not a CALMS Radar share link or code\./),
  ).toBeInTheDocument()
  const list = screen.getByRole('table', { name: 'Responses in this team view' })
  expect(within(list).getByRole('rowheader', { name: 'Ana' })).toBeInTheDocument()
  expect(within(list).getByRole('rowheader', { name: 'Respondent 2' })).toBeInTheDocument()
})

test('with fewer than three responses the spread is hidden until the facilitator confirms', async () => {
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  await user.paste([link(responseAt(1)), link(responseAt(3))].join('\n'))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))

  const table = await screen.findByRole('table', { name: 'Team scores by CALMS pillar' })
  // Culture: one person at 25, one at 75 -> median (25 + 75) / 2 = 50; min 25, max 75.
  const culturRow = within(table).getByRole('row', { name: /Culture/ })
  expect(
    within(culturRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['2', '50', 'shown from 3 responses', 'shown from 3 responses', '-'])
  expect(screen.queryByRole('heading', { name: 'Where we disagree' })).not.toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Show the spread anyway' }))
  expect(
    within(culturRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual([
    '2',
    '50',
    '25',
    '75',
    // Interquartile range with linear interpolation: q1 = 25 + 0.25 * 50 = 37.5, q3 = 62.5 -> 25 (medium).
    'medium (25)',
  ])
  expect(screen.getByRole('heading', { name: 'Where we disagree' })).toBeInTheDocument()
})

test('a response can be removed, and the session name is kept', async () => {
  const { user } = await renderApp('#/team')
  await user.type(await screen.findByLabelText('Session name'), 'Payments retro')
  await user.click(screen.getByLabelText('Paste share links or codes, one per line'))
  await user.paste(link(responseAt(2, { alias: 'Bo' })))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))
  await user.click(await screen.findByRole('button', { name: 'Remove Bo' }))
  expect(screen.getByRole('heading', { name: 'Responses (0)' })).toBeInTheDocument()

  const again = await renderApp('#/team')
  expect(await screen.findByLabelText('Session name')).toHaveValue('Payments retro')
  again.unmount()
})

test('a share link opens read-only with "Add to my team view", and never touches the own answers', async () => {
  const response = responseAt(4, { alias: 'Chi', role: 'operations' })
  const { user } = await renderApp(`#/r/${encodeShareCode(response, QUESTION_BANK)}`)
  expect(await screen.findByRole('heading', { level: 1, name: 'Shared answers' })).toBeInTheDocument()
  expect(screen.getByText(/Answers from/)).toHaveTextContent(
    'Answers from Chi (Operations), given on 2026-11-24.',
  )
  await user.click(screen.getByRole('button', { name: 'Add to my team view' }))
  expect(screen.getByRole('status')).toHaveTextContent('Added to your team view.')
  expect(localStorage.getItem('calms-radar:self-check')).toBeNull()
})

test('a broken share link says what is wrong', async () => {
  const code = encodeShareCode(responseAt(2), QUESTION_BANK)
  await renderApp(`#/r/${code.slice(0, 12)}`)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This share link cannot be opened' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Ask the person to copy their share link again/)).toBeInTheDocument()
})

test('several response files can be chosen at once; a broken one is named, the good one goes in', async () => {
  const { user } = await renderApp('#/team')
  const good = new File([serializeResponseFile(responseAt(2, { alias: 'Dee' }), '0.1.0')], 'dee.json', {
    type: 'application/json',
  })
  const broken = new File(['{"format":"calms-radar-response","version":1}'], 'broken.json', {
    type: 'application/json',
  })
  await user.upload(await screen.findByLabelText('Choose response files'), [good, broken])
  expect(await screen.findByText(/^Added 1 response\./)).toHaveTextContent('1 could not be read:')
  expect(screen.getByText(/^broken\.json: /)).toBeInTheDocument()
  expect(screen.getByRole('rowheader', { name: 'Dee' })).toBeInTheDocument()
})

test('the invitation QR code and link point at this app and name the session', async () => {
  const { user } = await renderApp('#/team')
  await user.type(await screen.findByLabelText('Session name'), 'Retro')
  const link = screen.getByRole('link', { name: /#\/join\/Retro$/ })
  expect(screen.getByRole('img', { name: `QR code for ${link.textContent}` })).toBeInTheDocument()
})

import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { encodeShareCode } from '../../domain/formats/share-code.ts'
import { FULL_QUESTIONS, QUICK_QUESTIONS } from '../../test-support/bank-counts.ts'
import { renderApp } from '../../test-support/render-app.tsx'
import { responseAt } from '../../test-support/team-responses.ts'

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

test('a shared pillar score on fewer than half of its answers is shown as uncertain', async () => {
  // culture-postmortem-actions is asked by the full check only, so this is a full check. Culture: one "Not
  // applicable" and one level 4 of 6 questions: 100 on 1 of 5 applicable answers.
  const response = responseAt(4, {
    answers: { 'culture-dev-on-call': 'not-applicable', 'culture-postmortem-actions': 4 },
  })
  await renderApp(`#/r/${encodeShareCode(response, QUESTION_BANK)}`)
  const table = await screen.findByRole('table', { name: 'Shared scores by CALMS pillar' })
  const cultureRow = within(table).getByRole('row', { name: /Culture/ })
  expect(within(cultureRow).getAllByRole('cell')[0]).toHaveTextContent(
    '100 (uncertain, based on 1 of 5 answers)',
  )
  expect(screen.getByRole('img', { name: /^Shared CALMS pillar scores/ })).toHaveAccessibleName(
    /: Culture 100 \(uncertain, based on 1 of 5 answers\), Automation not enough answers/,
  )
})

test('a shared quick check says so and is scored on the questions it asked', async () => {
  // Two of the three quick culture questions answered, one "Not applicable": 100 on 1 of the 2 that apply,
  // which is not fewer than half, so a firm score (the full check's 6 would make it 1 of 5, uncertain).
  const response = responseAt(4, {
    answers: { 'culture-dev-on-call': 'not-applicable', 'culture-blame-in-reviews': 4 },
  })
  await renderApp(`#/r/${encodeShareCode(response, QUESTION_BANK)}`)
  expect(
    await screen.findByText(
      new RegExp(`These answers are a quick check: ${QUICK_QUESTIONS} of ${FULL_QUESTIONS} questions\\.`),
    ),
  ).toBeInTheDocument()
  const table = screen.getByRole('table', { name: 'Shared scores by CALMS pillar' })
  const cultureRow = within(table).getByRole('row', { name: /Culture/ })
  expect(within(cultureRow).getAllByRole('cell')[0]).toHaveTextContent(/^100$/)
})

test('a broken share link says what is wrong', async () => {
  const code = encodeShareCode(responseAt(2), QUESTION_BANK)
  await renderApp(`#/r/${code.slice(0, 12)}`)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This share link cannot be opened' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Ask the person to copy their share link again/)).toBeInTheDocument()
})

import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { encodeShareCode } from '../../domain/formats/share-code.ts'
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
  // Culture: one "Not applicable" and one level 4 of 7 questions: 100 on 1 of 6 applicable answers.
  const response = responseAt(4, {
    answers: { 'culture-dev-on-call': 'not-applicable', 'culture-outcome-ownership': 4 },
  })
  await renderApp(`#/r/${encodeShareCode(response, QUESTION_BANK)}`)
  const table = await screen.findByRole('table', { name: 'Shared scores by CALMS pillar' })
  const cultureRow = within(table).getByRole('row', { name: /Culture/ })
  expect(within(cultureRow).getAllByRole('cell')[0]).toHaveTextContent(
    '100 (uncertain, based on 1 of 6 answers)',
  )
  expect(screen.getByRole('img', { name: /^Shared CALMS pillar scores/ })).toHaveAccessibleName(
    /: Culture 100 \(uncertain, based on 1 of 6 answers\), Automation not enough answers/,
  )
})

test('a broken share link says what is wrong', async () => {
  const code = encodeShareCode(responseAt(2), QUESTION_BANK)
  await renderApp(`#/r/${code.slice(0, 12)}`)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This share link cannot be opened' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Ask the person to copy their share link again/)).toBeInTheDocument()
})

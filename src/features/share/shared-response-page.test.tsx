import { screen } from '@testing-library/react'
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

test('a broken share link says what is wrong', async () => {
  const code = encodeShareCode(responseAt(2), QUESTION_BANK)
  await renderApp(`#/r/${code.slice(0, 12)}`)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This share link cannot be opened' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Ask the person to copy their share link again/)).toBeInTheDocument()
})

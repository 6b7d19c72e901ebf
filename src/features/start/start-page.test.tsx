import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { StartPage } from './start-page.tsx'

test('the start page names the app and offers the quick check and the full self-check, each with its time', () => {
  render(<StartPage />)
  expect(screen.getByRole('heading', { level: 1, name: 'CALMS Radar' })).toBeInTheDocument()
  // The times are computed from bank v3 (check-times.test.ts): quick 10 minutes, full 20 minutes.
  expect(screen.getByRole('link', { name: 'Start quick check' })).toHaveAccessibleDescription(
    /about 10 minutes/,
  )
  expect(screen.getByRole('link', { name: 'Start self-check' })).toHaveAccessibleDescription(
    /^The full check, about 20 minutes/,
  )
  expect(document.body).not.toHaveTextContent(/ten minutes/)
})

test('the start choices are links to the check at their depth, and from an invitation they carry it on', () => {
  const { unmount } = render(<StartPage />)
  expect(screen.getByRole('link', { name: 'Start quick check' })).toHaveAttribute(
    'href',
    '#/self-check/quick',
  )
  expect(screen.getByRole('link', { name: 'Start self-check' })).toHaveAttribute('href', '#/self-check/full')
  expect(screen.queryByText(/You are invited/)).not.toBeInTheDocument()
  unmount()

  render(<StartPage invitation="Payments retro" />)
  expect(screen.getByText(/You are invited to the session/)).toHaveTextContent(
    'You are invited to the session \u201cPayments retro\u201d. Answer the self-check',
  )
  expect(screen.getByRole('link', { name: 'Start quick check' })).toHaveAttribute(
    'href',
    '#/self-check/quick/join/Payments%20retro',
  )
  expect(screen.getByRole('link', { name: 'Start self-check' })).toHaveAttribute(
    'href',
    '#/self-check/full/join/Payments%20retro',
  )
})

test('beside the start choices, "Run a team session" is a plain link to the team page', () => {
  render(<StartPage />)
  expect(screen.getByRole('link', { name: 'Run a team session' })).toHaveAttribute('href', '#/team')
})

test('an invitation that asks for a depth names that check and makes its start choice the primary one', () => {
  const { unmount } = render(<StartPage invitation="Payments retro" depth="full" />)
  expect(screen.getByText(/You are invited to the session/)).toHaveTextContent(
    'You are invited to the session \u201cPayments retro\u201d. Answer the full self-check, then send',
  )
  expect(screen.getByRole('link', { name: 'Start self-check' })).toHaveClass('primary')
  expect(screen.getByRole('link', { name: 'Start quick check' })).not.toHaveClass('primary')
  unmount()

  render(<StartPage invitation="Payments retro" depth="quick" />)
  expect(screen.getByText(/You are invited to the session/)).toHaveTextContent('Answer the quick check, then')
  expect(screen.getByRole('link', { name: 'Start quick check' })).toHaveClass('primary')
  expect(screen.getByRole('link', { name: 'Start self-check' })).not.toHaveClass('primary')
})

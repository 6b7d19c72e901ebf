import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { StartPage } from './start-page.tsx'

test('the start page names the app and offers the quick check and the full self-check, each with its time', () => {
  render(<StartPage />)
  expect(screen.getByRole('heading', { level: 1, name: 'CALMS Radar' })).toBeInTheDocument()
  // The times are computed from bank v3 (check-times.test.ts): quick 10 minutes, full 20 minutes.
  expect(screen.getByRole('button', { name: 'Start quick check' })).toHaveAccessibleDescription(
    /about 10 minutes/,
  )
  expect(screen.getByRole('button', { name: 'Start self-check' })).toHaveAccessibleDescription(
    /^The full check, about 20 minutes/,
  )
  expect(document.body).not.toHaveTextContent(/ten minutes/)
})

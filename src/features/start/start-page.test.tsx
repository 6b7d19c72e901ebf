import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { StartPage } from './start-page.tsx'

test('the start page names the app and offers the self-check', () => {
  render(<StartPage />)
  expect(screen.getByRole('heading', { level: 1, name: 'CALMS Radar' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Start self-check' })).toBeEnabled()
})

import { render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { PageErrorBoundary } from './page-error-boundary.tsx'

function Broken(): never {
  throw new Error('a page that cannot render')
}

afterEach(() => {
  vi.restoreAllMocks()
})

test('a page that throws while rendering says the data is safe and offers a reload and the start page', () => {
  // React and the boundary both report the error to the console, which is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const { rerender } = render(
    <PageErrorBoundary resetKey="#/results">
      <Broken />
    </PageErrorBoundary>,
  )
  expect(screen.getByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeInTheDocument()
  expect(screen.getByText(/still kept in this browser/)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '#/')

  // Another page tries again.
  rerender(
    <PageErrorBoundary resetKey="#/team">
      <p>Team</p>
    </PageErrorBoundary>,
  )
  expect(screen.getByText('Team')).toBeInTheDocument()
})

test('a page that renders is shown as it is', () => {
  render(
    <PageErrorBoundary resetKey="#/results">
      <p>Your radar</p>
    </PageErrorBoundary>,
  )
  expect(screen.getByText('Your radar')).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: 'This page could not be shown' })).not.toBeInTheDocument()
})

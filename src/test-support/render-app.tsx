import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'

/**
 * Renders the whole app at a route with fresh modules, so each test gets a new store that hydrates from
 * whatever localStorage holds, exactly as a page load does.
 */
export async function renderApp(hash = '#/') {
  window.location.hash = hash
  vi.resetModules()
  const { App } = await import('../app/app.tsx')
  const user = userEvent.setup()
  const view = render(<App />)
  return { user, ...view }
}

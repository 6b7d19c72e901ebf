import { cleanup, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../app/app.tsx'
import { takeFocusRequest } from '../browser/hash-route.ts'
import { reloadStores } from './fresh-stores.ts'

/** Moves to a route and waits until the browser has told of it, so no page that mounts later hears of it. */
async function arriveAt(hash: string) {
  if (window.location.hash === hash) return
  const arrived = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }))
  window.location.hash = hash
  await arrived
}

/**
 * Renders the whole app at a route as a page load would: the page it replaces is gone, every store starts afresh
 * and hydrates from whatever localStorage holds, and no earlier navigation asks for focus. The modules stay
 * loaded, so this costs a render rather than an import of the whole app.
 */
export async function renderApp(hash = '#/') {
  cleanup()
  await arriveAt(hash)
  await reloadStores()
  takeFocusRequest()
  const user = userEvent.setup()
  const view = render(<App />)
  return { user, ...view }
}

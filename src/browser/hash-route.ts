import { useSyncExternalStore } from 'react'
import { parseRoute, type Route } from '../domain/routes/route-table.ts'

/*
 * A hash router in a few lines: the app is a static site that any CDN can host under any path, so routes live in
 * the fragment, and Back/Forward and deep links work without server rewrites. A routing library would cost more
 * first-load JavaScript than the whole start page. The routes themselves, read and written, are the domain's
 * route table; this module only connects it to the browser's address.
 */

let focusRequested = false

function subscribe(onChange: () => void) {
  const onHashChange = () => {
    focusRequested = true
    onChange()
  }
  window.addEventListener('hashchange', onHashChange)
  return () => window.removeEventListener('hashchange', onHashChange)
}

/** True once after each in-app navigation: the next page heading to mount should take focus. */
export function takeFocusRequest(): boolean {
  const requested = focusRequested
  focusRequested = false
  return requested
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  )
  return parseRoute(hash)
}

export function navigate(href: string, options: { replace?: boolean } = {}) {
  if (options.replace) window.location.replace(href)
  else window.location.hash = href.replace(/^#/, '')
}

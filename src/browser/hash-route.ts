import { useMemo, useSyncExternalStore } from 'react'
import { parseRoute, type Route } from '../domain/routes/route-table.ts'

/*
 * A hash router in a few lines: the app is a static site that any CDN can host under any path, so routes live in
 * the fragment, and Back/Forward and deep links work without server rewrites. A routing library would cost more
 * first-load JavaScript than the whole start page. The routes themselves, read and written, are the domain's
 * route table; this module only connects it to the browser's address.
 */

let focusRequested = false
/** Told of an address replaced in place, which the browser announces to no one. */
const replaceListeners = new Set<() => void>()

function subscribe(onChange: () => void) {
  const onHashChange = () => {
    focusRequested = true
    onChange()
  }
  window.addEventListener('hashchange', onHashChange)
  replaceListeners.add(onChange)
  return () => {
    window.removeEventListener('hashchange', onHashChange)
    replaceListeners.delete(onChange)
  }
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
  // One object per address, so a component can tell a new route from a re-render.
  return useMemo(() => parseRoute(hash), [hash])
}

/**
 * Goes to `href`. `replace` corrects the address of the page already shown (a resumed self-check names its step):
 * no history entry, no new page, and no focus request, since no one moved. It is told to the route's subscribers
 * straight away, not through a hashchange event a task later, so the page re-renders once, not twice.
 */
export function navigate(href: string, options: { replace?: boolean } = {}) {
  if (!options.replace) {
    window.location.hash = href.replace(/^#/, '')
    return
  }
  window.history.replaceState(window.history.state, '', href)
  for (const listener of replaceListeners) listener()
}

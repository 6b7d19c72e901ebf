import { useSyncExternalStore } from 'react'
import { parseInvitation } from '../domain/formats/invitation.ts'

/*
 * A hash router in a few lines: the app is a static site that any CDN can host under any path, so routes live in
 * the fragment, and Back/Forward and deep links work without server rewrites. A routing library would cost more
 * first-load JavaScript than the whole start page.
 */
export type Route =
  | { name: 'start'; invitation?: string }
  | { name: 'resume' }
  | { name: 'step'; step: number }
  | { name: 'results' }
  | { name: 'team' }
  | { name: 'shared'; code: string }
  | { name: 'not-found'; path: string }

/** A link that opens the start page of this very deployment, naming the session a participant is invited to. */
export function buildJoinLink(currentUrl: string, sessionName: string): string {
  const base = currentUrl.split('#')[0] ?? currentUrl
  const name = sessionName.trim()
  return name === '' ? `${base}#/` : `${base}#/join/${encodeURIComponent(name)}`
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/'
  if (path === '/' || path === '') return { name: 'start' }
  if (path === '/self-check') return { name: 'resume' }
  if (path === '/results') return { name: 'results' }
  if (path === '/team') return { name: 'team' }
  const step = /^\/step\/(\d{1,2})$/.exec(path)
  if (step?.[1]) return { name: 'step', step: Number(step[1]) }
  const join = /^\/join\/(.*)$/.exec(path)
  if (join) {
    const invitation = parseInvitation(join[1] ?? '')
    return invitation === undefined ? { name: 'start' } : { name: 'start', invitation }
  }
  const shared = /^\/r\/(.+)$/.exec(path)
  if (shared?.[1]) return { name: 'shared', code: shared[1] }
  return { name: 'not-found', path }
}

export const routes = {
  start: '#/',
  resume: '#/self-check',
  step: (step: number) => `#/step/${step}`,
  results: '#/results',
  team: '#/team',
}

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

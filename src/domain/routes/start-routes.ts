import { parseInvitation } from './invitation.ts'
import type { RouteEntry } from './route-table.ts'

/*
 * The start and resume routes of the route table (route-table.ts), in a module of their own: the prerendered start
 * page's script (src/browser/prerendered-invitation.ts) reads and writes only these two, and must stay small.
 */

/** The path a fragment holds, with or without its "#". */
export function pathOf(hash: string): string {
  return hash.replace(/^#/, '') || '/'
}

// An invitation link (`/join/<session name>`) opens the start page naming the session; a name that cannot be
// read leaves the plain start page, which is still the right place to begin.
export const START_ROUTE: RouteEntry<'start'> = {
  read: (path) => {
    if (path === '/') return { name: 'start' }
    const join = /^\/join\/(.*)$/.exec(path)
    if (join === null) return undefined
    const invitation = parseInvitation(join[1] ?? '')
    return invitation === undefined ? { name: 'start' } : { name: 'start', invitation }
  },
  write: ({ invitation }) => {
    const name = invitation?.trim() ?? ''
    return name === '' ? '/' : `/join/${encodeURIComponent(name)}`
  },
}

// "/self-check" continues at the depth the person chose before (the full check by default); a depth in the path
// chooses it. A start choice followed from an invitation link carries the invitation on (`/self-check/quick/join/
// <session name>`), so the check remembers it however soon the person taps: the start page's links work before the
// app has started, when nothing could have stored it yet.
export const RESUME_ROUTE: RouteEntry<'resume'> = {
  read: (path) => {
    const match = /^\/self-check(?:\/(quick|full))?(?:\/join\/(.*))?$/.exec(path)
    if (match === null) return undefined
    const [, depth, encodedInvitation] = match
    const invitation = encodedInvitation === undefined ? undefined : parseInvitation(encodedInvitation)
    return {
      name: 'resume',
      ...(depth === 'quick' || depth === 'full' ? { depth } : {}),
      ...(invitation === undefined ? {} : { invitation }),
    }
  },
  write: ({ depth, invitation }) => {
    const name = invitation?.trim() ?? ''
    return `/self-check${depth === undefined ? '' : `/${depth}`}${name === '' ? '' : `/join/${encodeURIComponent(name)}`}`
  },
}

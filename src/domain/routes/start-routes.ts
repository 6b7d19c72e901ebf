import type { CheckDepth } from '../bank/check-depth.ts'
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

/** The depth and the invitation a path's parts name, each left out when absent or unreadable. */
function depthAndInvitation(
  depth: string | undefined,
  encodedInvitation: string | undefined,
): { depth?: CheckDepth; invitation?: string } {
  const invitation = encodedInvitation === undefined ? undefined : parseInvitation(encodedInvitation)
  return {
    ...(depth === 'quick' || depth === 'full' ? { depth } : {}),
    ...(invitation === undefined ? {} : { invitation }),
  }
}

// An invitation link (`/join/<session name>`) opens the start page naming the session; a name that cannot be
// read leaves the plain start page, which is still the right place to begin. An invitation that asks for a depth
// says it before the name (`/join/quick/<session name>`, `/join/full/` without a name): a name is written
// percent-encoded, so it never holds the "/" that follows the depth, and a link of before, `/join/quick` included,
// still reads as the session it names.
export const START_ROUTE: RouteEntry<'start'> = {
  read: (path) => {
    if (path === '/') return { name: 'start' }
    const join = /^\/join\/(?:(quick|full)\/)?(.*)$/.exec(path)
    if (join === null) return undefined
    const [, depth, encodedInvitation] = join
    return { name: 'start', ...depthAndInvitation(depth, encodedInvitation ?? '') }
  },
  write: ({ depth, invitation }) => {
    const name = encodeURIComponent(invitation?.trim() ?? '')
    if (depth !== undefined) return `/join/${depth}/${name}`
    return name === '' ? '/' : `/join/${name}`
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
    return { name: 'resume', ...depthAndInvitation(depth, encodedInvitation) }
  },
  write: ({ depth, invitation }) => {
    const name = invitation?.trim() ?? ''
    return `/self-check${depth === undefined ? '' : `/${depth}`}${name === '' ? '' : `/join/${encodeURIComponent(name)}`}`
  },
}

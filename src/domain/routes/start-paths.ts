import type { CheckDepth } from '../bank/check-depth.ts'
import { parseInvitation } from './invitation.ts'

/*
 * How the start and resume routes' paths are read and written, with the live part of an invitation (`?relay=…`)
 * kept as the raw text it arrived in. The prerendered start page's script (src/browser/prerendered-invitation.ts)
 * reads and writes only these, and must stay under a kilobyte: it copies the query on without reading it, and the
 * app, once started, checks it with its schema (start-routes.ts).
 */

/** The path a fragment holds, with or without its "#". */
export function pathOf(hash: string): string {
  return hash.replace(/^#/, '') || '/'
}

/** A start or resume path as read: each part left out when absent or unreadable. */
export interface StartPath {
  depth?: CheckDepth
  invitation?: string
  /** The query after the path, "?" included, not yet read: only with an invitation, whose live part it holds. */
  query?: string
}

/**
 * The path without its query, and the query with its "?". A session name is written percent-encoded, so the first
 * "?" is where the query starts.
 */
function splitQuery(path: string): { path: string; query: string } {
  const at = path.indexOf('?')
  return at === -1 ? { path, query: '' } : { path: path.slice(0, at), query: path.slice(at) }
}

function startPath(
  depth: string | undefined,
  encodedInvitation: string | undefined,
  query: string,
): StartPath {
  const invitation = encodedInvitation === undefined ? undefined : parseInvitation(encodedInvitation)
  return {
    ...(depth === 'quick' || depth === 'full' ? { depth } : {}),
    ...(invitation === undefined ? {} : { invitation }),
    ...(invitation === undefined || query.length < 2 ? {} : { query }),
  }
}

/** The query to write after a path: none without an invitation to belong to. */
const queryOf = ({ invitation, query }: StartPath, name: string) =>
  name === '' || invitation === undefined ? '' : (query ?? '')

// An invitation link (`/join/<session name>`) opens the start page naming the session; a name that cannot be
// read leaves the plain start page, which is still the right place to begin. An invitation that asks for a depth
// says it before the name (`/join/quick/<session name>`, `/join/full/` without a name): a name is written
// percent-encoded, so it never holds the "/" that follows the depth, and a link of before, `/join/quick` included,
// still reads as the session it names. A live session's invitation adds its query (`?relay=…&room=…&fk=…`).
export const START_PATH = {
  read: (fullPath: string): StartPath | undefined => {
    const { path, query } = splitQuery(fullPath)
    if (path === '/') return {}
    const join = /^\/join\/(?:(quick|full)\/)?(.*)$/.exec(path)
    if (join === null) return undefined
    const [, depth, encodedInvitation] = join
    return startPath(depth, encodedInvitation ?? '', query)
  },
  write: (start: StartPath): string => {
    const name = encodeURIComponent(start.invitation?.trim() ?? '')
    const query = queryOf(start, name)
    if (start.depth !== undefined) return `/join/${start.depth}/${name}${query}`
    return name === '' ? '/' : `/join/${name}${query}`
  },
}

// "/self-check" continues at the depth the person chose before (the full check by default); a depth in the path
// chooses it. A start choice followed from an invitation link carries the invitation on (`/self-check/quick/join/
// <session name>`, and a live session's query after it), so the check remembers it however soon the person taps:
// the start page's links work before the app has started, when nothing could have stored it yet.
export const RESUME_PATH = {
  read: (fullPath: string): StartPath | undefined => {
    const { path, query } = splitQuery(fullPath)
    const match = /^\/self-check(?:\/(quick|full))?(?:\/join\/(.*))?$/.exec(path)
    if (match === null) return undefined
    const [, depth, encodedInvitation] = match
    return startPath(depth, encodedInvitation, query)
  },
  write: (resume: StartPath): string => {
    const name = encodeURIComponent(resume.invitation?.trim() ?? '')
    const depth = resume.depth === undefined ? '' : `/${resume.depth}`
    return `/self-check${depth}${name === '' ? '' : `/join/${name}${queryOf(resume, name)}`}`
  },
}

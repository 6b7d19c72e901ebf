import type { LiveInvitation } from '../live/live-invitation.ts'
import { readLiveQuery, writeLiveQuery } from './live-query.ts'
import { RESUME_PATH, START_PATH, type StartPath } from './start-paths.ts'
import type { RouteEntry } from './route-table.ts'

/*
 * The start and resume routes of the route table (route-table.ts): their paths (start-paths.ts, which the
 * prerendered start page's script shares) with the live part of an invitation read by its schema's rules
 * (live-query.ts). A query that cannot be read is dropped, and the invitation stays a plain one.
 */

function withLive({ query, ...start }: StartPath): Omit<StartPath, 'query'> & { live?: LiveInvitation } {
  const live = query === undefined ? undefined : readLiveQuery(query)
  return live === undefined ? start : { ...start, live }
}

function withQuery<Start extends { live?: LiveInvitation }>({
  live,
  ...start
}: Start): Omit<Start, 'live'> & {
  query?: string
} {
  return live === undefined ? start : { ...start, query: writeLiveQuery(live) }
}

export const START_ROUTE: RouteEntry<'start'> = {
  read: (path) => {
    const start = START_PATH.read(path)
    return start === undefined ? undefined : { name: 'start', ...withLive(start) }
  },
  write: (route) => START_PATH.write(withQuery(route)),
}

export const RESUME_ROUTE: RouteEntry<'resume'> = {
  read: (path) => {
    const resume = RESUME_PATH.read(path)
    return resume === undefined ? undefined : { name: 'resume', ...withLive(resume) }
  },
  write: (route) => RESUME_PATH.write(withQuery(route)),
}

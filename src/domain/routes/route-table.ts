import type { CheckDepth } from '../bank/check-depth.ts'
import type { LiveInvitation } from '../live/live-invitation.ts'
import { pathOf } from './start-paths.ts'
import { RESUME_ROUTE, START_ROUTE } from './start-routes.ts'

/*
 * Every address of the app, in one table: each route says how its path is read and how it is written, side by
 * side, so a link the app hands out is always one it reads back. Paths live in the URL fragment (see
 * src/browser/hash-route.ts for why) and are written here without their "#".
 */
export type Route =
  | { name: 'start'; depth?: CheckDepth; invitation?: string; live?: LiveInvitation }
  | { name: 'resume'; depth?: CheckDepth; invitation?: string; live?: LiveInvitation }
  | { name: 'step'; step: number }
  | { name: 'results' }
  | { name: 'change-answer'; questionId: string }
  | { name: 'team' }
  | { name: 'present' }
  | { name: 'coach' }
  | { name: 'shared'; code: string }
  | { name: 'not-found'; path: string }

type RouteName = Route['name']
export type RouteCalled<Name extends RouteName> = Extract<Route, { name: Name }>

export interface RouteEntry<Name extends RouteName> {
  /** The route a path leads to, or undefined when the path is not this route's; "not-found" takes any path. */
  read: (path: string) => Name extends 'not-found' ? RouteCalled<Name> : RouteCalled<Name> | undefined
  write: (route: RouteCalled<Name>) => string
}

function fixedPath<Name extends 'results' | 'team' | 'present' | 'coach'>(
  route: RouteCalled<Name>,
  path: string,
) {
  return { read: (candidate: string) => (candidate === path ? route : undefined), write: () => path }
}

const ROUTE_TABLE: { [Name in RouteName]: RouteEntry<Name> } = {
  start: START_ROUTE,
  resume: RESUME_ROUTE,
  step: {
    read: (path) => {
      const step = /^\/step\/(\d{1,2})$/.exec(path)?.[1]
      return step === undefined ? undefined : { name: 'step', step: Number(step) }
    },
    write: ({ step }) => `/step/${step}`,
  },
  results: fixedPath({ name: 'results' }, '/results'),
  // One question of the self-check opened from the results, to change its answer and go back to them.
  'change-answer': {
    read: (path) => {
      const questionId = /^\/results\/change\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(path)?.[1]
      return questionId === undefined ? undefined : { name: 'change-answer', questionId }
    },
    write: ({ questionId }) => `/results/change/${questionId}`,
  },
  team: fixedPath({ name: 'team' }, '/team'),
  // The team's results as slides for a shared screen.
  present: fixedPath({ name: 'present' }, '/team/present'),
  // A coach's view across the teams whose files were added here.
  coach: fixedPath({ name: 'coach' }, '/coach'),
  // Whether the code decodes is the share code's own question (decodeShareCode), asked by the page it opens.
  shared: {
    read: (path) => {
      const code = /^\/r\/(.+)$/.exec(path)?.[1]
      return code === undefined ? undefined : { name: 'shared', code }
    },
    write: ({ code }) => `/r/${code}`,
  },
  'not-found': {
    read: (path) => ({ name: 'not-found', path }),
    write: ({ path }) => path,
  },
}

/** Every route of the table, in its order, but "not-found", which reads any path and so is tried last. */
const READ_ORDER = (Object.keys(ROUTE_TABLE) as RouteName[]).filter((name) => name !== 'not-found')

function writePath<Name extends RouteName>(name: Name, route: RouteCalled<Name>): string {
  const entry: RouteEntry<Name> = ROUTE_TABLE[name]
  return entry.write(route)
}

/** Reads a fragment (with or without its "#") into the route it leads to. */
export function parseRoute(hash: string): Route {
  const path = pathOf(hash)
  for (const name of READ_ORDER) {
    const route = ROUTE_TABLE[name].read(path)
    if (route !== undefined) return route
  }
  return ROUTE_TABLE['not-found'].read(path)
}

/** The fragment, "#" included, that leads to a route: what an in-app link's href holds. */
export function hrefOf(route: Route): string {
  return `#${writePath(route.name, route)}`
}

/** The in-app links, by route. */
export const routes = {
  start: hrefOf({ name: 'start' }),
  resume: hrefOf({ name: 'resume' }),
  /** A start choice; followed from an invitation, it carries the invitation and its live part on. */
  startCheck: (depth: CheckDepth | undefined, invitation?: string, live?: LiveInvitation) =>
    hrefOf({
      name: 'resume',
      ...(depth === undefined ? {} : { depth }),
      ...(invitation === undefined ? {} : { invitation }),
      ...(invitation === undefined || live === undefined ? {} : { live }),
    }),
  step: (step: number) => hrefOf({ name: 'step', step }),
  results: hrefOf({ name: 'results' }),
  changeAnswer: (questionId: string) => hrefOf({ name: 'change-answer', questionId }),
  team: hrefOf({ name: 'team' }),
  present: hrefOf({ name: 'present' }),
  coach: hrefOf({ name: 'coach' }),
}

/** A link to a route of this very deployment: the page's address without its fragment, then the route's. */
export function linkTo(pageUrl: string, route: Route): string {
  const hash = pageUrl.indexOf('#')
  return `${hash === -1 ? pageUrl : pageUrl.slice(0, hash)}${hrefOf(route)}`
}

/**
 * A link that opens the start page of this very deployment, naming the session a participant is invited to and,
 * when given, the depth of check the facilitator asks for and the live session to send the answers to.
 */
export function buildJoinLink(
  currentUrl: string,
  sessionName: string,
  depth?: CheckDepth,
  live?: LiveInvitation,
): string {
  return linkTo(currentUrl, {
    name: 'start',
    invitation: sessionName,
    ...(depth === undefined ? {} : { depth }),
    ...(live === undefined ? {} : { live }),
  })
}

/**
 * What follows the last share route in a piece of text (a link, maybe wrapped in brackets or quotes), or
 * undefined when the text holds none. Where the code in it ends is the share code's question (extractShareCode).
 */
export function textAfterSharedRoute(text: string): string | undefined {
  const marker = hrefOf({ name: 'shared', code: '' })
  const at = text.lastIndexOf(marker)
  return at === -1 ? undefined : text.slice(at + marker.length)
}

import { describe, expect, test } from 'vitest'
import { liveInvitationQuery, type LiveInvitation } from '../live/live-invitation.ts'
import { RESUME_PATH, START_PATH } from './start-paths.ts'
import { buildJoinLink, hrefOf, parseRoute, routes } from './route-table.ts'

const LIVE: LiveInvitation = {
  relay: 'wss://relay.example.org/calms',
  room: 'AbCdEfGhIjKlMnOpQrStUv',
  facilitatorKey: `B${'x'.repeat(86)}`,
}
const QUERY = liveInvitationQuery(LIVE)

describe("a live session's invitation", () => {
  test('the start and resume routes read its query after the path, at any depth', () => {
    expect(parseRoute(`#/join/Payments%20retro${QUERY}`)).toEqual({
      name: 'start',
      invitation: 'Payments retro',
      live: LIVE,
    })
    expect(parseRoute(`#/join/quick/Payments%20retro${QUERY}`)).toEqual({
      name: 'start',
      depth: 'quick',
      invitation: 'Payments retro',
      live: LIVE,
    })
    expect(parseRoute(`#/self-check/quick/join/Payments%20retro${QUERY}`)).toEqual({
      name: 'resume',
      depth: 'quick',
      invitation: 'Payments retro',
      live: LIVE,
    })
    expect(parseRoute(`#/self-check/join/Payments%20retro${QUERY}`)).toEqual({
      name: 'resume',
      invitation: 'Payments retro',
      live: LIVE,
    })
  })

  test('a query that cannot be read is dropped and the invitation stays a plain one', () => {
    expect(parseRoute('#/join/Payments%20retro?relay=https%3A%2F%2Fevil.example&room=x&fk=y')).toEqual({
      name: 'start',
      invitation: 'Payments retro',
    })
    expect(parseRoute('#/join/Payments%20retro?')).toEqual({ name: 'start', invitation: 'Payments retro' })
    expect(parseRoute(`#/self-check/full/join/Retro${QUERY.replace('room=', 'room=!')}`)).toEqual({
      name: 'resume',
      depth: 'full',
      invitation: 'Retro',
    })
  })

  test('without a session name there is no invitation for the query to belong to', () => {
    expect(parseRoute(`#/join/${QUERY}`)).toEqual({ name: 'start' })
    expect(parseRoute(`#/${QUERY}`)).toEqual({ name: 'start' })
    expect(parseRoute(`#/self-check/quick${QUERY}`)).toEqual({ name: 'resume', depth: 'quick' })
  })

  test('every route with a live part is written back to the link it was read from', () => {
    for (const hash of [
      `#/join/Payments%20retro${QUERY}`,
      `#/join/full/Payments%20retro${QUERY}`,
      `#/self-check/quick/join/Payments%20retro${QUERY}`,
      `#/self-check/join/Payments%20retro${QUERY}`,
    ])
      expect(hrefOf(parseRoute(hash))).toBe(hash)
  })

  test('the join link carries it, after the depth and name', () => {
    expect(buildJoinLink('https://example.org/app/#/team', 'Payments retro', 'quick', LIVE)).toBe(
      `https://example.org/app/#/join/quick/Payments%20retro${QUERY}`,
    )
    expect(buildJoinLink('https://example.org/app/', 'Payments retro', undefined, LIVE)).toBe(
      `https://example.org/app/#/join/Payments%20retro${QUERY}`,
    )
    expect(buildJoinLink('https://example.org/app/', 'Payments retro')).toBe(
      'https://example.org/app/#/join/Payments%20retro',
    )
  })

  test('a start choice followed from it carries it on', () => {
    expect(routes.startCheck('quick', 'Payments retro', LIVE)).toBe(
      `#/self-check/quick/join/Payments%20retro${QUERY}`,
    )
    expect(routes.startCheck(undefined, 'Payments retro', LIVE)).toBe(
      `#/self-check/join/Payments%20retro${QUERY}`,
    )
    expect(routes.startCheck('full', undefined, LIVE)).toBe('#/self-check/full')
  })
})

describe('the paths the prerendered page reads', () => {
  test('keep the query as raw text, only with an invitation', () => {
    expect(START_PATH.read('/join/quick/Retro?relay=x')).toEqual({
      depth: 'quick',
      invitation: 'Retro',
      query: '?relay=x',
    })
    expect(START_PATH.read('/join/?relay=x')).toEqual({})
    expect(RESUME_PATH.write({ depth: 'full', invitation: 'Retro', query: '?relay=x' })).toBe(
      '/self-check/full/join/Retro?relay=x',
    )
    expect(RESUME_PATH.write({ depth: 'full', query: '?relay=x' })).toBe('/self-check/full')
  })

  test('a session name with a "?" in it is written percent-encoded, so it is never read as a query', () => {
    expect(parseRoute(hrefOf({ name: 'start', invitation: 'Why? retro', live: LIVE }))).toEqual({
      name: 'start',
      invitation: 'Why? retro',
      live: LIVE,
    })
  })
})

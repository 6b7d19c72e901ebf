import fc from 'fast-check'
import { expect, test } from 'vitest'
import { liveInvitationQuery, parseLiveInvitation, type LiveInvitation } from '../live/live-invitation.ts'
import { countedCheck } from '../../test-support/fuzz-checks.ts'
import { readLiveQuery, writeLiveQuery } from './live-query.ts'

const check = countedCheck()

const INVITATION: LiveInvitation = {
  relay: 'wss://relay.example.org/calms',
  room: 'AbCdEfGhIjKlMnOpQrSt_-',
  facilitatorKey: `B${'a'.repeat(86)}`,
}

const idChar = fc.constantFrom(...'AbZ09_-/+=. '.split(''))
/** Relay addresses near and far from valid ones: the schema's rules are tried at their edges. */
const relay = fc.oneof(
  fc.constantFrom(
    'wss://relay.example.org',
    'ws://192.168.1.20:1234',
    '  wss://relay.example.org/x  ',
    'https://relay.example.org',
    'javascript:alert(1)',
    'wss://user:secret@relay.example.org',
    'wss://user@relay.example.org',
    `wss://relay.example.org/${'a'.repeat(376)}`,
    `wss://relay.example.org/${'a'.repeat(377)}`,
    '',
  ),
  fc.string(),
)
const part = (length: number) =>
  fc.oneof(
    fc.string({ unit: idChar, minLength: length, maxLength: length }),
    fc.string({ unit: idChar, minLength: length - 1, maxLength: length + 1 }),
    fc.string(),
  )
const query = fc.oneof(
  fc
    .record({ relay, room: part(22), facilitatorKey: part(87) }, { requiredKeys: [] })
    .map((parts) =>
      new URLSearchParams(
        Object.entries({ relay: parts.relay, room: parts.room, fk: parts.facilitatorKey }).flatMap(
          ([key, value]) => (value === undefined ? [] : [[key, value]]),
        ),
      ).toString(),
    ),
  fc.string({ unit: 'binary' }),
)

test('reads a query exactly as the live invitation schema does, so the route table can do without zod', () => {
  check(
    'readLiveQuery: the same answers as parseLiveInvitation',
    1000,
    fc.property(query, fc.boolean(), (text, withMark) => {
      const asked = withMark ? `?${text}` : text
      expect(readLiveQuery(asked)).toEqual(parseLiveInvitation(asked))
    }),
  )
})

test('writes the query the live invitation writes', () => {
  expect(writeLiveQuery(INVITATION)).toBe(liveInvitationQuery(INVITATION))
  expect(readLiveQuery(writeLiveQuery({ ...INVITATION, relay: 'ws://192.168.1.20:1234/a b' }))).toEqual({
    ...INVITATION,
    relay: 'ws://192.168.1.20:1234/a b',
  })
})

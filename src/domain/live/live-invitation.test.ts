import { describe, expect, it } from 'vitest'
import { liveInvitationQuery, parseLiveInvitation, type LiveInvitation } from './live-invitation.ts'

const INVITATION: LiveInvitation = {
  relay: 'wss://relay.example.org/calms',
  room: 'AbCdEfGhIjKlMnOpQrSt_-',
  facilitatorKey: `B${'a'.repeat(86)}`,
}

describe('the live part of an invitation', () => {
  it('is written as relay, room and fk and read back', () => {
    const query = liveInvitationQuery(INVITATION)
    expect(query).toBe(
      `?relay=wss%3A%2F%2Frelay.example.org%2Fcalms&room=AbCdEfGhIjKlMnOpQrSt_-&fk=B${'a'.repeat(86)}`,
    )
    expect(parseLiveInvitation(query)).toEqual(INVITATION)
    expect(parseLiveInvitation(query.slice(1))).toEqual(INVITATION)
  })

  it('accepts ws: on a local network', () => {
    const query = liveInvitationQuery({ ...INVITATION, relay: 'ws://192.168.1.20:1234' })
    expect(parseLiveInvitation(query)?.relay).toBe('ws://192.168.1.20:1234')
  })

  it.each([
    ['an http address', { relay: 'https://relay.example.org' }],
    ['a script address', { relay: 'javascript:alert(1)' }],
    ['an address with a password', { relay: 'wss://user:secret@relay.example.org' }],
    ['a short room id', { room: 'abc' }],
    ['a room id with a slash', { room: 'AbCdEfGhIjKlMnOpQrSt/-' }],
    ['a key of the wrong length', { facilitatorKey: 'B'.repeat(86) }],
  ])('is left out for %s: the invitation stays a plain one', (_, change) => {
    expect(parseLiveInvitation(liveInvitationQuery({ ...INVITATION, ...change }))).toBeUndefined()
  })

  it('is left out when a part is missing', () => {
    expect(parseLiveInvitation('?relay=wss%3A%2F%2Fr.example&room=AbCdEfGhIjKlMnOpQrSt_-')).toBeUndefined()
    expect(parseLiveInvitation('')).toBeUndefined()
  })
})

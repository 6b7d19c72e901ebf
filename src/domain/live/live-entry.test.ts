import { describe, expect, it } from 'vitest'
import {
  createKeyPair,
  createRoomId,
  exportPublicKey,
  MAX_ENTRY_LENGTH,
  openEntry,
  participantIdOf,
  sealEntry,
} from './live-entry.ts'

/*
 * A known answer, worked out apart from this code (Python's `cryptography`): two P-256 keys with private scalars
 * 0x11…11 (participant) and 0x22…22 (facilitator), room "AAAAAAAAAAAAAAAAAAAAAA", IV 00 01 … 0b, plaintext
 * "hello facilitator". ECDH secret -> HKDF-SHA-256 (salt the room id, info "calms-radar live v1") -> AES-256-GCM.
 */
const KNOWN = {
  room: 'AAAAAAAAAAAAAAAAAAAAAA',
  participantPublicKey:
    'BAIX5hfwtkQ5KCePlpmeaaI6TywVK99tbN9m5bgCgtTtGUp968uXcS0t2jyoWqh2Wlb0X8dYWZZS8ol8ZTBuV5Q',
  participantId: 'K60P1hDZnq5EPpMqJhQryg',
  facilitatorJwk: {
    kty: 'EC',
    crv: 'P-256',
    d: 'IiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiI',
    x: '1lqTl3yqPRsIGFL_V6eeRl8WYFdzBLrq1QXdOkhYnPM',
    y: 'UBheiVNy32Ih6joTdVfkc_3bZ1XwW9UHw8Uz_OnJEoU',
  },
  value:
    'BAIX5hfwtkQ5KCePlpmeaaI6TywVK99tbN9m5bgCgtTtGUp968uXcS0t2jyoWqh2Wlb0X8dYWZZS8ol8ZTBuV5Q.AAECAwQFBgcICQoL.Lf8LVvBuWmZdGm-4e-xjeBsZyTDyQWSH7zEdIIIgGTFk',
}

const importFacilitatorKey = () =>
  crypto.subtle.importKey('jwk', KNOWN.facilitatorJwk, { name: 'ECDH', namedCurve: 'P-256' }, false, [
    'deriveBits',
  ])

async function facilitatorAndParticipant() {
  const facilitator = await createKeyPair(false)
  const participant = await createKeyPair(true)
  return { facilitator, participant, facilitatorKey: await exportPublicKey(facilitator.publicKey) }
}

describe('a live entry', () => {
  it('names a participant by the first 16 bytes of SHA-256 of their public key', async () => {
    expect(await participantIdOf(KNOWN.participantPublicKey)).toBe(KNOWN.participantId)
  })

  it('opens an entry sealed elsewhere to the same specification', async () => {
    const opened = await openEntry({
      key: KNOWN.participantId,
      value: KNOWN.value,
      facilitatorPrivateKey: await importFacilitatorKey(),
      room: KNOWN.room,
    })
    expect(opened).toEqual({ ok: true, participantId: KNOWN.participantId, shareCode: 'hello facilitator' })
  })

  it('seals a share code that the facilitator alone opens, under the participant id', async () => {
    const { facilitator, participant, facilitatorKey } = await facilitatorAndParticipant()
    const room = createRoomId()
    const sealed = await sealEntry({ shareCode: '1.abc', participant, facilitatorKey, room })
    expect(sealed.key).toBe(await participantIdOf(await exportPublicKey(participant.publicKey)))
    expect(sealed.value).not.toContain('1.abc')
    expect(await openEntry({ ...sealed, facilitatorPrivateKey: facilitator.privateKey, room })).toEqual({
      ok: true,
      participantId: sealed.key,
      shareCode: '1.abc',
    })

    const stranger = await createKeyPair(false)
    expect(await openEntry({ ...sealed, facilitatorPrivateKey: stranger.privateKey, room })).toEqual({
      ok: false,
      problem: 'undecryptable',
    })
    const otherRoom = createRoomId()
    expect(
      await openEntry({ ...sealed, facilitatorPrivateKey: facilitator.privateKey, room: otherRoom }),
    ).toEqual({ ok: false, problem: 'undecryptable' })
  })

  it('refuses an entry written under another participant id', async () => {
    const { facilitator, participant, facilitatorKey } = await facilitatorAndParticipant()
    const room = createRoomId()
    const sealed = await sealEntry({ shareCode: '1.abc', participant, facilitatorKey, room })
    expect(
      await openEntry({
        key: KNOWN.participantId,
        value: sealed.value,
        facilitatorPrivateKey: facilitator.privateKey,
        room,
      }),
    ).toEqual({ ok: false, problem: 'not-its-key' })
  })

  it('refuses garbage, a value that is not a string and one over 2 kB', async () => {
    const facilitatorPrivateKey = await importFacilitatorKey()
    const open = (value: unknown) =>
      openEntry({ key: KNOWN.participantId, value, facilitatorPrivateKey, room: KNOWN.room })
    expect(await open('garbage')).toEqual({ ok: false, problem: 'malformed' })
    expect(await open(42)).toEqual({ ok: false, problem: 'malformed' })
    expect(await open(`${KNOWN.value}.extra`)).toEqual({ ok: false, problem: 'malformed' })
    expect(await open(KNOWN.value.replace('.AAECAwQFBgcICQoL.', '.AAECAwQFBgcICQ.'))).toEqual({
      ok: false,
      problem: 'malformed',
    })
    expect(await open('x'.repeat(MAX_ENTRY_LENGTH + 1))).toEqual({ ok: false, problem: 'too-large' })
    // A tampered ciphertext fails its tag.
    expect(await open(`${KNOWN.value.slice(0, -2)}AA`)).toEqual({ ok: false, problem: 'undecryptable' })
  })
})

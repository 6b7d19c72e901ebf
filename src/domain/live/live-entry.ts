import { PUBLIC_KEY_PATTERN } from './live-invitation.ts'

/*
 * One participant's answers in a live room, sealed so that only the facilitator can read them. The room's Y.Map
 * "entries" holds, under the participant's id, `<participant public key>.<iv>.<AES-GCM ciphertext>` (base64url
 * each). The AES key comes from HKDF-SHA-256 over the ECDH secret of the participant's and the facilitator's P-256
 * keys, salted with the room id, so an entry copied into another room does not open there. The plaintext is the
 * share code a `#/r/` link carries, and the facilitator reads it by the rules of a pasted link.
 *
 * The relay cannot read an entry, and cannot forge one for the facilitator: that takes the facilitator's private
 * key or a participant's. Anyone with the invitation can write to the room, so the facilitator checks that an
 * entry's id is the hash of the public key it carries: a participant can replace only their own entry.
 */

/** The name of the room's map of entries. */
export const ENTRIES_MAP = 'entries'

/** The longest entry value read: a share code has at most 400 characters, sealed it is under 700. */
export const MAX_ENTRY_LENGTH = 2048

const HKDF_INFO = 'calms-radar live v1'
const IV_BYTES = 12
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const

const encoder = new TextEncoder()

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The bytes of a base64url text; undefined when it is not one. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/**
 * A new ECDH P-256 key pair. The facilitator's is made not extractable, so its private key cannot leave the
 * browser, backups included; a public key can always be exported.
 */
export function createKeyPair(extractable: boolean): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDH, extractable, ['deriveBits'])
}

export async function exportPublicKey(publicKey: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', publicKey)))
}

/** A participant's id in the room: the first 16 bytes of SHA-256 of their raw public key, in base64url. */
export async function participantIdOf(publicKey: string): Promise<string> {
  const raw = fromBase64Url(publicKey)
  if (raw === undefined) throw new TypeError('A public key is base64url.')
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw))
  return toBase64Url(digest.slice(0, 16))
}

function importPublicKey(publicKey: string): Promise<CryptoKey> {
  const raw = fromBase64Url(publicKey)
  if (raw === undefined) return Promise.reject(new TypeError('A public key is base64url.'))
  return crypto.subtle.importKey('raw', raw, ECDH, true, [])
}

async function entryKey(privateKey: CryptoKey, publicKey: CryptoKey, room: string): Promise<CryptoKey> {
  const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256)
  const hkdf = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(room), info: encoder.encode(HKDF_INFO) },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

export interface SealedEntry {
  /** The participant's id: the entry's key in the room's map. */
  key: string
  value: string
}

/** Seals a share code for the facilitator whose public key the invitation carries. */
export async function sealEntry(input: {
  shareCode: string
  participant: CryptoKeyPair
  facilitatorKey: string
  room: string
}): Promise<SealedEntry> {
  const publicKey = await exportPublicKey(input.participant.publicKey)
  const key = await entryKey(
    input.participant.privateKey,
    await importPublicKey(input.facilitatorKey),
    input.room,
  )
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    encoder.encode(input.shareCode),
  )
  return {
    key: await participantIdOf(publicKey),
    value: `${publicKey}.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(ciphertext))}`,
  }
}

/** Why an entry was not read: each is counted and ignored, never shown as content. */
export type EntryProblem = 'too-large' | 'malformed' | 'not-its-key' | 'undecryptable'

export type OpenedEntry =
  { ok: true; participantId: string; shareCode: string } | { ok: false; problem: EntryProblem }

/**
 * Opens an entry of the room with the facilitator's private key. Whatever the room holds is hostile: a value
 * that is not a string, too long, not three base64url parts, under another participant's id, or not sealed for
 * this facilitator and room is refused with the reason.
 */
export async function openEntry(input: {
  key: string
  value: unknown
  facilitatorPrivateKey: CryptoKey
  room: string
}): Promise<OpenedEntry> {
  const { value } = input
  if (typeof value !== 'string') return { ok: false, problem: 'malformed' }
  if (value.length > MAX_ENTRY_LENGTH) return { ok: false, problem: 'too-large' }
  const [publicKey, ivText, ciphertextText, ...rest] = value.split('.')
  const iv = fromBase64Url(ivText ?? '')
  const ciphertext = fromBase64Url(ciphertextText ?? '')
  if (
    publicKey === undefined ||
    !PUBLIC_KEY_PATTERN.test(publicKey) ||
    iv?.length !== IV_BYTES ||
    ciphertext === undefined ||
    rest.length > 0
  )
    return { ok: false, problem: 'malformed' }
  if ((await participantIdOf(publicKey)) !== input.key) return { ok: false, problem: 'not-its-key' }
  let plaintext: ArrayBuffer
  try {
    const key = await entryKey(input.facilitatorPrivateKey, await importPublicKey(publicKey), input.room)
    plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext)
  } catch {
    return { ok: false, problem: 'undecryptable' }
  }
  try {
    return {
      ok: true,
      participantId: input.key,
      shareCode: new TextDecoder('utf-8', { fatal: true }).decode(plaintext),
    }
  } catch {
    return { ok: false, problem: 'malformed' }
  }
}

/** A new room id: 16 random bytes, so a room is found only through its invitation. */
export const createRoomId = (): string => toBase64Url(crypto.getRandomValues(new Uint8Array(16)))

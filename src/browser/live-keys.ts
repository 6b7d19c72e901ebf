import { clear, createStore, del, get, keys, set } from 'idb-keyval'
import { createKeyPair } from '../domain/live/live-entry.ts'

/*
 * The live session's key pairs, kept as CryptoKey objects in IndexedDB (a store of this app's own): a browser keeps
 * a non-extractable key there without ever exposing its bytes, so the facilitator's private key cannot be read
 * out, backed up or exported, and survives a reload. One pair per room and role.
 */

const KEY_DATABASE = 'calms-radar-live'
const keyStore = () => createStore(KEY_DATABASE, 'keys')

type Role = 'facilitator' | 'participant'

const isKeyPair = (value: unknown): value is CryptoKeyPair =>
  typeof value === 'object' &&
  value !== null &&
  'privateKey' in value &&
  value.privateKey instanceof CryptoKey &&
  'publicKey' in value &&
  value.publicKey instanceof CryptoKey

/** This browser's key pair for the room, made (not extractable) the first time. */
export async function roomKeyPair(role: Role, room: string): Promise<CryptoKeyPair> {
  const name = `${role}:${room}`
  const store = keyStore()
  const kept: unknown = await get(name, store)
  if (isKeyPair(kept)) return kept
  const created = await createKeyPair(false)
  await set(name, created, store)
  return created
}

/** The facilitator's pair for a room, when this browser started it: undefined after "Clear this device". */
export async function keptFacilitatorKeyPair(room: string): Promise<CryptoKeyPair | undefined> {
  const kept: unknown = await get(`facilitator:${room}`, keyStore())
  return isKeyPair(kept) ? kept : undefined
}

export async function forgetRoomKeys(room: string): Promise<void> {
  const store = keyStore()
  await Promise.all([del(`facilitator:${room}`, store), del(`participant:${room}`, store)])
}

export type ForgottenRoomKeys = { ok: true; count: number } | { ok: false }

/**
 * Forgets every live session's key pair this browser keeps, for "Clear this device": how many there were, or that
 * IndexedDB was out of reach. A browser that never kept one is not given an empty database by the looking.
 */
export async function forgetEveryRoomKey(): Promise<ForgottenRoomKeys> {
  try {
    if (typeof indexedDB === 'undefined') return { ok: true, count: 0 }
    // Where the browser lists its databases; elsewhere the store is opened, and made if it was not there.
    const listed = 'databases' in indexedDB ? await indexedDB.databases() : undefined
    if (listed !== undefined && !listed.some((database) => database.name === KEY_DATABASE))
      return { ok: true, count: 0 }
    const store = keyStore()
    const kept = await keys(store)
    // Emptied rather than deleted: a live session open in this tab holds the database open, and a deletion would
    // wait for the tab to close.
    await clear(store)
    return { ok: true, count: kept.length }
  } catch {
    return { ok: false }
  }
}

import type { PersistStorage, StorageValue } from 'zustand/middleware'
import type { ParseResult } from '../domain/common/parse-result.ts'
import type { NewerStoredValue, StoredValueName } from '../domain/storage/stored-value.ts'
import { reportStorageProblem } from './storage-status-store.ts'

export interface SafeStorageCodec<State> {
  /** What is kept under the key, as the notices name it. */
  stored: StoredValueName
  /** The domain's one parser for this key: the state and the version it was written in, or readable errors. */
  parse: (raw: string) => ParseResult<{ state: unknown; version: number }>
  /** Validates a state of a known version and brings it up to the current one. */
  upgrade: (state: unknown, version: number) => ParseResult<State>
  /** Combines what this tab writes with what another tab wrote since, so neither loses answers. */
  merge?: (mine: State, theirs: State) => State
  /** A state that holds nothing worth keeping: where nothing is stored, it is not written either. */
  isEmpty: (state: State) => boolean
  version: number
  /** A value a newer CALMS Radar wrote: this tab must neither read it as unreadable nor overwrite it. */
  findNewer: (raw: string) => NewerStoredValue | undefined
}

/** Where values are kept: the browser's localStorage, or an in-memory Storage in tests. */
export type GetStorage = () => Storage

// Read on each use, never kept: reading the property itself throws where storage is disabled (some private modes,
// sandboxed frames).
export const browserStorage: GetStorage = () => window.localStorage

function describeError(error: unknown): string {
  if (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  ) {
    return 'Your browser storage is full.'
  }
  return 'Your browser does not let this page store data (private mode or blocked storage).'
}

/** Reads a key's raw text; reports, and treats as empty, storage that cannot be read. */
export function readRaw(getStorage: GetStorage, name: string): string | null {
  try {
    return getStorage().getItem(name)
  } catch (error) {
    reportStorageProblem({ kind: 'unavailable', detail: describeError(error) })
    return null
  }
}

function writeRaw(getStorage: GetStorage, name: string, value: string): boolean {
  try {
    getStorage().setItem(name, value)
    return true
  } catch (error) {
    reportStorageProblem({ kind: 'unavailable', detail: describeError(error) })
    return false
  }
}

/**
 * A persist storage that never crashes on what it finds and never silently destroys it: unreadable values are
 * kept aside and reported, failing writes are reported and the app goes on in memory, and each write merges with
 * what another tab wrote since this tab last read.
 */
export function createSafeStorage<State>(
  codec: SafeStorageCodec<State>,
  getStorage: GetStorage,
): PersistStorage<unknown> {
  /** The unreadable text last kept aside, by key. */
  const quarantined = new Map<string, string>()

  /** Keeps an unreadable value aside under a key of its own instead of letting the next write destroy it. */
  const quarantine = (name: string, raw: string, errors: string[]) => {
    // A write re-reads the key to merge with other tabs, and finds the same text the start-up read kept aside:
    // keeping and reporting it again made a second copy and a second notice.
    if (quarantined.get(name) === raw) return
    quarantined.set(name, raw)
    const keptAs = `${name}:unreadable:${new Date().toISOString()}`
    const kept = writeRaw(getStorage, keptAs, raw)
    reportStorageProblem({
      kind: 'unreadable',
      label: codec.stored.label,
      raw,
      errors,
      keptAs: kept ? keptAs : null,
    })
  }

  /** Keys a newer app has written to: this tab stops writing them until it is reloaded. */
  const heldByNewer = new Set<string>()
  /** What this tab last wrote to each key: finding it there again needs no reading to know it is not newer. */
  const written = new Map<string, string>()
  const isHeldByNewer = (name: string, raw: string | null): boolean => {
    if (heldByNewer.has(name)) return true
    if (raw !== null && raw === written.get(name)) return false
    const newer = raw === null ? undefined : codec.findNewer(raw)
    if (newer === undefined) return false
    heldByNewer.add(name)
    reportStorageProblem({ kind: 'newer', ...newer })
    return true
  }

  const read = (name: string): StorageValue<unknown> | null => {
    const raw = readRaw(getStorage, name)
    if (raw === null || isHeldByNewer(name, raw)) return null
    const parsed = codec.parse(raw)
    if (parsed.ok) return parsed.value
    quarantine(name, raw, parsed.errors)
    return null
  }
  return {
    getItem: read,
    setItem: (name, value) => {
      const raw = readRaw(getStorage, name)
      if (isHeldByNewer(name, raw)) return
      const { merge } = codec
      const mine = codec.upgrade(value.state, codec.version)
      // A store emptied by "Clear this device", in this tab or another, must not write a blank entry back.
      if (mine.ok && codec.isEmpty(mine.value) && raw === null) return
      const stored = merge ? read(name) : null
      const theirs = stored === null ? null : codec.upgrade(stored.state, stored.version ?? 0)
      const state = merge && mine.ok && theirs?.ok ? merge(mine.value, theirs.value) : value.state
      const text = JSON.stringify({ state, version: codec.version })
      if (writeRaw(getStorage, name, text)) written.set(name, text)
    },
    removeItem: (name) => {
      if (heldByNewer.has(name)) return
      try {
        getStorage().removeItem(name)
      } catch (error) {
        reportStorageProblem({ kind: 'unavailable', detail: describeError(error) })
      }
    },
  }
}

/**
 * Calls `onRemoved` when another tab removes the key ("Clear this device" there) and it stays removed, so this
 * tab's store empties instead of writing the old answers back with its next change.
 */
export function followRemovalInOtherTabs(
  name: string,
  onRemoved: () => void,
  getStorage: GetStorage = browserStorage,
): () => void {
  // The build renders the questionnaire's first step into index.html in Node, where there is no window.
  if (typeof window === 'undefined') return () => undefined
  const onStorage = (event: StorageEvent) => {
    // A null key: the other tab cleared the whole of localStorage.
    const removed = (event.key === name || event.key === null) && event.newValue === null
    if (removed && readRaw(getStorage, name) === null) onRemoved()
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}

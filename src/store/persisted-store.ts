import type { PersistOptions } from 'zustand/middleware'
import { createSafeStorage, type GetStorage, type SafeStorageCodec } from './safe-storage.ts'

interface PersistedStore<State, Stored, Written> {
  /** The localStorage key. */
  name: string
  /** The domain's format for the key: its parser, its upgrade, its version (and, for the self-check, its merge). */
  format: SafeStorageCodec<Stored>
  /** What is written: the stored format, never the actions (a compact form of Stored, for the team view). */
  partialize: (state: State) => Written
  getStorage: GetStorage
}

/**
 * The persist options of every store: the format's version, the safe storage over the format, and a migrate that
 * is the format's own upgrade, so storage and persist never disagree on what a version means.
 */
export function persistedStoreOptions<State, Stored, Written = Stored>({
  name,
  format,
  partialize,
  getStorage,
}: PersistedStore<State, Stored, Written>): PersistOptions<State, unknown> {
  return {
    name,
    version: format.version,
    storage: createSafeStorage(format, getStorage),
    partialize,
    // getItem has already checked the state against its version's schema, so this only upgrades it. A failure
    // here is a bug, and throwing leaves the store as it started rather than half-read.
    migrate: (state, version) => {
      const upgraded = format.upgrade(state, version)
      if (!upgraded.ok) throw new Error(upgraded.errors.join(' '))
      return upgraded.value
    },
    // A value of the current format may still hold answers of an older question bank, and persist migrates only
    // when the format version differs: upgrading again here brings it to the current bank (a no-op otherwise).
    merge: (persisted, current) => {
      // Nothing stored: persist still merges, and checking `undefined` against the schema would only fail.
      if (persisted === undefined) return current
      const upgraded = format.upgrade(persisted, format.version)
      return upgraded.ok ? { ...current, ...upgraded.value } : current
    },
  }
}

import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ParseResult } from '../domain/common/parse-result.ts'
import {
  addSnapshot,
  createEmptySnapshots,
  SNAPSHOTS_FORMAT,
  type Snapshot,
  type StoredSnapshots,
} from '../domain/storage/snapshots.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import { browserStorage, followRemovalInOtherTabs, type GetStorage } from './safe-storage.ts'
import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'

export const SNAPSHOTS_STORAGE_KEY = `${STORAGE_KEY_PREFIX}snapshots`

interface SnapshotActions {
  /** Refused, with the reason, when the list is full: a snapshot is never dropped to make room. */
  snapshotSaved: (snapshot: Snapshot) => ParseResult<Snapshot[]>
  snapshotDeleted: (id: string) => void
  /** A backup replaces every snapshot. */
  snapshotsRestored: (snapshots: readonly Snapshot[]) => void
  deviceCleared: () => void
}

type SnapshotState = StoredSnapshots & { actions: SnapshotActions }

/**
 * The app's one store over localStorage, or one over the storage a test passes. Snapshots are saved and deleted
 * one at a time, by a person, in one tab; the last tab to save wins, as with the team view.
 */
export function createSnapshotStore(getStorage: GetStorage = browserStorage) {
  return create<SnapshotState>()(
    persist(
      (set, get) => ({
        ...createEmptySnapshots(),
        actions: {
          snapshotSaved: (snapshot) => {
            const result = addSnapshot(get().snapshots, snapshot)
            if (result.ok) set({ snapshots: result.value })
            return result
          },
          snapshotDeleted: (id) =>
            set((state) => ({ snapshots: state.snapshots.filter((s) => s.id !== id) })),
          snapshotsRestored: (snapshots) => set({ snapshots: [...snapshots] }),
          deviceCleared: () => set(createEmptySnapshots()),
        },
      }),
      persistedStoreOptions({
        name: SNAPSHOTS_STORAGE_KEY,
        format: {
          ...SNAPSHOTS_FORMAT,
          isEmpty: ({ snapshots }) => snapshots.length === 0,
        },
        partialize: ({ snapshots }: SnapshotState): StoredSnapshots => ({ snapshots }),
        getStorage,
      }),
    ),
  )
}

const useSnapshotStore = createSnapshotStore()

followRemovalInOtherTabs(SNAPSHOTS_STORAGE_KEY, () => useSnapshotStore.getState().actions.deviceCleared())

export const useSnapshots = () => useSnapshotStore((state) => state.snapshots)
export const useSnapshotActions = () => useSnapshotStore((state) => state.actions)
/** The actions outside React: for the device registry, which restores and clears every store at once. */
export const readSnapshotActions = () => useSnapshotStore.getState().actions

/** Every snapshot, read once (for a backup) rather than subscribed to. */
export const readSnapshots = (): Snapshot[] => useSnapshotStore.getState().snapshots

import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ParseResult } from '../domain/common/parse-result.ts'
import {
  addSnapshot,
  createEmptySnapshots,
  parseStoredSnapshots,
  STORED_SNAPSHOTS_VERSION,
  upgradeStoredSnapshots,
  type Snapshot,
  type StoredSnapshots,
} from '../domain/formats/snapshots.ts'
import { createSafeStorage, followRemovalInOtherTabs } from './safe-storage.ts'

export const SNAPSHOTS_STORAGE_KEY = 'calms-radar:snapshots'

interface SnapshotActions {
  /** Refused, with the reason, when the list is full: a snapshot is never dropped to make room. */
  snapshotSaved: (snapshot: Snapshot) => ParseResult<Snapshot[]>
  snapshotDeleted: (id: string) => void
  /** A backup replaces every snapshot. */
  snapshotsRestored: (snapshots: readonly Snapshot[]) => void
  deviceCleared: () => void
}

type SnapshotState = StoredSnapshots & { actions: SnapshotActions }

const upgrade = (state: unknown, version: number) => {
  const result = upgradeStoredSnapshots(state, version)
  if (!result.ok) throw new Error(result.errors.join(' '))
  return result.value
}

// Snapshots are saved and deleted one at a time, by a person, in one tab; the last tab to save wins, as with the
// team view.
const useSnapshotStore = create<SnapshotState>()(
  persist(
    (set, get) => ({
      ...createEmptySnapshots(),
      actions: {
        snapshotSaved: (snapshot) => {
          const result = addSnapshot(get().snapshots, snapshot)
          if (result.ok) set({ snapshots: result.value })
          return result
        },
        snapshotDeleted: (id) => set((state) => ({ snapshots: state.snapshots.filter((s) => s.id !== id) })),
        snapshotsRestored: (snapshots) => set({ snapshots: [...snapshots] }),
        deviceCleared: () => set(createEmptySnapshots()),
      },
    }),
    {
      name: SNAPSHOTS_STORAGE_KEY,
      version: STORED_SNAPSHOTS_VERSION,
      storage: createSafeStorage({
        parse: parseStoredSnapshots,
        upgrade: upgradeStoredSnapshots,
        isEmpty: ({ snapshots }) => snapshots.length === 0,
        version: STORED_SNAPSHOTS_VERSION,
      }),
      partialize: ({ snapshots }): StoredSnapshots => ({ snapshots }),
      // getItem has already checked the state against its version's schema.
      migrate: upgrade,
    },
  ),
)

followRemovalInOtherTabs(SNAPSHOTS_STORAGE_KEY, () => useSnapshotStore.getState().actions.deviceCleared())

export const useSnapshots = () => useSnapshotStore((state) => state.snapshots)
export const useSnapshotActions = () => useSnapshotStore((state) => state.actions)

/** Every snapshot, read once (for a backup) rather than subscribed to. */
export const readSnapshots = (): Snapshot[] => useSnapshotStore.getState().snapshots

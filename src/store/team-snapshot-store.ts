import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ParseResult } from '../domain/common/parse-result.ts'
import {
  addTeamSnapshot,
  createEmptyTeamSnapshots,
  TEAM_SNAPSHOTS_FORMAT,
  type StoredTeamSnapshots,
} from '../domain/storage/stored-team-snapshots.ts'
import type { TeamSnapshot } from '../domain/storage/team-snapshot.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import { browserStorage, followRemovalInOtherTabs, type GetStorage } from './safe-storage.ts'
import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'

export const TEAM_SNAPSHOTS_STORAGE_KEY = `${STORAGE_KEY_PREFIX}team-snapshots`

interface TeamSnapshotActions {
  /** Refused, with the reason, when the list is full: a round is never dropped to make room. */
  teamSnapshotSaved: (snapshot: TeamSnapshot) => ParseResult<TeamSnapshot[]>
  teamSnapshotDeleted: (id: string) => void
  /** A backup replaces every team snapshot. */
  teamSnapshotsRestored: (snapshots: readonly TeamSnapshot[]) => void
  deviceCleared: () => void
}

type TeamSnapshotState = StoredTeamSnapshots & { actions: TeamSnapshotActions }

/** The app's one store over localStorage, or one over the storage a test passes. The last tab to save wins. */
export function createTeamSnapshotStore(getStorage: GetStorage = browserStorage) {
  return create<TeamSnapshotState>()(
    persist(
      (set, get) => ({
        ...createEmptyTeamSnapshots(),
        actions: {
          teamSnapshotSaved: (snapshot) => {
            const result = addTeamSnapshot(get().snapshots, snapshot)
            if (result.ok) set({ snapshots: result.value })
            return result
          },
          teamSnapshotDeleted: (id) =>
            set((state) => ({ snapshots: state.snapshots.filter((s) => s.id !== id) })),
          teamSnapshotsRestored: (snapshots) => set({ snapshots: [...snapshots] }),
          deviceCleared: () => set(createEmptyTeamSnapshots()),
        },
      }),
      persistedStoreOptions({
        name: TEAM_SNAPSHOTS_STORAGE_KEY,
        format: {
          ...TEAM_SNAPSHOTS_FORMAT,
          isEmpty: ({ snapshots }) => snapshots.length === 0,
        },
        partialize: ({ snapshots }: TeamSnapshotState): StoredTeamSnapshots => ({ snapshots }),
        getStorage,
      }),
    ),
  )
}

const useTeamSnapshotStore = createTeamSnapshotStore()

followRemovalInOtherTabs(TEAM_SNAPSHOTS_STORAGE_KEY, () =>
  useTeamSnapshotStore.getState().actions.deviceCleared(),
)

export const useTeamSnapshots = () => useTeamSnapshotStore((state) => state.snapshots)
export const useTeamSnapshotActions = () => useTeamSnapshotStore((state) => state.actions)
/** The actions outside React: for the device registry, which restores and clears every store at once. */
export const readTeamSnapshotActions = () => useTeamSnapshotStore.getState().actions

/** Every team snapshot, read once (for a backup) rather than subscribed to. */
export const readTeamSnapshots = (): TeamSnapshot[] => useTeamSnapshotStore.getState().snapshots

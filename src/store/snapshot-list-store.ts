import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { ok, type ParseResult } from '../domain/common/parse-result.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import {
  browserStorage,
  followRemovalInOtherTabs,
  type GetStorage,
  type SafeStorageCodec,
} from './safe-storage.ts'

/** What a list of snapshots stores under its key. */
interface StoredSnapshotList<Item> {
  snapshots: Item[]
}

/** One kind of snapshot list: its key, the domain's stored format and the domain's rule for adding to it. */
export interface KeptSnapshotList<Item> {
  /** The localStorage key. */
  name: string
  format: Omit<SafeStorageCodec<StoredSnapshotList<Item>>, 'isEmpty'>
  /** The list with one more, its id made unique, or why there is no room. */
  add: (snapshots: readonly Item[], snapshot: Item) => ParseResult<Item[]>
}

export interface SnapshotListActions<Item> {
  /**
   * Refused, with the reason, when the list is full: a snapshot is never dropped to make room. Gives the snapshot
   * as saved, whose id the list may have given a suffix to keep it unique.
   */
  snapshotSaved: (snapshot: Item) => ParseResult<Item>
  snapshotDeleted: (id: string) => void
  /** A backup replaces every snapshot. */
  snapshotsRestored: (snapshots: readonly Item[]) => void
  deviceCleared: () => void
}

type SnapshotListState<Item> = StoredSnapshotList<Item> & { actions: SnapshotListActions<Item> }

const emptyList = <Item>(): StoredSnapshotList<Item> => ({ snapshots: [] })

/**
 * A store of snapshots over localStorage, or over the storage a test passes. Snapshots are saved and deleted one at
 * a time, by a person, in one tab; the last tab to save wins.
 */
export function createSnapshotListStore<Item extends { id: string }>(
  { name, format, add }: KeptSnapshotList<Item>,
  getStorage: GetStorage = browserStorage,
) {
  return create<SnapshotListState<Item>>()(
    persist(
      (set, get) => ({
        ...emptyList<Item>(),
        actions: {
          snapshotSaved: (snapshot) => {
            const added = add(get().snapshots, snapshot)
            if (!added.ok) return added
            set({ snapshots: added.value })
            // The list appends: the saved snapshot, with the id it was given, is its last.
            const saved = added.value.at(-1) ?? snapshot
            return ok(saved)
          },
          snapshotDeleted: (id) =>
            set((state) => ({ snapshots: state.snapshots.filter((s) => s.id !== id) })),
          snapshotsRestored: (snapshots) => set({ snapshots: [...snapshots] }),
          deviceCleared: () => set(emptyList<Item>()),
        },
      }),
      persistedStoreOptions({
        name,
        format: { ...format, isEmpty: ({ snapshots }) => snapshots.length === 0 },
        partialize: ({ snapshots }: SnapshotListState<Item>): StoredSnapshotList<Item> => ({ snapshots }),
        getStorage,
      }),
    ),
  )
}

/** The app's one store of a kind of snapshot: its hooks, and a read of every snapshot once (for a backup). */
export function snapshotListInBrowser<Item extends { id: string }>(list: KeptSnapshotList<Item>) {
  const store = createSnapshotListStore(list)
  followRemovalInOtherTabs(list.name, () => store.getState().actions.deviceCleared())
  return {
    useSnapshots: () => store((state) => state.snapshots),
    useActions: () => store((state) => state.actions),
    read: (): Item[] => store.getState().snapshots,
    /** The actions outside React: for the device registry, which restores and clears every store at once. */
    readActions: () => store.getState().actions,
  }
}

import { create } from 'zustand'
import type { NewerStoredValue } from '../domain/storage/stored-value.ts'

export type StorageNotice =
  | {
      kind: 'unreadable'
      /** What could not be read, as a sentence names it: "your self-check", "the team view". */
      label: string
      /** The unreadable text exactly as it was found, so the user can download it. */
      raw: string
      errors: string[]
      /** The storage key it was kept under, or null when storage had no room to keep it. */
      keptAs: string | null
    }
  | { kind: 'unavailable'; detail: string }
  | ({ kind: 'newer' } & NewerStoredValue)

interface StorageStatusState {
  notices: StorageNotice[]
  actions: {
    storageProblemFound: (notice: StorageNotice) => void
    noticeDismissed: (notice: StorageNotice) => void
    /** The unreadable data the notices offer is gone with everything else. */
    deviceCleared: () => void
  }
}

const useStorageStatusStore = create<StorageStatusState>()((set) => ({
  notices: [],
  actions: {
    storageProblemFound: (notice) =>
      set((state) =>
        // One "unavailable" or "newer" warning is enough however many writes fail or keys a newer tab holds.
        notice.kind !== 'unreadable' && state.notices.some((n) => n.kind === notice.kind)
          ? state
          : { notices: [...state.notices, notice] },
      ),
    noticeDismissed: (notice) => set((state) => ({ notices: state.notices.filter((n) => n !== notice) })),
    deviceCleared: () => set({ notices: [] }),
  },
}))

export const useStorageNotices = () => useStorageStatusStore((state) => state.notices)
export const useStorageStatusActions = () => useStorageStatusStore((state) => state.actions)
export const reportStorageProblem = (notice: StorageNotice) =>
  useStorageStatusStore.getState().actions.storageProblemFound(notice)

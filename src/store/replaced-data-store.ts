import { create } from 'zustand'
import type { Backup } from '../domain/storage/backup-file.ts'

interface ReplacedDataState {
  /** What the last backup import replaced, kept in memory until it is undone or the page is closed. */
  replaced: Backup | null
  actions: {
    backupImported: (replaced: Backup) => void
    importUndone: () => void
  }
}

// Not persisted: the undo is offered right after an import, and the replaced data can be downloaded from there.
// A store of its own keeps the undo when the person moves between the Results and Team pages, which both offer it.
const useReplacedDataStore = create<ReplacedDataState>()((set) => ({
  replaced: null,
  actions: {
    backupImported: (replaced) => set({ replaced }),
    importUndone: () => set({ replaced: null }),
  },
}))

export const useReplacedData = () => useReplacedDataStore((state) => state.replaced)
export const useReplacedDataActions = () => useReplacedDataStore((state) => state.actions)

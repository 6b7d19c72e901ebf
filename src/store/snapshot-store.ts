import {
  addSnapshot,
  findNewerStoredSnapshots,
  parseStoredSnapshots,
  STORED_SNAPSHOTS_VERSION,
  upgradeStoredSnapshots,
  type Snapshot,
} from '../domain/formats/snapshots.ts'
import type { GetStorage } from './safe-storage.ts'
import { createSnapshotListStore, snapshotListInBrowser, type SnapshotList } from './snapshot-list-store.ts'

export const SNAPSHOTS_STORAGE_KEY = 'calms-radar:snapshots'

/** The self-check's snapshots, saved by name on the results page. */
const SNAPSHOTS: SnapshotList<Snapshot> = {
  name: SNAPSHOTS_STORAGE_KEY,
  format: {
    parse: parseStoredSnapshots,
    upgrade: upgradeStoredSnapshots,
    version: STORED_SNAPSHOTS_VERSION,
    findNewer: findNewerStoredSnapshots,
  },
  add: addSnapshot,
}

export const createSnapshotStore = (getStorage?: GetStorage) => createSnapshotListStore(SNAPSHOTS, getStorage)

const snapshots = snapshotListInBrowser(SNAPSHOTS)

export const useSnapshots = snapshots.useSnapshots
export const useSnapshotActions = snapshots.useActions
/** Every snapshot, read once (for a backup) rather than subscribed to. */
export const readSnapshots = snapshots.read

import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'
import { addSnapshot, SNAPSHOTS_FORMAT, type Snapshot } from '../domain/storage/snapshots.ts'
import type { GetStorage } from './safe-storage.ts'
import {
  createSnapshotListStore,
  snapshotListInBrowser,
  type KeptSnapshotList,
} from './snapshot-list-store.ts'

export const SNAPSHOTS_STORAGE_KEY = `${STORAGE_KEY_PREFIX}snapshots`

/** The self-check's snapshots, saved by name on the results page. */
const SNAPSHOTS: KeptSnapshotList<Snapshot> = {
  name: SNAPSHOTS_STORAGE_KEY,
  format: SNAPSHOTS_FORMAT,
  add: addSnapshot,
}

export const createSnapshotStore = (getStorage?: GetStorage) => createSnapshotListStore(SNAPSHOTS, getStorage)

const snapshots = snapshotListInBrowser(SNAPSHOTS)

export const useSnapshots = snapshots.useSnapshots
export const useSnapshotActions = snapshots.useActions
/** Every snapshot, read once (for a backup) rather than subscribed to. */
export const readSnapshots = snapshots.read
export const readSnapshotActions = snapshots.readActions

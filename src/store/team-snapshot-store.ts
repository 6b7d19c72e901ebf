import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'
import { addTeamSnapshot, TEAM_SNAPSHOTS_FORMAT } from '../domain/storage/stored-team-snapshots.ts'
import type { TeamSnapshot } from '../domain/storage/team-snapshot.ts'
import type { GetStorage } from './safe-storage.ts'
import {
  createSnapshotListStore,
  snapshotListInBrowser,
  type KeptSnapshotList,
} from './snapshot-list-store.ts'

export const TEAM_SNAPSHOTS_STORAGE_KEY = `${STORAGE_KEY_PREFIX}team-snapshots`

/** The team's rounds, each kept as a team snapshot when a new round starts or a plan is made. */
const TEAM_SNAPSHOTS: KeptSnapshotList<TeamSnapshot> = {
  name: TEAM_SNAPSHOTS_STORAGE_KEY,
  format: TEAM_SNAPSHOTS_FORMAT,
  add: addTeamSnapshot,
}

export const createTeamSnapshotStore = (getStorage?: GetStorage) =>
  createSnapshotListStore(TEAM_SNAPSHOTS, getStorage)

const teamSnapshots = snapshotListInBrowser(TEAM_SNAPSHOTS)

export const useTeamSnapshots = teamSnapshots.useSnapshots
export const useTeamSnapshotActions = teamSnapshots.useActions
/** Every team snapshot, read once (for a backup) rather than subscribed to. */
export const readTeamSnapshots = teamSnapshots.read
export const readTeamSnapshotActions = teamSnapshots.readActions

import {
  addTeamSnapshot,
  findNewerStoredTeamSnapshots,
  parseStoredTeamSnapshots,
  STORED_TEAM_SNAPSHOTS_VERSION,
  upgradeStoredTeamSnapshots,
} from '../domain/formats/stored-team-snapshots.ts'
import type { TeamSnapshot } from '../domain/plan/team-snapshot.ts'
import type { GetStorage } from './safe-storage.ts'
import { createSnapshotListStore, snapshotListInBrowser, type SnapshotList } from './snapshot-list-store.ts'

export const TEAM_SNAPSHOTS_STORAGE_KEY = 'calms-radar:team-snapshots'

/** The team's rounds, each kept as a team snapshot when a new round starts or a plan is made. */
const TEAM_SNAPSHOTS: SnapshotList<TeamSnapshot> = {
  name: TEAM_SNAPSHOTS_STORAGE_KEY,
  format: {
    parse: parseStoredTeamSnapshots,
    upgrade: upgradeStoredTeamSnapshots,
    version: STORED_TEAM_SNAPSHOTS_VERSION,
    findNewer: findNewerStoredTeamSnapshots,
  },
  add: addTeamSnapshot,
}

export const createTeamSnapshotStore = (getStorage?: GetStorage) =>
  createSnapshotListStore(TEAM_SNAPSHOTS, getStorage)

const teamSnapshots = snapshotListInBrowser(TEAM_SNAPSHOTS)

export const useTeamSnapshots = teamSnapshots.useSnapshots
export const useTeamSnapshotActions = teamSnapshots.useActions
/** Every team snapshot, read once (for a backup) rather than subscribed to. */
export const readTeamSnapshots = teamSnapshots.read

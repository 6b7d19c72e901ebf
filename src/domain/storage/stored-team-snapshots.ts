import type { ParseResult } from '../common/parse-result.ts'
import type { z } from '../common/zod-setup.ts'
import { addToStoredList, storedListSchema, type SnapshotList } from './snapshot-list.ts'
import { TeamSnapshotSchema, type TeamSnapshot } from './team-snapshot.ts'
import { checkStoredState, storedFormat, type StoredValueName } from './stored-value.ts'

/*
 * The team's rounds (a kickoff, each retro), kept apart from the self-check's snapshots: a team snapshot holds
 * counts and per person scores, not one person's answers, and "Clear this device" and the backup name it apart.
 */
export const STORED_TEAM_SNAPSHOTS_VERSION = 1
/** A year of fortnightly retros; a 51st is refused so that no round is ever dropped unasked. */
export const MAX_TEAM_SNAPSHOTS = 50

/** Why a round cannot be kept when the list is full, and how to make room. */
export const TEAM_SNAPSHOTS_FULL_MESSAGE =
  `The team already has ${MAX_TEAM_SNAPSHOTS} snapshots, the most this app keeps. ` +
  'Delete one you no longer need under "Compare over time", then try again.'

const TEAM_SNAPSHOT_LIST: SnapshotList = {
  max: MAX_TEAM_SNAPSHOTS,
  noun: 'team snapshots',
  fullMessage: TEAM_SNAPSHOTS_FULL_MESSAGE,
}

export const StoredTeamSnapshotsSchema = storedListSchema(TeamSnapshotSchema, TEAM_SNAPSHOT_LIST)
export type StoredTeamSnapshots = z.infer<typeof StoredTeamSnapshotsSchema>

const TEAM_SNAPSHOTS: StoredValueName = {
  name: 'team snapshots',
  plural: true,
  label: "the team's snapshots",
}

export function createEmptyTeamSnapshots(): StoredTeamSnapshots {
  return { snapshots: [] }
}

export const TEAM_SNAPSHOTS_FORMAT = storedFormat({
  name: TEAM_SNAPSHOTS,
  version: STORED_TEAM_SNAPSHOTS_VERSION,
  readers: {
    [STORED_TEAM_SNAPSHOTS_VERSION]: (state) =>
      checkStoredState(TEAM_SNAPSHOTS, StoredTeamSnapshotsSchema, state),
  },
})

/** Adds a team snapshot to the list, or says why not (the list is full). */
export function addTeamSnapshot(
  snapshots: readonly TeamSnapshot[],
  snapshot: TeamSnapshot,
): ParseResult<TeamSnapshot[]> {
  return addToStoredList(TEAM_SNAPSHOT_LIST, snapshots, snapshot)
}

/** How a team snapshot is named in a list, as a self-check snapshot is: e.g. "2026-11-26 Retro 3". */

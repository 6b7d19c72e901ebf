import { ok, fail, type ParseResult } from '../common/parse-result.ts'
import { z } from '../common/zod-setup.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { TeamSnapshotSchema, type TeamSnapshot } from '../plan/team-snapshot.ts'
import {
  checkStoredState,
  findNewerStoredValue,
  openStoredValue,
  readStoredState,
  type NewerStoredValue,
  type StoredValueName,
} from './stored-value.ts'

/*
 * The team's rounds (a kickoff, each retro), kept apart from the self-check's snapshots: a team snapshot holds
 * counts and per person scores, not one person's answers, and "Clear this device" and the backup name it apart.
 */
export const STORED_TEAM_SNAPSHOTS_VERSION = 1
/** A year of fortnightly retros; a 51st is refused so that no round is ever dropped unasked. */
export const MAX_TEAM_SNAPSHOTS = 50

export const StoredTeamSnapshotsSchema = z.strictObject({
  snapshots: z.array(TeamSnapshotSchema).check(
    z.maxLength(MAX_TEAM_SNAPSHOTS, `at most ${MAX_TEAM_SNAPSHOTS} team snapshots`),
    // The team's "Compare with" list and "Delete snapshot" find a snapshot by its id.
    z.refine(
      (snapshots) => new Set(snapshots.map((s) => s.id)).size === snapshots.length,
      'ids must be unique',
    ),
  ),
})
export type StoredTeamSnapshots = z.infer<typeof StoredTeamSnapshotsSchema>

const TEAM_SNAPSHOTS: StoredValueName = { name: 'team snapshots', plural: true }

export function createEmptyTeamSnapshots(): StoredTeamSnapshots {
  return { snapshots: [] }
}

/** Checks stored team snapshots of a known version and brings them up to the current one (persist's migrate). */
export function upgradeStoredTeamSnapshots(
  state: unknown,
  version: number,
): ParseResult<StoredTeamSnapshots> {
  return readStoredState(TEAM_SNAPSHOTS, state, version, {
    [STORED_TEAM_SNAPSHOTS_VERSION]: (current) =>
      checkStoredState(TEAM_SNAPSHOTS, StoredTeamSnapshotsSchema, current),
  })
}

/** The one place that reads team snapshots back from storage. */
export function parseStoredTeamSnapshots(
  raw: string,
): ParseResult<{ state: StoredTeamSnapshots; version: number }> {
  return openStoredValue(raw, TEAM_SNAPSHOTS, (state, version) => {
    const checked = upgradeStoredTeamSnapshots(state, version)
    return checked.ok ? ok({ state: checked.value, version }) : checked
  })
}

/** Team snapshots as a newer CALMS Radar wrote them, which this app leaves alone; undefined when they are not. */
export function findNewerStoredTeamSnapshots(raw: string): NewerStoredValue | undefined {
  return findNewerStoredValue(raw, STORED_TEAM_SNAPSHOTS_VERSION, BANK_VERSIONS.current.bankVersion)
}

/** Why a round cannot be kept when the list is full, and how to make room. */
export const TEAM_SNAPSHOTS_FULL_MESSAGE =
  `The team already has ${MAX_TEAM_SNAPSHOTS} snapshots, the most this app keeps. ` +
  'Delete one you no longer need under "Compare over time", then try again.'

/**
 * Adds a team snapshot to the list, or says why not. Two saved in the same second would share an id, so the
 * later one gets a suffix.
 */
export function addTeamSnapshot(
  snapshots: readonly TeamSnapshot[],
  snapshot: TeamSnapshot,
): ParseResult<TeamSnapshot[]> {
  if (snapshots.length >= MAX_TEAM_SNAPSHOTS) return fail(TEAM_SNAPSHOTS_FULL_MESSAGE)
  const ids = new Set(snapshots.map((s) => s.id))
  let id = snapshot.id
  for (let suffix = 2; ids.has(id); suffix += 1) id = `${snapshot.id}-${suffix}`
  return ok([...snapshots, { ...snapshot, id }])
}

/** How a team snapshot is named in a list: its date (UTC, as stored) and its label, e.g. "2026-11-26 Retro 3". */
export function describeTeamSnapshot(snapshot: TeamSnapshot): string {
  return `${snapshot.takenAt.slice(0, 10)} ${snapshot.label}`
}

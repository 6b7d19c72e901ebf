import { listInWords } from '../domain/common/list-words.ts'
import { plural } from '../domain/common/plural.ts'
import { describeContents, type Backup } from '../domain/storage/backup-file.ts'
import { createEmptyPlans, isPlanStateEmpty, PLANS_FORMAT } from '../domain/storage/stored-plans.ts'
import { SELF_CHECK } from '../domain/storage/stored-assessment.ts'
import { SNAPSHOTS_FORMAT } from '../domain/storage/snapshots.ts'
import { TEAM_VIEW } from '../domain/storage/stored-team-session.ts'
import { TEAM_SNAPSHOTS_FORMAT } from '../domain/storage/stored-team-snapshots.ts'
import { readAssessmentActions, readStoredAssessment } from './assessment-store.ts'
import { ASSESSMENT_STORAGE_KEY } from '../domain/storage/assessment-storage-key.ts'
import { PLANS_STORAGE_KEY } from './plan-storage-key.ts'
import { readPlanActions, readPlans } from './plan-store.ts'
import { readSnapshotActions, readSnapshots, SNAPSHOTS_STORAGE_KEY } from './snapshot-store.ts'
import {
  readTeamSnapshotActions,
  readTeamSnapshots,
  TEAM_SNAPSHOTS_STORAGE_KEY,
} from './team-snapshot-store.ts'
import { readTeamActions, readTeamSession, TEAM_STORAGE_KEY } from './team-store.ts'
import { LIVE_SESSION_STORAGE_KEY, readLiveSessionActions } from './live-session-store.ts'
import { LIVE_SESSION_FORMAT } from '../domain/storage/stored-live-session.ts'
import { COACH_VIEW } from '../domain/storage/stored-coach.ts'
import { TEAM_IDENTITY_FORMAT } from '../domain/storage/stored-team-identity.ts'
import { COACH_STORAGE_KEY, readCoachActions, readCoachTeams } from './coach-store.ts'
import {
  readTeamIdentity,
  readTeamIdentityActions,
  TEAM_IDENTITY_STORAGE_KEY,
} from './team-identity-store.ts'

/*
 * What this device keeps, one registration per kind: its storage key, how the page names it, and how it is read
 * into a backup, restored from one and cleared. The backup, "Clear this device" and every sentence that lists
 * what the device keeps loop over this list, so adding a kind of stored data is one entry here.
 */

/** What a backup file carries besides its envelope: one part per kind of kept data that goes into a backup. */
export type BackupParts = Omit<Backup, 'format' | 'version' | 'app' | 'bankVersion' | 'exportedAt'>
type BackupField = keyof BackupParts
type BackupPart<Field extends BackupField> = NonNullable<BackupParts[Field]>

interface Registration<Field extends BackupField> {
  key: string
  /** How a sentence names it ("your self-check", "the team view"): its stored format's label. */
  label: string
  clear: () => void
  /** Absent for a kind a backup leaves out. */
  backup?: {
    field: Field
    read: () => BackupPart<Field>
    restore: (part: BackupPart<Field>) => void
    /**
     * What restoring a file written before this part existed leaves, since a backup replaces everything; absent
     * for a part every backup version carries.
     */
    empty?: () => BackupPart<Field>
    /** The part in a sentence about a backup ("2 snapshots"); undefined when there is nothing worth naming. */
    describe: (parts: BackupParts) => string | undefined
  }
}

/** One kind of data this device keeps, as the backup, "Clear this device" and their sentences use it. */
export interface KeptKind {
  key: string
  label: string
  clear: () => void
  backup:
    | {
        readInto: (parts: Partial<BackupParts>) => void
        restoreFrom: (parts: BackupParts) => void
        describe: (parts: BackupParts) => string | undefined
      }
    | undefined
}

function register<Field extends BackupField>({ key, label, clear, backup }: Registration<Field>): KeptKind {
  return {
    key,
    label,
    clear,
    backup: backup && {
      readInto: (parts) => {
        parts[backup.field] = backup.read()
      },
      restoreFrom: (parts) => {
        const part = parts[backup.field] ?? backup.empty?.()
        if (part !== undefined) backup.restore(part)
      },
      describe: backup.describe,
    },
  }
}

export const KEPT_KINDS: readonly KeptKind[] = [
  register({
    key: ASSESSMENT_STORAGE_KEY,
    label: SELF_CHECK.label,
    clear: () => readAssessmentActions().deviceCleared(),
    backup: {
      field: 'selfCheck',
      read: readStoredAssessment,
      restore: (selfCheck) => readAssessmentActions().selfCheckRestored(selfCheck),
      describe: (parts) =>
        `a self-check with ${plural(describeContents(parts).selfCheckAnswers, 'answer', 'answers')}`,
    },
  }),
  register({
    key: SNAPSHOTS_STORAGE_KEY,
    label: SNAPSHOTS_FORMAT.stored.label,
    clear: () => readSnapshotActions().deviceCleared(),
    backup: {
      field: 'snapshots',
      read: readSnapshots,
      restore: (snapshots) => readSnapshotActions().snapshotsRestored(snapshots),
      empty: () => [],
      // Named only when there are some, so a backup from before snapshots reads as it always did.
      describe: ({ snapshots = [] }) =>
        snapshots.length === 0 ? undefined : plural(snapshots.length, 'snapshot', 'snapshots'),
    },
  }),
  register({
    key: PLANS_STORAGE_KEY,
    label: PLANS_FORMAT.stored.label,
    clear: () => readPlanActions().deviceCleared(),
    backup: {
      field: 'plans',
      read: readPlans,
      restore: (plans) => readPlanActions().plansRestored(plans),
      empty: createEmptyPlans,
      describe: ({ plans }) => {
        if (plans === undefined || (isPlanStateEmpty(plans.selfCheck) && isPlanStateEmpty(plans.team))) {
          return undefined
        }
        const experiments = plans.selfCheck.plan.experiments.length + plans.team.plan.experiments.length
        return `targets and plans with ${plural(experiments, 'experiment', 'experiments')}`
      },
    },
  }),
  register({
    key: TEAM_STORAGE_KEY,
    label: TEAM_VIEW.label,
    clear: () => readTeamActions().deviceCleared(),
    backup: {
      field: 'team',
      read: readTeamSession,
      restore: (team) => readTeamActions().teamRestored(team),
      describe: (parts) => {
        const { sessionName, teamResponses } = describeContents(parts)
        const session = sessionName.trim() === '' ? 'a team view' : `the team view "${sessionName.trim()}"`
        return `${session} with ${plural(teamResponses, 'response', 'responses')}`
      },
    },
  }),
  register({
    key: TEAM_SNAPSHOTS_STORAGE_KEY,
    label: TEAM_SNAPSHOTS_FORMAT.stored.label,
    clear: () => readTeamSnapshotActions().deviceCleared(),
    backup: {
      field: 'teamSnapshots',
      read: readTeamSnapshots,
      restore: (snapshots) => readTeamSnapshotActions().snapshotsRestored(snapshots),
      empty: () => [],
      describe: ({ teamSnapshots = [] }) =>
        teamSnapshots.length === 0
          ? undefined
          : plural(teamSnapshots.length, 'team snapshot', 'team snapshots'),
    },
  }),
  // A file without an identity (older than team files) leaves this team view's as it is: no `empty`.
  register({
    key: TEAM_IDENTITY_STORAGE_KEY,
    label: TEAM_IDENTITY_FORMAT.stored.label,
    clear: () => readTeamIdentityActions().deviceCleared(),
    backup: {
      field: 'teamIdentity',
      read: readTeamIdentity,
      restore: (identity) => readTeamIdentityActions().teamIdentityRestored(identity),
      describe: ({ teamIdentity }) => {
        const pseudonym = teamIdentity?.pseudonym.trim() ?? ''
        return pseudonym === '' ? undefined : `the team pseudonym "${pseudonym}"`
      },
    },
  }),
  register({
    key: COACH_STORAGE_KEY,
    label: COACH_VIEW.label,
    clear: () => readCoachActions().deviceCleared(),
    backup: {
      field: 'coach',
      read: readCoachTeams,
      restore: (teams) => readCoachActions().coachRestored(teams),
      empty: () => [],
      describe: ({ coach = [] }) =>
        coach.length === 0 ? undefined : `the coach's view of ${plural(coach.length, 'team', 'teams')}`,
    },
  }),
  // No backup: a live session lasts a meeting, and its private key cannot leave this browser anyway.
  register({
    key: LIVE_SESSION_STORAGE_KEY,
    label: LIVE_SESSION_FORMAT.stored.label,
    clear: () => readLiveSessionActions().deviceCleared(),
  }),
]

const inBackup = KEPT_KINDS.flatMap(({ label, backup }) => (backup ? [{ label, ...backup }] : []))

/** Every kind this device keeps, in words: "your self-check, your snapshots, ... and the team's snapshots". */
export const KEPT_ON_DEVICE = listInWords(KEPT_KINDS.map(({ label }) => label))

/** What a backup holds, in words. */
export const KEPT_IN_BACKUP = listInWords(inBackup.map(({ label }) => label))

/** How a sentence names what was kept under a storage key; undefined for a key no kind registers. */
export const labelOfKey = (key: string): string | undefined =>
  KEPT_KINDS.find((kind) => kind.key === key)?.label

/** Everything a backup takes from this device, read once. */
export function readBackupParts(): BackupParts {
  const parts: Partial<BackupParts> = {}
  for (const { readInto } of inBackup) readInto(parts)
  const { selfCheck, team } = parts
  // Both are registered above; a backup without them would not be read back.
  if (selfCheck === undefined || team === undefined)
    throw new Error('The self-check or team view is not kept.')
  return { ...parts, selfCheck, team }
}

/** A backup replaces everything it carries a part for; a part a file lacks (an older file) is left empty. */
export function restoreBackupParts(parts: BackupParts): void {
  for (const { restoreFrom } of inBackup) restoreFrom(parts)
}

/** What a backup holds, in a sentence: "a self-check with 3 answers, 2 snapshots and the team view ...". */
export function describeBackupParts(parts: BackupParts): string {
  return listInWords(inBackup.flatMap(({ describe }) => describe(parts) ?? []))
}

/** Empties every store, so the page neither shows nor writes back what "Clear this device" removed. */
export function clearKeptKinds(): void {
  for (const { clear } of KEPT_KINDS) clear()
}

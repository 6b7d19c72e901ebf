import { fail, formatZodIssues, ok, shorten, type ParseResult } from '../common/parse-result.ts'
import { megabytes } from '../common/file-size.ts'
import { isRecord } from '../common/is-record.ts'
import type { BankVersions } from '../bank/bank-versions.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { upgradeStoredAssessment, type StoredAssessment } from './stored-assessment.ts'
import { parseStoredTeamState, type StoredTeamSession } from './stored-team-session.ts'
import { SNAPSHOTS_FORMAT, type Snapshot } from './snapshots.ts'
import { PLANS_FORMAT, type StoredPlans } from './stored-plans.ts'
import { TEAM_SNAPSHOTS_FORMAT } from './stored-team-snapshots.ts'
import type { TeamSnapshot } from './team-snapshot.ts'
import { z } from '../common/zod-setup.ts'
import type { CoachTeam } from '../coach/coach-teams.ts'
import { coachFormat } from './stored-coach.ts'
import { TEAM_IDENTITY_FORMAT, type StoredTeamIdentity } from './stored-team-identity.ts'

/*
 * A backup holds everything the app keeps in this browser, so a person can move to another browser or undo a
 * mistake. Each backup version names the stored version of each part it carries, and old backups are read through
 * the same upgrades storage uses (which also bring their answers to the current question bank). Snapshots came
 * later as an optional field: a file without it holds no snapshots. Version 3 adds the targets and action plans (and
 * snapshots that may carry them) and the team's snapshots of its rounds; a file without plans or team snapshots
 * holds none. Version 4 adds the coach's teams and the team view's id and pseudonym (its team files' identity);
 * a file without them holds no coach's teams and leaves the identity as it is.
 */
export const BACKUP_FORMAT = 'calms-radar'
export const BACKUP_VERSION = 4

/**
 * The stored version of each part, by backup version: 2 carries the self-check with its set-aside answers, 3 the
 * plans, snapshots of version 2 and team snapshots.
 */
const PARTS_BY_BACKUP_VERSION: Readonly<
  Record<
    number,
    {
      selfCheck: number
      team: number
      snapshots: number
      plans?: number
      teamSnapshots?: number
      coach?: number
      teamIdentity?: number
    }
  >
> = {
  1: { selfCheck: 2, team: 1, snapshots: 1 },
  2: { selfCheck: 3, team: 1, snapshots: 1 },
  3: { selfCheck: 3, team: 1, snapshots: 2, plans: 1, teamSnapshots: 1 },
  4: { selfCheck: 3, team: 1, snapshots: 2, plans: 1, teamSnapshots: 1, coach: 1, teamIdentity: 1 },
}
export const SELF_CHECK_VERSION_IN_BACKUP = 3
export const TEAM_VERSION_IN_BACKUP = 1
export const SNAPSHOTS_VERSION_IN_BACKUP = 2
export const PLANS_VERSION_IN_BACKUP = 1
export const TEAM_SNAPSHOTS_VERSION_IN_BACKUP = 1
export const COACH_VERSION_IN_BACKUP = 1
export const TEAM_IDENTITY_VERSION_IN_BACKUP = 1
/**
 * A full team view of 1,000 responses is about 1 MB, and the coach's 20,000 share codes at most about 1.3 MB more;
 * a file far bigger is not a backup and is not read.
 */
export const MAX_BACKUP_BYTES = 4 * 1024 * 1024

const BackupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.int(),
  app: z.string().check(z.maxLength(100)),
  /** The question bank of the app that wrote the file; the answers inside name their own bank version too. */
  bankVersion: z.int().check(z.positive()),
  exportedAt: z.iso.datetime({ offset: true }),
  selfCheck: z.unknown(),
  team: z.unknown(),
  snapshots: z.optional(z.unknown()),
  plans: z.optional(z.unknown()),
  teamSnapshots: z.optional(z.unknown()),
  coach: z.optional(z.unknown()),
  teamIdentity: z.optional(z.unknown()),
})

export interface Backup {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  app: string
  bankVersion: number
  exportedAt: string
  selfCheck: StoredAssessment
  team: StoredTeamSession
  /** Absent in files written before snapshots existed. */
  snapshots?: Snapshot[]
  /** Absent in files written before targets and plans existed. */
  plans?: StoredPlans
  /** Absent in files written before team snapshots existed. */
  teamSnapshots?: TeamSnapshot[]
  /** Absent in files written before the coach's view existed. */
  coach?: CoachTeam[]
  /** Absent in files written before team files existed. */
  teamIdentity?: StoredTeamIdentity
}

interface BackupContents {
  selfCheck: StoredAssessment
  team: StoredTeamSession
  snapshots?: Snapshot[]
  plans?: StoredPlans
  teamSnapshots?: TeamSnapshot[]
  coach?: CoachTeam[]
  teamIdentity?: StoredTeamIdentity
}

export function createBackup(
  contents: BackupContents,
  versions: { app: string; bankVersion: number },
  exportedAt: Date,
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    app: versions.app,
    bankVersion: versions.bankVersion,
    exportedAt: exportedAt.toISOString(),
    selfCheck: contents.selfCheck,
    team: contents.team,
    ...(contents.snapshots === undefined ? {} : { snapshots: contents.snapshots }),
    ...(contents.plans === undefined ? {} : { plans: contents.plans }),
    ...(contents.teamSnapshots === undefined ? {} : { teamSnapshots: contents.teamSnapshots }),
    ...(contents.coach === undefined ? {} : { coach: contents.coach }),
    ...(contents.teamIdentity === undefined ? {} : { teamIdentity: contents.teamIdentity }),
  }
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`
}

const NOT_A_BACKUP = 'Not a CALMS Radar backup:'

/**
 * The one reader of a backup file. `size` is the file's size in bytes, checked before anything is parsed (the
 * caller passes an empty text for a file it did not read because it is too big).
 */
export function parseBackupFile(
  file: { size: number; text: string },
  bankVersions: BankVersions = BANK_VERSIONS,
): ParseResult<Backup> {
  if (file.size > MAX_BACKUP_BYTES || file.text.length > MAX_BACKUP_BYTES) {
    const size = (Math.max(file.size, file.text.length) / 1024 / 1024).toFixed(1)
    return fail(`${NOT_A_BACKUP} it is ${size} MB, and a backup is at most ${megabytes(MAX_BACKUP_BYTES)}.`)
  }
  let data: unknown
  try {
    data = JSON.parse(file.text)
  } catch {
    return fail(`${NOT_A_BACKUP} it is not valid JSON. Choose the .json file "Download JSON backup" saved.`)
  }
  if (!isRecord(data)) return fail(`${NOT_A_BACKUP} it does not hold a JSON object.`)
  if (data['format'] !== BACKUP_FORMAT) {
    const format = data['format']
    const shown = typeof format === 'string' ? `"${shorten(format)}"` : 'missing'
    return fail(`${NOT_A_BACKUP} its "format" field is ${shown}, not "${BACKUP_FORMAT}".`)
  }
  const version = data['version']
  const parts = typeof version === 'number' ? PARTS_BY_BACKUP_VERSION[version] : undefined
  if (parts === undefined) {
    const shown = typeof version === 'number' ? String(version) : JSON.stringify(version ?? null)
    return fail(
      typeof version === 'number' && version > BACKUP_VERSION
        ? `This backup was made with a newer CALMS Radar (backup file version ${shorten(shown)}; this app ` +
            `reads up to version ${BACKUP_VERSION}): reload the page.`
        : `This backup has file version ${shorten(shown)}, which CALMS Radar never wrote.`,
    )
  }
  const envelope = BackupEnvelopeSchema.safeParse(data)
  if (!envelope.success) {
    // The shared formatter quotes unknown keys short and few; zod's own message quotes every one in full.
    return fail(...formatZodIssues(envelope.error, 'backup'))
  }
  // The upgrade brings the self-check to the current bank, and refuses one from a newer bank naming both versions.
  const selfCheck = upgradeStoredAssessment(envelope.data.selfCheck, parts.selfCheck, bankVersions)
  if (!selfCheck.ok) return fail(...selfCheck.errors.map((error) => `backup: ${error}`))
  const team = parseStoredTeamState(envelope.data.team, parts.team, bankVersions.getBank)
  if (!team.ok) return fail(...team.errors.map((error) => `backup: ${error}`))
  const snapshots =
    envelope.data.snapshots === undefined
      ? undefined
      : SNAPSHOTS_FORMAT.upgrade({ snapshots: envelope.data.snapshots }, parts.snapshots)
  if (snapshots?.ok === false) return fail(...snapshots.errors.map((error) => `backup: ${error}`))
  // A version without plans reads "plans" as unknown (refused), as it would any other unknown part.
  if (envelope.data.plans !== undefined && parts.plans === undefined) {
    return fail(`backup: version ${String(version)} files hold no "plans".`)
  }
  const plans =
    envelope.data.plans === undefined || parts.plans === undefined
      ? undefined
      : PLANS_FORMAT.upgrade(envelope.data.plans, parts.plans)
  if (plans?.ok === false) return fail(...plans.errors.map((error) => `backup: ${error}`))
  if (envelope.data.teamSnapshots !== undefined && parts.teamSnapshots === undefined) {
    return fail(`backup: version ${String(version)} files hold no "teamSnapshots".`)
  }
  const teamSnapshots =
    envelope.data.teamSnapshots === undefined || parts.teamSnapshots === undefined
      ? undefined
      : TEAM_SNAPSHOTS_FORMAT.upgrade({ snapshots: envelope.data.teamSnapshots }, parts.teamSnapshots)
  if (teamSnapshots?.ok === false) return fail(...teamSnapshots.errors.map((error) => `backup: ${error}`))
  if (envelope.data.coach !== undefined && parts.coach === undefined) {
    return fail(`backup: version ${String(version)} files hold no "coach".`)
  }
  const coach =
    envelope.data.coach === undefined || parts.coach === undefined
      ? undefined
      : coachFormat(bankVersions.getBank).upgrade({ teams: envelope.data.coach }, parts.coach)
  if (coach?.ok === false) return fail(...coach.errors.map((error) => `backup: ${error}`))
  if (envelope.data.teamIdentity !== undefined && parts.teamIdentity === undefined) {
    return fail(`backup: version ${String(version)} files hold no "teamIdentity".`)
  }
  const teamIdentity =
    envelope.data.teamIdentity === undefined || parts.teamIdentity === undefined
      ? undefined
      : TEAM_IDENTITY_FORMAT.upgrade(envelope.data.teamIdentity, parts.teamIdentity)
  if (teamIdentity?.ok === false) return fail(...teamIdentity.errors.map((error) => `backup: ${error}`))
  return ok({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    app: envelope.data.app,
    bankVersion: envelope.data.bankVersion,
    exportedAt: envelope.data.exportedAt,
    selfCheck: selfCheck.value,
    // The backup's shape (version 1's): the numbers read are 1 to n in its order, which restoring gives again.
    team: { sessionName: team.value.sessionName, responses: team.value.responses },
    ...(snapshots === undefined ? {} : { snapshots: snapshots.value.snapshots }),
    ...(plans === undefined ? {} : { plans: plans.value }),
    ...(teamSnapshots === undefined ? {} : { teamSnapshots: teamSnapshots.value.snapshots }),
    ...(coach === undefined ? {} : { coach: coach.value.teams }),
    ...(teamIdentity === undefined ? {} : { teamIdentity: teamIdentity.value }),
  })
}

/** What a backup holds, in numbers a person can compare before replacing their data with it. */
export interface BackupOverview {
  selfCheckAnswers: number
  sessionName: string
  teamResponses: number
}

export function describeContents(contents: BackupContents): BackupOverview {
  return {
    selfCheckAnswers:
      Object.keys(contents.selfCheck.answers).length +
      Object.values(contents.selfCheck.dora).filter((answer) => answer !== undefined).length,
    sessionName: contents.team.sessionName,
    teamResponses: contents.team.responses.length,
  }
}

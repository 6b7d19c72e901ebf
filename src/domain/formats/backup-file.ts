import { fail, formatZodIssues, ok, shorten, type ParseResult } from '../common/parse-result.ts'
import { isRecord } from '../common/is-record.ts'
import type { GetBank } from './response.ts'
import { upgradeStoredAssessment, type StoredAssessment } from './stored-assessment.ts'
import { parseStoredTeamState, type StoredTeamSession } from './stored-team-session.ts'
import { upgradeStoredSnapshots, type Snapshot } from './snapshots.ts'
import { z } from '../common/zod-setup.ts'

/*
 * A backup holds everything the app keeps in this browser, so a person can move to another browser or undo a
 * mistake. Version 1 carries the self-check in its stored version 2 and the team view in its stored version 1;
 * a later change to either stored shape reads old backups through the same upgrades storage uses. Snapshots came
 * later as an optional field (the list as stored in its version 1): a file without it holds no snapshots.
 */
export const BACKUP_FORMAT = 'calms-radar'
export const BACKUP_VERSION = 1
export const SELF_CHECK_VERSION_IN_BACKUP = 2
export const TEAM_VERSION_IN_BACKUP = 1
export const SNAPSHOTS_VERSION_IN_BACKUP = 1
/** A full team view of 1,000 responses is about 1 MB; a file far bigger is not a backup and is not read. */
export const MAX_BACKUP_BYTES = 2 * 1024 * 1024

const BackupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  app: z.string().check(z.maxLength(100)),
  /** The question bank of the app that wrote the file; the answers inside name their own bank version too. */
  bankVersion: z.int().check(z.positive()),
  exportedAt: z.iso.datetime({ offset: true }),
  selfCheck: z.unknown(),
  team: z.unknown(),
  snapshots: z.optional(z.unknown()),
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
}

interface BackupContents {
  selfCheck: StoredAssessment
  team: StoredTeamSession
  snapshots?: Snapshot[]
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
export function parseBackupFile(file: { size: number; text: string }, getBank: GetBank): ParseResult<Backup> {
  if (file.size > MAX_BACKUP_BYTES || file.text.length > MAX_BACKUP_BYTES) {
    const megabytes = (Math.max(file.size, file.text.length) / 1024 / 1024).toFixed(1)
    return fail(`${NOT_A_BACKUP} it is ${megabytes} MB, and a backup is at most 2 MB.`)
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
  if (version !== BACKUP_VERSION) {
    const shown = typeof version === 'number' ? String(version) : JSON.stringify(version ?? null)
    return fail(
      `This backup has file version ${shorten(shown)}, which this version of CALMS Radar does not know. ` +
        'It may come from a newer version of the app: update the app to read it.',
    )
  }
  const envelope = BackupEnvelopeSchema.safeParse(data)
  if (!envelope.success) {
    // The shared formatter quotes unknown keys short and few; zod's own message quotes every one in full.
    return fail(...formatZodIssues(envelope.error, 'backup'))
  }
  const selfCheck = upgradeStoredAssessment(envelope.data.selfCheck, SELF_CHECK_VERSION_IN_BACKUP)
  if (!selfCheck.ok) return fail(...selfCheck.errors.map((error) => `backup: ${error}`))
  // Storage does not know the bank, but a self-check restored from elsewhere must be one this app can score.
  if (getBank(selfCheck.value.bankVersion) === undefined) {
    return fail(
      `The self-check in this backup uses question bank version ${selfCheck.value.bankVersion}, which this ` +
        'version of CALMS Radar does not know. Update the app to read it.',
    )
  }
  const team = parseStoredTeamState(envelope.data.team, TEAM_VERSION_IN_BACKUP, getBank)
  if (!team.ok) return fail(...team.errors.map((error) => `backup: ${error}`))
  const snapshots =
    envelope.data.snapshots === undefined
      ? undefined
      : upgradeStoredSnapshots({ snapshots: envelope.data.snapshots }, SNAPSHOTS_VERSION_IN_BACKUP)
  if (snapshots?.ok === false) return fail(...snapshots.errors.map((error) => `backup: ${error}`))
  return ok({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    app: envelope.data.app,
    bankVersion: envelope.data.bankVersion,
    exportedAt: envelope.data.exportedAt,
    selfCheck: selfCheck.value,
    team: team.value,
    ...(snapshots === undefined ? {} : { snapshots: snapshots.value.snapshots }),
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

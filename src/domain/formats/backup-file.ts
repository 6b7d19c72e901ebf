import { fail, formatZodIssues, ok, shorten, type ParseResult } from '../common/parse-result.ts'
import { isRecord } from '../common/is-record.ts'
import type { BankVersions } from '../bank/bank-versions.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { upgradeStoredAssessment, type StoredAssessment } from './stored-assessment.ts'
import { parseStoredTeamState, type StoredTeamSession } from './stored-team-session.ts'
import { upgradeStoredSnapshots, type Snapshot } from './snapshots.ts'
import { z } from '../common/zod-setup.ts'

/*
 * A backup holds everything the app keeps in this browser, so a person can move to another browser or undo a
 * mistake. Each backup version names the stored version of each part it carries, and old backups are read through
 * the same upgrades storage uses (which also bring their answers to the current question bank). Snapshots came
 * later as an optional field: a file without it holds no snapshots.
 */
export const BACKUP_FORMAT = 'calms-radar'
export const BACKUP_VERSION = 2

/** The stored version of each part, by backup version: 2 carries the self-check with its set-aside answers. */
const PARTS_BY_BACKUP_VERSION: Readonly<
  Record<number, { selfCheck: number; team: number; snapshots: number }>
> = {
  1: { selfCheck: 2, team: 1, snapshots: 1 },
  2: { selfCheck: 3, team: 1, snapshots: 1 },
}
export const SELF_CHECK_VERSION_IN_BACKUP = 3
export const TEAM_VERSION_IN_BACKUP = 1
export const SNAPSHOTS_VERSION_IN_BACKUP = 1
/** A full team view of 1,000 responses is about 1 MB; a file far bigger is not a backup and is not read. */
export const MAX_BACKUP_BYTES = 2 * 1024 * 1024

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
export function parseBackupFile(
  file: { size: number; text: string },
  bankVersions: BankVersions = BANK_VERSIONS,
): ParseResult<Backup> {
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
      : upgradeStoredSnapshots({ snapshots: envelope.data.snapshots }, parts.snapshots)
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

import { createBackup, serializeBackup, type Backup } from '../../domain/storage/backup-file.ts'
import { downloadFile } from '../../browser/download.ts'
import { EXPORT_VERSIONS, fileDate } from '../../browser/export-files.ts'
import { readBackupParts } from '../../store/device-registry.ts'

/** Everything this browser keeps, as one backup: for the backup panel and for the backup offered before "Clear this device". */
export function currentBackup(): Backup {
  return createBackup(readBackupParts(), EXPORT_VERSIONS, new Date())
}

/** What the page says once a backup is saved, wherever it was offered. */
export const BACKUP_SAVED = 'Backup saved. It holds your answers: keep it where only you can read it.'

/**
 * Saves a backup as a file named by what it holds and the day it was taken: "backup" for this browser's data,
 * "replaced" for what an import replaced.
 */
export function downloadBackup(backup: Backup, what: 'backup' | 'replaced') {
  const day = fileDate(new Date(backup.exportedAt))
  downloadFile(serializeBackup(backup), `calms-radar-${what}-${day}.json`, 'application/json')
}

import type { ReactNode } from 'react'
import { BACKUP_SAVED, currentBackup, downloadBackup } from './current-backup.ts'

/** Saves everything this browser keeps as one file, and says so, wherever a backup is offered. */
export function DownloadBackupButton({
  children,
  onSaved,
}: {
  children: ReactNode
  onSaved: (status: string) => void
}) {
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        downloadBackup(currentBackup(), 'backup')
        onSaved(BACKUP_SAVED)
      }}
    >
      {children}
    </button>
  )
}

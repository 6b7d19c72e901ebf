import { useEffect, useId, useRef, useState } from 'react'
import { MAX_BACKUP_BYTES, parseBackupFile, type Backup } from '../../domain/storage/backup-file.ts'
import { ConfirmQuestion } from '../../components/confirm-button.tsx'
import { describeBackupParts, KEPT_IN_BACKUP, restoreBackupParts } from '../../store/device-registry.ts'
import { useReplacedData, useReplacedDataActions } from '../../store/replaced-data-store.ts'
import { ClearDevice } from './clear-device.tsx'
import { currentBackup, downloadBackup } from './current-backup.ts'
import { DownloadBackupButton } from './download-backup-button.tsx'

/**
 * Everything this browser keeps, as one file: to move to another browser, or to keep a copy. An import replaces
 * what is here only after the person agrees, and what it replaced stays in memory to undo or to download.
 */
export function BackupPanel() {
  const replaced = useReplacedData()
  const { backupImported, importUndone } = useReplacedDataActions()
  const [pending, setPending] = useState<Backup | null>(null)
  // Counts the files asked about, so a second file chosen while the first is asked about asks afresh.
  const [asked, setAsked] = useState(0)
  const [status, setStatus] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const ids = { heading: useId(), file: useId() }
  const undoRef = useRef<HTMLButtonElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  // Where focus goes once the next render has put it on the page: the Undo button, or back to the file input when
  // the question or the undo goes away. The question puts focus on its own Cancel.
  const focusNext = useRef<'undo' | 'file' | null>(null)

  useEffect(() => {
    const next = focusNext.current
    focusNext.current = null
    if (next !== null) ({ undo: undoRef, file: fileRef })[next].current?.focus()
  })

  const choose = async (file: File) => {
    // A file over the limit is never read into memory; the domain names it by its size.
    const text = file.size > MAX_BACKUP_BYTES ? '' : await file.text()
    const result = parseBackupFile({ size: file.size, text })
    setStatus('')
    if (!result.ok) {
      setPending(null)
      setProblems(result.errors)
      return
    }
    setProblems([])
    setPending(result.value)
    setAsked((count) => count + 1)
  }

  const confirmImport = (backup: Backup) => {
    const previous = currentBackup()
    restoreBackupParts(backup)
    backupImported(previous)
    setPending(null)
    setStatus(`Backup imported: you now have ${describeBackupParts(backup)}.`)
    focusNext.current = 'undo'
  }

  const undo = (previous: Backup) => {
    restoreBackupParts(previous)
    importUndone()
    setStatus(`Import undone: you have ${describeBackupParts(previous)} again.`)
    focusNext.current = 'file'
  }

  return (
    <section aria-labelledby={ids.heading} className="exports backup">
      <h2 id={ids.heading}>Back up or move your data</h2>
      <p>
        One JSON file holds everything this browser keeps for CALMS Radar: {KEPT_IN_BACKUP}. Import it in
        another browser to carry on there.
      </p>
      <div className="actions">
        <DownloadBackupButton onSaved={setStatus}>Download JSON backup</DownloadBackupButton>
      </div>
      <div className="form-row">
        <label htmlFor={ids.file}>Import JSON backup</label>
        <input
          ref={fileRef}
          id={ids.file}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const [file] = event.target.files ?? []
            event.target.value = ''
            if (file !== undefined) void choose(file)
          }}
        />
      </div>
      {pending !== null && (
        <ConfirmQuestion
          key={asked}
          question={
            `Replace your data with this backup? It was saved on ${pending.exportedAt.slice(0, 10)} by CALMS ` +
            `Radar ${pending.app} and holds ${describeBackupParts(pending)}. It replaces ` +
            `${describeBackupParts(currentBackup())} here; you can undo that right after.`
          }
          confirmLabel="Replace my data"
          onConfirm={() => confirmImport(pending)}
          onCancel={() => {
            setPending(null)
            focusNext.current = 'file'
          }}
        />
      )}
      {problems.length > 0 && (
        <div role="alert">
          <p>This file cannot be imported, and nothing was changed:</p>
          <ul className="problems">
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" className="status">
        {status}
      </p>
      {replaced !== null && (
        <div className="actions">
          <button ref={undoRef} type="button" className="button" onClick={() => undo(replaced)}>
            Undo import
          </button>
          <button type="button" className="button" onClick={() => downloadBackup(replaced, 'replaced')}>
            Download replaced data
          </button>
        </div>
      )}
      <ClearDevice onCleared={importUndone} />
    </section>
  )
}

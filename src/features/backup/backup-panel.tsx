import { useEffect, useId, useRef, useState } from 'react'
import { plural } from '../../domain/common/plural.ts'
import {
  describeContents,
  MAX_BACKUP_BYTES,
  parseBackupFile,
  serializeBackup,
  type Backup,
} from '../../domain/formats/backup-file.ts'
import { useAssessmentActions } from '../../store/assessment-store.ts'
import { useTeamActions } from '../../store/team-store.ts'
import { useSnapshotActions } from '../../store/snapshot-store.ts'
import { usePlanActions } from '../../store/plan-store.ts'
import { useTeamSnapshotActions } from '../../store/team-snapshot-store.ts'
import { createEmptyPlans } from '../../domain/formats/stored-plans.ts'
import { downloadFile } from '../../browser/download.ts'
import { ClearDevice } from '../device/clear-device.tsx'
import { currentBackup } from './current-backup.ts'
import { fileDate } from '../exports/export-files.ts'
import { useReplacedData, useReplacedDataActions } from '../../store/replaced-data-store.ts'

function describe(backup: Backup): string {
  const { selfCheckAnswers, sessionName, teamResponses } = describeContents(backup)
  const session = sessionName.trim() === '' ? 'a team view' : `the team view "${sessionName.trim()}"`
  const snapshots = backup.snapshots?.length ?? 0
  // Named only when there are some, so a backup from before snapshots reads as it always did.
  const withSnapshots = snapshots === 0 ? '' : `, and ${plural(snapshots, 'snapshot', 'snapshots')}`
  return `a self-check with ${plural(selfCheckAnswers, 'answer', 'answers')} and ${session} with ${plural(teamResponses, 'response', 'responses')}${withSnapshots}`
}

function downloadBackup(backup: Backup, name: string) {
  downloadFile(serializeBackup(backup), name, 'application/json')
}

/**
 * Everything this browser keeps, as one file: to move to another browser, or to keep a copy. An import replaces
 * what is here only after the person agrees, and what it replaced stays in memory to undo or to download.
 */
export function BackupPanel() {
  const { selfCheckRestored } = useAssessmentActions()
  const { teamRestored } = useTeamActions()
  const { snapshotsRestored } = useSnapshotActions()
  const { plansRestored } = usePlanActions()
  const { snapshotsRestored: teamSnapshotsRestored } = useTeamSnapshotActions()
  const replaced = useReplacedData()
  const { backupImported, importUndone } = useReplacedDataActions()
  const [pending, setPending] = useState<Backup | null>(null)
  const [status, setStatus] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const ids = { heading: useId(), file: useId(), question: useId() }
  const cancelRef = useRef<HTMLButtonElement>(null)
  const undoRef = useRef<HTMLButtonElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  // Where focus goes once the next render has put it on the page: the question's Cancel, the Undo button, or
  // back to the file input when the question or the undo goes away.
  const focusNext = useRef<'cancel' | 'undo' | 'file' | null>(null)

  useEffect(() => {
    const next = focusNext.current
    focusNext.current = null
    if (next !== null) ({ cancel: cancelRef, undo: undoRef, file: fileRef })[next].current?.focus()
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
    focusNext.current = 'cancel'
  }

  const restore = (backup: Backup) => {
    selfCheckRestored(backup.selfCheck)
    teamRestored(backup.team)
    // A file from before snapshots holds none; the backup replaces everything, so none are left.
    snapshotsRestored(backup.snapshots ?? [])
    // Likewise a file from before targets and plans.
    plansRestored(backup.plans ?? createEmptyPlans())
    // And a file from before team snapshots.
    teamSnapshotsRestored(backup.teamSnapshots ?? [])
  }

  const confirmImport = (backup: Backup) => {
    const previous = currentBackup()
    restore(backup)
    backupImported(previous)
    setPending(null)
    setStatus(`Backup imported: you now have ${describe(backup)}.`)
    focusNext.current = 'undo'
  }

  const undo = (previous: Backup) => {
    restore(previous)
    importUndone()
    setStatus(`Import undone: you have ${describe(previous)} again.`)
    focusNext.current = 'file'
  }

  return (
    <section aria-labelledby={ids.heading} className="exports backup">
      <h2 id={ids.heading}>Back up or move your data</h2>
      <p>
        One JSON file holds everything this browser keeps for CALMS Radar: your self-check, your snapshots,
        your targets and plans, and your team view with its session name. Import it in another browser to
        carry on there.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadBackup(currentBackup(), `calms-radar-backup-${fileDate(new Date())}.json`)
            setStatus('Backup saved. It holds your answers: keep it where only you can read it.')
          }}
        >
          Download JSON backup
        </button>
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
        <div role="group" aria-labelledby={ids.question} className="confirm">
          <p id={ids.question}>
            Replace your data with this backup? It was saved on {pending.exportedAt.slice(0, 10)} by CALMS
            Radar {pending.app} and holds {describe(pending)}. It replaces {describe(currentBackup())} here;
            you can undo that right after.
          </p>
          <button type="button" className="button danger" onClick={() => confirmImport(pending)}>
            Replace my data
          </button>
          <button
            ref={cancelRef}
            type="button"
            className="button"
            onClick={() => {
              setPending(null)
              focusNext.current = 'file'
            }}
          >
            Cancel
          </button>
        </div>
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
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadBackup(replaced, `calms-radar-replaced-${fileDate(new Date(replaced.exportedAt))}.json`)
            }
          >
            Download replaced data
          </button>
        </div>
      )}
      <ClearDevice onCleared={importUndone} />
    </section>
  )
}

import { useEffect, useId, useRef, useState } from 'react'
import { plural } from '../../domain/common/plural.ts'
import { serializeBackup } from '../../domain/formats/backup-file.ts'
import { currentBackup } from './current-backup.ts'
import {
  removeDeviceStorage,
  removeOfflineCopy,
  type RemovedOfflineCopy,
  type RemovedStorage,
} from '../../browser/device-data.ts'
import { downloadFile } from '../../browser/download.ts'
import { ASSESSMENT_STORAGE_KEY, useAssessmentActions } from '../../store/assessment-store.ts'
import { SNAPSHOTS_STORAGE_KEY, useSnapshotActions } from '../../store/snapshot-store.ts'
import { usePlanActions } from '../../store/plan-store.ts'
import { PLANS_STORAGE_KEY } from '../../store/plan-storage-key.ts'
import { TEAM_SNAPSHOTS_STORAGE_KEY, useTeamSnapshotActions } from '../../store/team-snapshot-store.ts'
import { useStorageStatusActions } from '../../store/storage-status-store.ts'
import { TEAM_STORAGE_KEY, useTeamActions } from '../../store/team-store.ts'
import { fileDate } from '../../browser/export-files.ts'

const inWords = (parts: readonly string[]) =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`

const NAMED_KEYS: readonly [string, string][] = [
  [ASSESSMENT_STORAGE_KEY, 'your self-check'],
  [SNAPSHOTS_STORAGE_KEY, 'your snapshots'],
  [PLANS_STORAGE_KEY, 'your targets and plans'],
  [TEAM_STORAGE_KEY, 'the team view'],
  [TEAM_SNAPSHOTS_STORAGE_KEY, "the team's snapshots"],
]

/** What was removed, in the words the page uses for it. */
function describeRemoved(storage: RemovedStorage, offline: RemovedOfflineCopy): string {
  const keys = storage.ok ? storage.keys : []
  const named = NAMED_KEYS.filter(([key]) => keys.includes(key)).map(([, name]) => name)
  const unreadable = keys.filter((key) => key.includes(':unreadable:')).length
  const other = keys.length - named.length - unreadable
  const parts = [
    ...named,
    ...(unreadable > 0
      ? [plural(unreadable, 'unreadable copy kept aside', 'unreadable copies kept aside')]
      : []),
    ...(other > 0 ? [plural(other, 'other saved entry', 'other saved entries')] : []),
    ...(offline.cacheNames.length > 0 || offline.serviceWorker ? ['the offline copy of the app'] : []),
  ]
  const problems = [
    ...(storage.ok
      ? []
      : ['This browser does not let the page reach its storage, so saved answers could not be removed.']),
    ...(offline.failed
      ? ["The offline copy of the app could not be removed: clear this site's data in the browser settings."]
      : []),
  ]
  const done =
    parts.length === 0
      ? 'There was nothing of CALMS Radar to remove in this browser.'
      : `Removed from this browser: ${inWords(parts)}.`
  return [done, ...problems].join(' ')
}

function downloadBackup() {
  downloadFile(
    serializeBackup(currentBackup()),
    `calms-radar-backup-${fileDate(new Date())}.json`,
    'application/json',
  )
}

/**
 * A shared workshop laptop must be easy to leave with nothing behind: every CALMS Radar entry in storage, the
 * unreadable copies kept aside included, and the offline copy of the app. A backup is offered first; the stores
 * are emptied too, so this page neither shows nor writes back the old answers. `onCleared` lets the surrounding
 * panel forget what it keeps in memory.
 */
export function ClearDevice({ onCleared }: { onCleared: () => void }) {
  const { deviceCleared: selfCheckCleared } = useAssessmentActions()
  const { deviceCleared: teamCleared } = useTeamActions()
  const { deviceCleared: snapshotsCleared } = useSnapshotActions()
  const { deviceCleared: plansCleared } = usePlanActions()
  const { deviceCleared: teamSnapshotsCleared } = useTeamSnapshotActions()
  const { deviceCleared: noticesCleared } = useStorageStatusActions()
  const [asking, setAsking] = useState(false)
  const [clearing, setClearing] = useState(false)
  const [status, setStatus] = useState('')
  const ids = { heading: useId(), question: useId() }
  const openerRef = useRef<HTMLButtonElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const focusNext = useRef<'opener' | 'cancel' | null>(null)

  useEffect(() => {
    const next = focusNext.current
    focusNext.current = null
    if (next !== null) ({ opener: openerRef, cancel: cancelRef })[next].current?.focus()
  })

  const clear = async () => {
    setClearing(true)
    // Storage first: an emptied store writes nothing where nothing is stored, so no blank entry comes back.
    const storage = removeDeviceStorage()
    selfCheckCleared()
    teamCleared()
    snapshotsCleared()
    plansCleared()
    teamSnapshotsCleared()
    noticesCleared()
    const offline = await removeOfflineCopy()
    onCleared()
    setClearing(false)
    setAsking(false)
    setStatus(describeRemoved(storage, offline))
    focusNext.current = 'opener'
  }

  return (
    <div className="clear-device">
      <h3 id={ids.heading}>Clear this device</h3>
      <p>
        On a shared computer, remove everything CALMS Radar keeps in this browser: your self-check, your
        snapshots, the team view and the offline copy of the app.
      </p>
      {asking ? (
        <div role="group" aria-labelledby={ids.question} className="confirm">
          <p id={ids.question}>
            Remove everything CALMS Radar keeps in this browser? This cannot be undone: download a backup
            first if you want to keep your answers.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              downloadBackup()
              setStatus('Backup saved. It holds your answers: keep it where only you can read it.')
            }}
          >
            Download backup first
          </button>
          <button type="button" className="button danger" disabled={clearing} onClick={() => void clear()}>
            Remove everything
          </button>
          <button
            ref={cancelRef}
            type="button"
            className="button"
            onClick={() => {
              setAsking(false)
              focusNext.current = 'opener'
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          ref={openerRef}
          type="button"
          className="button"
          onClick={() => {
            setAsking(true)
            setStatus('')
            focusNext.current = 'cancel'
          }}
        >
          Clear this device
        </button>
      )}
      {/* A live region rather than a second role="status" in the backup panel, whose own status is the panel's. */}
      <p aria-live="polite" className="status">
        {status}
      </p>
    </div>
  )
}

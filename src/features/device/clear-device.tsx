import { useId, useState } from 'react'
import { listInWords } from '../../domain/common/list-words.ts'
import { plural } from '../../domain/common/plural.ts'
import {
  removeDeviceStorage,
  removeOfflineCopy,
  type RemovedOfflineCopy,
  type RemovedStorage,
} from '../../browser/device-data.ts'
import type { ForgottenRoomKeys } from '../../browser/live-keys.ts'
import { ConfirmButton } from '../../components/confirm-button.tsx'
import { clearKeptKinds, KEPT_KINDS } from '../../store/device-registry.ts'
import { LIVE_SESSION_STORAGE_KEY } from '../../store/live-session-store.ts'
import { useStorageStatusActions } from '../../store/storage-status-store.ts'
import { DownloadBackupButton } from './download-backup-button.tsx'

const OFFLINE_COPY = 'the offline copy of the app'

/**
 * What was removed, in the words the page uses for it. A live session's keys, kept apart in IndexedDB (live-keys.ts),
 * are part of "the live session".
 */
function describeRemoved(
  storage: RemovedStorage,
  offline: RemovedOfflineCopy,
  liveKeys: ForgottenRoomKeys,
): string {
  const keys = storage.ok ? storage.keys : []
  const wasRemoved = (key: string) =>
    keys.includes(key) || (key === LIVE_SESSION_STORAGE_KEY && liveKeys.ok && liveKeys.count > 0)
  const named = KEPT_KINDS.filter(({ key }) => wasRemoved(key)).map(({ label }) => label)
  const unreadable = keys.filter((key) => key.includes(':unreadable:')).length
  const other = keys.length - KEPT_KINDS.filter(({ key }) => keys.includes(key)).length - unreadable
  const parts = [
    ...named,
    ...(unreadable > 0
      ? [plural(unreadable, 'unreadable copy kept aside', 'unreadable copies kept aside')]
      : []),
    ...(other > 0 ? [plural(other, 'other saved entry', 'other saved entries')] : []),
    ...(offline.cacheNames.length > 0 || offline.serviceWorker ? [OFFLINE_COPY] : []),
  ]
  const problems = [
    ...(storage.ok
      ? []
      : ['This browser does not let the page reach its storage, so saved answers could not be removed.']),
    ...(offline.failed
      ? ["The offline copy of the app could not be removed: clear this site's data in the browser settings."]
      : []),
    ...(liveKeys.ok
      ? []
      : ["The live session's keys could not be removed: clear this site's data in the browser settings."]),
  ]
  const done =
    parts.length === 0
      ? 'There was nothing of CALMS Radar to remove in this browser.'
      : `Removed from this browser: ${listInWords(parts)}.`
  return [done, ...problems].join(' ')
}

/**
 * A shared workshop laptop must be easy to leave with nothing behind: every CALMS Radar entry in storage, the
 * unreadable copies kept aside included, and the offline copy of the app. A backup is offered first; the stores
 * are emptied too, so this page neither shows nor writes back the old answers. `onCleared` lets the surrounding
 * panel forget what it keeps in memory.
 */
export function ClearDevice({ onCleared }: { onCleared: () => void }) {
  const { deviceCleared: noticesCleared } = useStorageStatusActions()
  const [status, setStatus] = useState('')
  const headingId = useId()

  const clear = async () => {
    // Storage first: an emptied store writes nothing where nothing is stored, so no blank entry comes back.
    const storage = removeDeviceStorage()
    clearKeptKinds()
    noticesCleared()
    // The keys' module comes with the live session's code, which this page may not have loaded yet.
    const [offline, liveKeys] = await Promise.all([
      removeOfflineCopy(),
      import('../../browser/live-keys.ts').then((module) => module.forgetEveryRoomKey()),
    ])
    onCleared()
    setStatus(describeRemoved(storage, offline, liveKeys))
  }

  return (
    <div className="clear-device">
      <h3 id={headingId}>Clear this device</h3>
      <p>
        On a shared computer, remove everything CALMS Radar keeps in this browser:{' '}
        {listInWords([...KEPT_KINDS.map(({ label }) => label), OFFLINE_COPY])}.
      </p>
      <ConfirmButton
        label="Clear this device"
        question={
          'Remove everything CALMS Radar keeps in this browser? This cannot be undone: download a backup first ' +
          'if you want to keep your answers.'
        }
        confirmLabel="Remove everything"
        onAsk={() => setStatus('')}
        onConfirm={clear}
        extraActions={<DownloadBackupButton onSaved={setStatus}>Download backup first</DownloadBackupButton>}
      />
      {/* A live region rather than a second role="status" in the backup panel, whose own status is the panel's. */}
      <p aria-live="polite" className="status">
        {status}
      </p>
    </div>
  )
}

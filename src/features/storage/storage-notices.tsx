import { downloadFile } from '../../browser/download.ts'
import { describeNewerStoredValue } from '../../domain/storage/stored-value.ts'
import { useStorageNotices, useStorageStatusActions } from '../../store/storage-status-store.ts'

export function StorageNotices() {
  const notices = useStorageNotices()
  const { noticeDismissed } = useStorageStatusActions()
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((notice, index) =>
        notice.kind === 'newer' ? (
          <div key={index} role="alert" className="notice warning">
            <p>
              <strong>A newer CALMS Radar is open in another tab: reload.</strong>{' '}
              {describeNewerStoredValue(notice)} This page saves nothing until you reload it, so nothing the
              newer version saved is lost.
            </p>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload
            </button>
          </div>
        ) : notice.kind === 'unavailable' ? (
          <div key={index} role="status" className="notice warning">
            <p>
              <strong>Your answers are not being saved.</strong> {notice.detail} The app keeps working, but
              your answers live only in this tab: download or share them before you close it.
            </p>
          </div>
        ) : (
          <div key={index} role="alert" className="notice warning">
            <p>
              <strong>Saved data could not be read, so {notice.label} started clean.</strong>{' '}
              {notice.keptAs
                ? 'The unreadable data has been kept aside in your browser, not deleted.'
                : 'There was no room to keep the unreadable data aside: download it now.'}
            </p>
            <details>
              <summary>What was wrong</summary>
              <ul>
                {notice.errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </details>
            <button
              type="button"
              className="button"
              onClick={() => downloadFile(notice.raw, 'calms-radar-unreadable-data.json', 'application/json')}
            >
              Download the unreadable data
            </button>{' '}
            <button type="button" className="button" onClick={() => noticeDismissed(notice)}>
              Dismiss
            </button>
          </div>
        ),
      )}
    </div>
  )
}

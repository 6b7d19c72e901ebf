import { useAvailableUpdate } from '../../browser/service-worker.ts'

/** Says when a new version has been fetched in the background; it comes in only when the person chooses. */
export function UpdatePrompt() {
  const update = useAvailableUpdate()
  if (update === null) return null
  return (
    <div role="status" className="notice update-prompt">
      <p>
        <strong>A new version is ready.</strong> Reloading keeps every answer and updates every open tab of
        CALMS Radar.
      </p>
      <button type="button" className="button" onClick={update}>
        Reload
      </button>
    </div>
  )
}

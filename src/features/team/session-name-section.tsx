import { useId } from 'react'
import { MAX_SESSION_NAME_LENGTH } from '../../domain/routes/invitation.ts'
import { useSessionName, useTeamActions } from '../../store/team-store.ts'

export function SessionNameSection() {
  const sessionName = useSessionName()
  const { sessionRenamed } = useTeamActions()
  const ids = { heading: useId(), input: useId(), hint: useId() }
  return (
    <section aria-labelledby={ids.heading} className="setup-step">
      <h2 id={ids.heading}>1. Name the session</h2>
      <div className="form-row">
        <label htmlFor={ids.input}>Session name</label>
        <input
          id={ids.input}
          type="text"
          maxLength={MAX_SESSION_NAME_LENGTH}
          placeholder="e.g. Payments team, retro 2026-11"
          aria-describedby={ids.hint}
          value={sessionName}
          onChange={(event) => sessionRenamed(event.target.value)}
        />
        <p id={ids.hint} className="note">
          Optional. The invitation shows it to participants, and the report and exports carry it.
        </p>
      </div>
    </section>
  )
}

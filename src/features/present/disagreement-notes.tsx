import { useId, useState } from 'react'
import type { PracticeId } from '../../domain/bank/practices.ts'
import { experimentFromNote } from '../../domain/plan/candidates.ts'
import { usePlanActions, usePlanState } from '../../store/plan-store.ts'
import { usePresentNote, usePresentNotesActions } from '../../store/present-notes-store.ts'
import { useTeamResponses } from '../../store/team-store.ts'
import { useTeamPlanBaseline } from '../../components/plan-baseline.ts'

export const EMPTY_NOTE_TEXT = 'Write a note first'

let experimentCount = 0
const newExperimentId = (now: Date) => {
  experimentCount += 1
  return `experiment-${now.toISOString()}-note-${experimentCount}`
}

/**
 * What the room says about a question it disagrees on, written down as it is said, and made into an experiment of
 * the team plan with the question as its signal (the plan's WIP limit applies, as everywhere).
 */
export function DisagreementNotes({ questionId, practice }: { questionId: string; practice: PracticeId }) {
  const note = usePresentNote(questionId)
  const { noteWritten } = usePresentNotesActions()
  const { experimentAdded } = usePlanActions()
  const { plan } = usePlanState('team')
  const { keepBaseline } = useTeamPlanBaseline(useTeamResponses(), undefined)
  const [status, setStatus] = useState('')
  const fieldId = useId()

  const makeExperiment = () => {
    const now = new Date()
    const experiment = experimentFromNote({ questionId, practice }, note, now, newExperimentId(now))
    if (experiment === undefined) {
      setStatus(EMPTY_NOTE_TEXT)
      return
    }
    const started = plan.experiments.length === 0
    const added = experimentAdded('team', experiment)
    setStatus(added.ok ? `Added to the team plan: ${added.value.what}` : added.errors.join(' '))
    // As from the team page: the plan's first experiment keeps today's round to compare the re-check with.
    if (added.ok && started) keepBaseline?.()
  }

  return (
    <div className="slide-notes">
      <div className="slide-notes-field">
        <label htmlFor={fieldId}>Notes</label>
        <textarea
          id={fieldId}
          rows={2}
          value={note}
          onChange={(event) => noteWritten(questionId, event.target.value)}
        />
      </div>
      <button type="button" className="button" onClick={makeExperiment}>
        Make it an experiment
      </button>
      <p role="status" className="status">
        {status}
      </p>
    </div>
  )
}

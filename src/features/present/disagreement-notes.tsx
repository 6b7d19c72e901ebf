import { useId, useState } from 'react'
import type { PracticeId } from '../../domain/bank/practices.ts'
import { experimentFromNote } from '../../domain/plan/candidates.ts'
import { usePresentNote, usePresentNotesActions } from '../../store/present-notes-store.ts'
import { newExperimentId } from '../../components/new-experiment-id.ts'
import { useAddToTeamPlan } from './use-add-to-team-plan.ts'

export const EMPTY_NOTE_TEXT = 'Write a note first'

/**
 * What the room says about a question it disagrees on, written down as it is said, and made into an experiment of
 * the team plan with the question as its signal (the plan's WIP limit applies, as everywhere).
 */
export function DisagreementNotes({ questionId, practice }: { questionId: string; practice: PracticeId }) {
  const note = usePresentNote(questionId)
  const { noteWritten } = usePresentNotesActions()
  const addToTeamPlan = useAddToTeamPlan()
  const [status, setStatus] = useState('')
  const fieldId = useId()

  const makeExperiment = () => {
    const now = new Date()
    const experiment = experimentFromNote({ questionId, practice }, note, now, newExperimentId(now))
    if (experiment === undefined) {
      setStatus(EMPTY_NOTE_TEXT)
      return
    }
    setStatus(addToTeamPlan(experiment))
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

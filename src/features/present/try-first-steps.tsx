import { useId, useState } from 'react'
import { draftExperiment, questionsInPlan } from '../../domain/plan/candidates.ts'
import type { StepLine } from '../../domain/plan/present-slides.ts'
import { usePlanState } from '../../store/plan-store.ts'
import { newExperimentId } from '../../components/new-experiment-id.ts'
import { useAddToTeamPlan } from './use-add-to-team-plan.ts'

/** "Try first" on a slide: each step with its practice, for the team to pick into its plan there and then. */
export function TryFirstSteps({ steps }: { steps: readonly StepLine[] }) {
  const { plan } = usePlanState('team')
  const addToTeamPlan = useAddToTeamPlan()
  const [status, setStatus] = useState('')
  const inPlan = questionsInPlan(plan)
  const add = (line: StepLine) => {
    const now = new Date()
    setStatus(addToTeamPlan(draftExperiment(line, now, newExperimentId(now))))
  }
  return (
    <>
      <ol className="slide-steps">
        {steps.map((line) => (
          <TryFirstStep key={line.questionId} line={line} inPlan={inPlan.has(line.questionId)} onAdd={add} />
        ))}
      </ol>
      <p role="status" className="status">
        {status}
      </p>
    </>
  )
}

function TryFirstStep({
  line,
  inPlan,
  onAdd,
}: {
  line: StepLine
  inPlan: boolean
  onAdd: (line: StepLine) => void
}) {
  const textId = useId()
  return (
    <li>
      <p id={textId}>{line.text}</p>
      <div className="slide-step-foot">
        <span className="slide-note">{line.practiceLabel}</span>
        {inPlan ? (
          <span className="slide-note">In the plan</span>
        ) : (
          <button type="button" className="button" aria-describedby={textId} onClick={() => onAdd(line)}>
            Add to plan
          </button>
        )}
      </div>
    </li>
  )
}

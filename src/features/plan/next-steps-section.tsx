import { useId, useState } from 'react'
import { TAKE_TO_MANAGER_TEXT, type NextStep } from '../../domain/bank/next-steps.ts'
import type { PlanOwner } from '../../domain/storage/stored-plans.ts'
import {
  describeStepSource,
  type AnsweredStep,
  type AnswerOwner,
} from '../../domain/scoring/answered-steps.ts'
import { draftExperiment, questionsInPlan } from '../../domain/plan/candidates.ts'
import {
  describeEmptyTryFirst,
  describeTryFirstRule,
  type NextStepsReport,
} from '../../domain/scoring/try-first.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { usePlanActions, usePlanState } from '../../store/plan-store.ts'
import { newExperimentId } from '../../components/new-experiment-id.ts'

interface NextStepsSectionProps extends NextStepsReport {
  owner: PlanOwner
  /** Whose answers the steps follow: a person's own (with a link to change each), or the team's medians. */
  answerOwner: AnswerOwner
  /** Called when the first experiment goes into an empty plan: the moment to keep a baseline. */
  onPlanStarted?: (() => void) | undefined
}

/**
 * "Try first": up to three next steps to start with; every other step waits in a collapsed "All next steps".
 * Each step shows once, says which answer it follows, and can go into the action plan.
 */
export function NextStepsSection(props: NextStepsSectionProps) {
  const { owner, answerOwner, tryFirst, otherSteps, onPlanStarted } = props
  const { plan } = usePlanState(owner)
  const { experimentAdded } = usePlanActions()
  const [problems, setProblems] = useState<string[]>([])
  const [status, setStatus] = useState('')
  const headingId = useId()
  const inPlan = questionsInPlan(plan)
  const otherCount = otherSteps.reduce((count, group) => count + group.steps.length, 0)

  const add = (entry: AnsweredStep) => {
    const now = new Date()
    const started = plan.experiments.length === 0
    const result = experimentAdded(owner, draftExperiment(entry, now, newExperimentId(now)))
    setProblems(result.ok ? [] : result.errors)
    setStatus(result.ok ? `Added to the plan: ${entry.step.text}` : '')
    if (result.ok && started) onPlanStarted?.()
  }

  const item = (entry: AnsweredStep) => (
    <StepItem
      key={entry.questionId}
      entry={entry}
      answerOwner={answerOwner}
      inPlan={inPlan.has(entry.questionId)}
      onAdd={() => add(entry)}
    />
  )

  return (
    <section aria-labelledby={headingId} className="next-steps">
      <h2 id={headingId}>Try first</h2>
      <p className="note">{describeTryFirstRule(tryFirst.aim, answerOwner)}</p>
      {problems.length > 0 && (
        <div role="alert" className="notice">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      {tryFirst.items.length === 0 ? (
        <p>{describeEmptyTryFirst(tryFirst.aim)}</p>
      ) : (
        <ol className="steps try-first" aria-labelledby={headingId}>
          {tryFirst.items.map(item)}
        </ol>
      )}
      {tryFirst.tieNotes.map((note) => (
        <p key={note} className="tie-note">
          {note}
        </p>
      ))}
      {otherCount > 0 && (
        <>
          <details className="all-steps">
            <summary>All next steps</summary>
            {otherSteps.map((group) => (
              <div key={group.pillar} className="step-group">
                <h3>{group.label}</h3>
                <ul className="steps">{group.steps.map(item)}</ul>
              </div>
            ))}
          </details>
          <p className="print-only note">
            {otherCount === 1 ? 'One more next step is' : `${otherCount} more next steps are`} under
            &ldquo;All next steps&rdquo; on screen and in the Markdown summary.
          </p>
        </>
      )}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  )
}

function StepText({ step, id }: { step: NextStep; id: string }) {
  return (
    <p id={id} className="step-text">
      {step.takeToManager && <strong className="take-to-manager">{TAKE_TO_MANAGER_TEXT}: </strong>}
      {step.text}
    </p>
  )
}

function StepItem({
  entry,
  answerOwner,
  inPlan,
  onAdd,
}: {
  entry: AnsweredStep
  answerOwner: AnswerOwner
  inPlan: boolean
  onAdd: () => void
}) {
  const ids = { step: useId(), source: useId() }
  return (
    <li className="step">
      <StepText step={entry.step} id={ids.step} />
      <p id={ids.source} className="step-source">
        {describeStepSource(entry, answerOwner)}.
      </p>
      <p className="note">
        {entry.practiceLabel} · {entry.sourceLabel}
      </p>
      <div className="actions">
        {answerOwner === 'you' && (
          <a href={routes.changeAnswer(entry.questionId)} aria-describedby={ids.source}>
            Change this answer
          </a>
        )}
        {inPlan ? (
          <span className="note">In the plan</span>
        ) : (
          <button type="button" className="button" aria-describedby={ids.step} onClick={onAdd}>
            Add to plan
          </button>
        )}
      </div>
    </li>
  )
}

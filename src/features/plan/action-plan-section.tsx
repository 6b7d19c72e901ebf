import { useId, useState } from 'react'
import type { PillarAnswers } from '../../domain/bank/answers.ts'
import type { QuestionBank } from '../../domain/bank/question-bank-schema.ts'
import type { PlanOwner } from '../../domain/formats/stored-plans.ts'
import { countActive, WIP_LIMIT } from '../../domain/plan/action-plan.ts'
import { planCandidates, draftExperiment, type PlanCandidate } from '../../domain/plan/candidates.ts'
import { planToCsv, planToMarkdown } from '../../domain/plan/plan-export.ts'
import { signalMovement, type SignalAnswers } from '../../domain/plan/signal-movement.ts'
import { hasAnyTarget } from '../../domain/plan/targets.ts'
import type { AssessmentScores } from '../../domain/scoring/scoring.ts'
import { downloadFile } from '../../browser/download.ts'
import { usePlanActions, usePlanState } from '../../store/plan-store.ts'
import { CSV_TYPE, fileDate, MARKDOWN_TYPE } from '../exports/export-files.ts'
import { ExperimentCard } from './experiment-card.tsx'

interface ActionPlanSectionProps {
  owner: PlanOwner
  /** The title of the exported plan, e.g. "CALMS Radar action plan". */
  title: string
  /** The start of the exported files' names. */
  fileStem: string
  bank: QuestionBank
  scores: AssessmentScores
  /** The answers the candidates' next steps follow: a person's own, or a team's median levels. */
  levels: PillarAnswers
  /** Set when the page compares with the answers of the moment the plan was made: each signal's movement. */
  recheck?: { before: SignalAnswers; after: SignalAnswers } | undefined
  /** Called when the first experiment goes into an empty plan: the moment to keep a baseline. */
  onPlanStarted?: (() => void) | undefined
}

/**
 * Prints the plan with the radar on one A4 page: the page is marked for the print styles, which leave out
 * everything else, until the print dialog closes.
 */
function printPlan() {
  const root = document.documentElement
  root.dataset['print'] = 'plan'
  window.addEventListener('afterprint', () => delete root.dataset['print'], { once: true })
  window.print()
}

let experimentCount = 0
const newExperimentId = (now: Date) => {
  experimentCount += 1
  return `experiment-${now.toISOString()}-${experimentCount}`
}

/**
 * From the radar to what to try next: the next steps behind the largest gaps as candidates, and the plan of at
 * most WIP_LIMIT experiments planned or under way at once.
 */
export function ActionPlanSection(props: ActionPlanSectionProps) {
  const { owner, title, fileStem, bank, scores, levels, recheck, onPlanStarted } = props
  const { targets, plan } = usePlanState(owner)
  const { experimentAdded } = usePlanActions()
  const [problems, setProblems] = useState<string[]>([])
  const [status, setStatus] = useState('')
  const ids = { heading: useId(), candidates: useId(), experiments: useId() }
  const candidates = planCandidates(scores, targets, bank, levels, plan)

  const add = (candidate: PlanCandidate) => {
    const now = new Date()
    const started = plan.experiments.length === 0
    const result = experimentAdded(owner, draftExperiment(candidate, now, newExperimentId(now)))
    setProblems(result.ok ? [] : result.errors)
    setStatus(result.ok ? `Added to the plan: ${candidate.step}` : '')
    if (result.ok && started) onPlanStarted?.()
  }

  const save = (contents: string, name: string, type: string) => {
    downloadFile(contents, name, type)
    setStatus(`Saved ${name}.`)
  }

  return (
    <section aria-labelledby={ids.heading} className="action-plan">
      <h2 id={ids.heading}>Action plan</h2>
      <p>
        Pick a next step to try, see whether it moves its signal, and decide at the re-check. At most{' '}
        {WIP_LIMIT} experiments are planned or under way at once, Lean&rsquo;s limit on work in progress: now{' '}
        {countActive(plan)} of {WIP_LIMIT}.
      </p>
      <h3 id={ids.candidates}>Next steps to try</h3>
      <p className="note">
        {hasAnyTarget(targets)
          ? 'Behind the largest gaps to your targets, largest first.'
          : 'Behind the lowest scores, lowest first. Set targets to aim them at the gaps you care about.'}
      </p>
      {problems.length > 0 && (
        <div role="alert" className="notice">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      {candidates.length === 0 ? (
        <p>No next step to suggest: every answered question is at its most mature level, or in the plan.</p>
      ) : (
        <ul className="candidates" aria-labelledby={ids.candidates}>
          {candidates.map((candidate) => (
            <Candidate key={candidate.questionId} candidate={candidate} onAdd={() => add(candidate)} />
          ))}
        </ul>
      )}
      <h3 id={ids.experiments}>Experiments ({plan.experiments.length})</h3>
      {plan.experiments.length === 0 ? (
        <p>No experiments yet: add a next step above.</p>
      ) : (
        <div className="experiments">
          {plan.experiments.map((experiment) => (
            <ExperimentCard
              key={experiment.id}
              owner={owner}
              experiment={experiment}
              bank={bank}
              movement={
                recheck === undefined
                  ? undefined
                  : signalMovement(experiment.signal, recheck.before, recheck.after, bank)
              }
              onProblem={setProblems}
            />
          ))}
        </div>
      )}
      {plan.experiments.length > 0 && (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              save(planToMarkdown(plan, bank, title), `${fileStem}-${fileDate(new Date())}.md`, MARKDOWN_TYPE)
            }
          >
            Download plan (Markdown)
          </button>
          <button
            type="button"
            className="button"
            onClick={() => save(planToCsv(plan, bank), `${fileStem}-${fileDate(new Date())}.csv`, CSV_TYPE)}
          >
            Download plan (CSV)
          </button>
          <button type="button" className="button" onClick={printPlan}>
            Print plan
          </button>
        </div>
      )}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  )
}

function Candidate({ candidate, onAdd }: { candidate: PlanCandidate; onAdd: () => void }) {
  const stepId = useId()
  return (
    <li className="candidate">
      <p id={stepId}>{candidate.step}</p>
      <p className="note">
        {candidate.practiceLabel} · {candidate.sourceLabel}
      </p>
      <button type="button" className="button" aria-describedby={stepId} onClick={onAdd}>
        Add to plan
      </button>
    </li>
  )
}

import { useId, useState } from 'react'
import type { QuestionBank } from '../../domain/bank/question-bank-schema.ts'
import type { PlanOwner } from '../../domain/storage/stored-plans.ts'
import { countActive, WIP_LIMIT } from '../../domain/plan/action-plan.ts'
import type { AnswerOwner } from '../../domain/scoring/answered-steps.ts'
import { planToCsv, planToMarkdown } from '../../domain/plan/plan-export.ts'
import { signalMovement, type SignalAnswers } from '../../domain/plan/signal-movement.ts'
import type { NextStepsReport } from '../../domain/scoring/try-first.ts'
import { downloadFile } from '../../browser/download.ts'
import { usePlanState } from '../../store/plan-store.ts'
import { CSV_TYPE, fileDate, MARKDOWN_TYPE } from '../../browser/export-files.ts'
import { RenderWhenNear, printPage } from '../../components/render-later.tsx'
import { ExperimentCard } from './experiment-card.tsx'
import { NextStepsSection } from './next-steps-section.tsx'

interface ActionPlanSectionProps {
  owner: PlanOwner
  /** The title of the exported plan, e.g. "CALMS Radar action plan". */
  title: string
  /** The start of the exported files' names. */
  fileStem: string
  bank: QuestionBank
  /** "Try first" and every other next step, each with "Add to plan". */
  nextSteps: NextStepsReport
  /** Whose answers the steps follow: a person's own, or a team's median levels. */
  answerOwner: AnswerOwner
  /** Set when the page compares with the answers of the moment the plan was made: each signal's movement. */
  recheck?: { before: SignalAnswers; after: SignalAnswers } | undefined
  /** Called when the first experiment goes into an empty plan: the moment to keep a baseline. */
  onPlanStarted?: (() => void) | undefined
}

/**
 * Prints the plan with the radar on one A4 page: the page is marked for the print styles, which leave out
 * everything else, until the print dialog closes.
 */
async function printPlan() {
  const root = document.documentElement
  root.dataset['print'] = 'plan'
  window.addEventListener('afterprint', () => delete root.dataset['print'], { once: true })
  await printPage()
}

/**
 * From the radar to what to try next: "Try first" and every other next step, each of which can go into the
 * plan, and the plan of at most WIP_LIMIT experiments planned or under way at once.
 */
export function ActionPlanSection(props: ActionPlanSectionProps) {
  const { owner, title, fileStem, bank, nextSteps, answerOwner, recheck, onPlanStarted } = props
  const { plan } = usePlanState(owner)
  const [problems, setProblems] = useState<string[]>([])
  const [status, setStatus] = useState('')
  const ids = { heading: useId(), experiments: useId() }

  const save = (contents: string, name: string, type: string) => {
    downloadFile(contents, name, type)
    setStatus(`Saved ${name}.`)
  }

  return (
    <>
      <NextStepsSection
        owner={owner}
        answerOwner={answerOwner}
        {...nextSteps}
        onPlanStarted={onPlanStarted}
      />
      <RenderWhenNear>
        <section aria-labelledby={ids.heading} className="action-plan">
          <h2 id={ids.heading}>Action plan</h2>
          <p>
            Pick a next step to try, see whether it moves its signal, and decide at the re-check. At most{' '}
            {WIP_LIMIT} experiments are planned or under way at once, Lean&rsquo;s limit on work in progress:
            now {countActive(plan)} of {WIP_LIMIT}.
          </p>
          {problems.length > 0 && (
            <div role="alert" className="notice">
              {problems.map((problem) => (
                <p key={problem}>{problem}</p>
              ))}
            </div>
          )}
          <h3 id={ids.experiments}>Experiments ({plan.experiments.length})</h3>
          {plan.experiments.length === 0 ? (
            <p>
              No experiments yet: add a next step from &ldquo;Try first&rdquo; or &ldquo;All next
              steps&rdquo;.
            </p>
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
                  save(
                    planToMarkdown(plan, bank, title),
                    `${fileStem}-${fileDate(new Date())}.md`,
                    MARKDOWN_TYPE,
                  )
                }
              >
                Download plan (Markdown)
              </button>
              <button
                type="button"
                className="button"
                onClick={() =>
                  save(planToCsv(plan, bank), `${fileStem}-${fileDate(new Date())}.csv`, CSV_TYPE)
                }
              >
                Download plan (CSV)
              </button>
              <button type="button" className="button" onClick={() => void printPlan()}>
                Print plan
              </button>
            </div>
          )}
          <p role="status" className="status">
            {status}
          </p>
        </section>
      </RenderWhenNear>
    </>
  )
}

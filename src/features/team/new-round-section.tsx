import { useEffect, useId, useRef, useState } from 'react'
import { plural } from '../../domain/common/plural.ts'
import { isRecheckWaiting } from '../../domain/plan/action-plan.ts'
import { isActiveStatus } from '../../domain/plan/experiment.ts'
import { usePlanState } from '../../store/plan-store.ts'
import { useTeamResponses } from '../../store/team-store.ts'
import { ConfirmButton } from '../../components/confirm-button.tsx'
import { useNewRound } from './new-round.ts'

/** What a round ended with: the sentence to read, and where focus goes once the page has it. */
function useRoundOutcome() {
  const [problems, setProblems] = useState<string[]>([])
  const [status, setStatus] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  const startRound = useNewRound()

  useEffect(() => {
    if (!moved.current) return
    moved.current = false
    // The button that started the round goes with the responses: focus the heading the status sits under.
    headingRef.current?.focus()
  })

  const start = (recheck: boolean) => {
    const result = startRound(recheck)
    setProblems(result.ok ? [] : result.errors)
    setStatus(result.ok ? result.value : '')
    if (result.ok) moved.current = true
  }
  return { problems, status, headingRef, start }
}

function Problems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null
  return (
    <div role="alert" className="notice">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  )
}

/**
 * "Start a new round": the next retro's responses start from none, and this round stays in "Compare over time".
 * Shown while there are responses, and with what the last round kept once they are cleared.
 */
export function NewRoundSection() {
  const responses = useTeamResponses()
  const { problems, status, headingRef, start } = useRoundOutcome()
  const headingId = useId()
  if (responses.length === 0 && status === '' && problems.length === 0) return null
  return (
    <section aria-labelledby={headingId} className="new-round">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        New round
      </h2>
      <p>
        At the next retro, start a new round: a team snapshot of these responses is saved for &ldquo;Compare
        over time&rdquo;, and the responses are cleared. The session name, targets and plan stay.
      </p>
      {responses.length > 0 && (
        <ConfirmButton
          label="Start a new round"
          question={
            `Start a new round? A team snapshot of the ${plural(responses.length, 'response', 'responses')} is ` +
            'saved first; then the responses are cleared. The session name, targets and plan stay.'
          }
          confirmLabel="Save snapshot and clear responses"
          onConfirm={() => start(false)}
        />
      )}
      <Problems problems={problems} />
      <p role="status" className="status">
        {status}
      </p>
    </section>
  )
}

/**
 * When the team plan's re-check date has come: says so and offers "Re-check now", a new round whose responses
 * are compared with the round of the moment the plan was made.
 */
export function TeamRecheckNotice() {
  const { plan, recheckStartedOn } = usePlanState('team')
  const { problems, status, headingRef, start } = useRoundOutcome()
  const headingId = useId()
  const waiting = isRecheckWaiting(plan, new Date(), recheckStartedOn)
  if (!waiting && status === '' && problems.length === 0) return null
  const active = plan.experiments.filter((experiment) => isActiveStatus(experiment.status)).length
  return (
    <section aria-labelledby={headingId} className="notice recheck">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Time to re-check
      </h2>
      {waiting && (
        <>
          <p>
            The re-check date of the team plan has come:{' '}
            {plural(active, 'experiment waits', 'experiments wait')} to see whether{' '}
            {active === 1 ? 'its' : 'their'} signal moved. A re-check is a new round: this round is kept as a
            team snapshot, the responses are cleared, and the new responses are compared with the round of the
            moment the plan was made.
          </p>
          <button type="button" className="button primary" onClick={() => start(true)}>
            Re-check now
          </button>
        </>
      )}
      <Problems problems={problems} />
      <p role="status" className="status">
        {status}
      </p>
    </section>
  )
}

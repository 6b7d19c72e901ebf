import { useState } from 'react'
import type { PillarAnswers } from '../../domain/bank/answers.ts'
import type { CheckDepth } from '../../domain/bank/check-depth.ts'
import { BANK_VERSION } from '../../domain/bank/question-bank.ts'
import { plural } from '../../domain/common/plural.ts'
import type { DoraAnswers } from '../../domain/dora/dora-metrics.ts'
import { createSnapshot } from '../../domain/storage/snapshots.ts'
import { isRecheckWaiting } from '../../domain/plan/action-plan.ts'
import { isActiveStatus, toIsoDate } from '../../domain/plan/experiment.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { navigate } from '../../browser/hash-route.ts'
import {
  useAnswers,
  useAssessmentActions,
  useCheckDepth,
  useDoraAnswers,
} from '../../store/assessment-store.ts'
import { usePlanActions, usePlanState } from '../../store/plan-store.ts'
import { readSnapshots, useSnapshotActions } from '../../store/snapshot-store.ts'

const BEFORE_RECHECK_LABEL = 'Before re-check'

/**
 * When a plan's re-check date has come: says so and offers "Re-check now", a new self-check whose results open
 * compared with the snapshot taken when the plan was made. The answers of the moment are kept as a snapshot
 * first, so starting over loses nothing.
 */
export function RecheckNotice({
  depth,
  answers,
  dora,
}: {
  depth: CheckDepth
  answers: PillarAnswers
  dora: DoraAnswers
}) {
  const { plan, recheckStartedOn } = usePlanState('selfCheck')
  const { recheckStarted } = usePlanActions()
  const { resetAssessment } = useAssessmentActions()
  const { snapshotSaved } = useSnapshotActions()
  const [problems, setProblems] = useState<string[]>([])
  const now = new Date()
  if (!isRecheckWaiting(plan, now, recheckStartedOn)) return null
  const waiting = plan.experiments.filter((experiment) => isActiveStatus(experiment.status)).length

  const recheckNow = () => {
    const baseline = readSnapshots().find((snapshot) => snapshot.id === plan.baselineSnapshotId)
    const unchanged =
      baseline !== undefined &&
      JSON.stringify(baseline.answers) === JSON.stringify(answers) &&
      JSON.stringify(baseline.dora) === JSON.stringify(dora)
    if (Object.keys(answers).length > 0 && !unchanged) {
      const kept = createSnapshot({ bankVersion: BANK_VERSION, answers, dora }, BEFORE_RECHECK_LABEL, now)
      const saved = kept.ok ? snapshotSaved(kept.value) : kept
      // Without a copy of today's answers, starting over would lose them: refuse, and say how to make room.
      if (!saved.ok) {
        setProblems(saved.errors)
        return
      }
    }
    resetAssessment()
    recheckStarted('selfCheck', toIsoDate(now))
    navigate(routes.startCheck(depth))
  }

  return (
    <div className="notice recheck" role="region" aria-label="Time to re-check">
      <p>
        The re-check date of your plan has come: {plural(waiting, 'experiment waits', 'experiments wait')} to
        see whether {waiting === 1 ? 'its' : 'their'} signal moved. A re-check is a new self-check, compared
        with your answers when the plan was made.
      </p>
      <button type="button" className="button primary" onClick={recheckNow}>
        Re-check now
      </button>
      {problems.length > 0 && (
        <div role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
    </div>
  )
}

/** The notice as the start page shows it, below its prerendered content: the self-check read from the store. */
export function StartPageRecheckNotice() {
  return <RecheckNotice depth={useCheckDepth()} answers={useAnswers()} dora={useDoraAnswers()} />
}

import { BANK_VERSION } from '../../domain/bank/question-bank.ts'
import { fail, ok, type ParseResult } from '../../domain/common/parse-result.ts'
import { describeSnapshot } from '../../domain/scoring/snapshot-name.ts'
import { createSnapshot } from '../../domain/storage/snapshots.ts'
import { useAnswers, useAssessmentActions, useDoraAnswers } from '../../store/assessment-store.ts'
import { usePlanState } from '../../store/plan-store.ts'
import { useSnapshotActions } from '../../store/snapshot-store.ts'

/** The snapshot's name says why it was kept; the list adds the day. */
export const STARTED_FRESH_LABEL = 'Kept when starting fresh'

/**
 * "Start fresh": keeps the answers as a snapshot first, as "Save snapshot" on the results page does (the targets and
 * plan of the moment with them), so nothing is lost and no confirmation is asked; then clears them. The answer is
 * the kept snapshot's description, or why nothing was cleared: without a copy (a full list of snapshots), clearing
 * the answers would lose them.
 */
export function useStartFresh(): () => ParseResult<string> {
  const answers = useAnswers()
  const dora = useDoraAnswers()
  const { targets, plan } = usePlanState('selfCheck')
  const { resetAssessment } = useAssessmentActions()
  const { snapshotSaved } = useSnapshotActions()
  return () => {
    const created = createSnapshot(
      { bankVersion: BANK_VERSION, answers, dora },
      STARTED_FRESH_LABEL,
      new Date(),
      { targets, plan },
    )
    const kept = created.ok ? snapshotSaved(created.value) : created
    if (!kept.ok) return fail(...kept.errors)
    resetAssessment()
    return ok(describeSnapshot(kept.value))
  }
}

/** Why "Start fresh" cleared nothing, said at once. */
export function StartFreshProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null
  return (
    <div role="alert" className="problems">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  )
}

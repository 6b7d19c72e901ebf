import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { ok, type ParseResult } from '../../domain/common/parse-result.ts'
import { formatCreatedAt } from '../../domain/formats/response.ts'
import { describeSnapshot } from '../../domain/scoring/snapshot-name.ts'
import { toIsoDate } from '../../domain/plan/experiment.ts'
import { createTeamSnapshot, isSameRound } from '../../domain/storage/team-snapshot.ts'
import { usePlanActions, usePlanState } from '../../store/plan-store.ts'
import { readTeamSnapshots, useTeamSnapshotActions } from '../../store/team-snapshot-store.ts'
import { useTeamActions, useTeamResponses } from '../../store/team-store.ts'

/**
 * A new round: the responses of this one are kept as a team snapshot, then cleared for the next; the session
 * name, targets and plan stay. Without a saved snapshot nothing is cleared. `recheck` also records the day the
 * plan's re-check started. Says, in a sentence, what was kept.
 */
export function useNewRound(): (recheck: boolean) => ParseResult<string> {
  const responses = useTeamResponses()
  const { roundStarted } = useTeamActions()
  const { snapshotSaved } = useTeamSnapshotActions()
  const { targets, plan } = usePlanState('team')
  const { recheckStarted } = usePlanActions()

  return (recheck) => {
    const now = new Date()
    let kept = 'There were no responses to keep.'
    if (responses.length > 0) {
      const created = createTeamSnapshot(
        responses,
        QUESTION_BANK,
        `Round of ${toIsoDate(now)}`,
        now,
        `team-snapshot-${formatCreatedAt(now)}`,
        { targets, plan },
      )
      if (!created.ok) return created
      const baseline = readTeamSnapshots().find((snapshot) => snapshot.id === plan.baselineSnapshotId)
      // The plan's baseline already holds this very round: a second copy would only crowd "Compare with".
      if (baseline !== undefined && isSameRound(baseline, created.value)) {
        kept = `This round is kept as the snapshot "${describeSnapshot(baseline)}".`
      } else {
        const saved = snapshotSaved(created.value)
        if (!saved.ok) return saved
        kept = `This round is kept as the snapshot "${describeSnapshot(saved.value)}".`
      }
      roundStarted()
    }
    if (recheck) recheckStarted('team', toIsoDate(now))
    return ok(`${kept} The responses are cleared for the next round; add them as they come in.`)
  }
}

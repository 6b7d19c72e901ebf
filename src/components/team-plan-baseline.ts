import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import { formatCreatedAt, type Response } from '../domain/formats/response.ts'
import { createTeamSnapshot, type TeamSnapshot } from '../domain/storage/team-snapshot.ts'
import { useTeamSnapshotActions } from '../store/team-snapshot-store.ts'
import { usePlanBaseline, type PlanBaseline } from './plan-baseline.ts'

// Apart from plan-baseline.ts, so that the results page's plan never loads the team's snapshots.
/**
 * The team plan's baseline: the round of the moment, saved with the team's snapshots as the first experiment goes
 * in, whether from the team page's next steps or from a note in present mode.
 */
export function useTeamPlanBaseline(
  responses: readonly Response[],
  compared: TeamSnapshot | undefined,
): PlanBaseline<TeamSnapshot> {
  const { snapshotSaved } = useTeamSnapshotActions()
  return usePlanBaseline({
    owner: 'team',
    compared,
    save: snapshotSaved,
    take: (label, aims) => {
      const now = new Date()
      return createTeamSnapshot(
        responses,
        QUESTION_BANK,
        label,
        now,
        `team-snapshot-${formatCreatedAt(now)}`,
        aims,
      )
    },
  })
}

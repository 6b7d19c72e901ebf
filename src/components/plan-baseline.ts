import type { ParseResult } from '../domain/common/parse-result.ts'
import type { PlanOwner, PlanState } from '../domain/storage/stored-plans.ts'
import { usePlanActions, usePlanState } from '../store/plan-store.ts'

export const PLAN_BASELINE_LABEL = 'Plan made'

interface PlanBaselineOptions<Item> {
  owner: PlanOwner
  /** The snapshot the page compares with, if any. */
  compared: Item | undefined
  /** Saves to the owner's snapshot list: the snapshot as saved, or why there is no room. */
  save: (snapshot: Item) => ParseResult<Item>
  /** Takes a snapshot of today under a label, keeping the targets and plan of the moment with it. */
  take: (label: string, aims: Pick<PlanState, 'targets' | 'plan'>) => ParseResult<Item>
}

export interface PlanBaseline<Item> {
  /** The compared snapshot when it is the plan's baseline: a re-check's signals move from it. */
  baseline: Item | undefined
  /** Keeps the baseline as the first experiment goes in; undefined once the plan has one. */
  keepBaseline: (() => void) | undefined
}

/**
 * The snapshot a plan is measured against, for the self-check and the team alike: taken as the first experiment
 * goes in, with the targets it aims at, and compared with at the re-check.
 */
export function usePlanBaseline<Item extends { id: string }>({
  owner,
  compared,
  save,
  take,
}: PlanBaselineOptions<Item>): PlanBaseline<Item> {
  const { targets, plan } = usePlanState(owner)
  const { planBaselineSaved } = usePlanActions()
  const keepBaseline = () => {
    const taken = take(PLAN_BASELINE_LABEL, { targets, plan })
    const saved = taken.ok ? save(taken.value) : taken
    // The list gives a same-second duplicate a suffix: the baseline is the id it was saved under.
    if (saved.ok) planBaselineSaved(owner, saved.value.id)
  }
  return {
    baseline: compared !== undefined && compared.id === plan.baselineSnapshotId ? compared : undefined,
    keepBaseline: plan.baselineSnapshotId === undefined ? keepBaseline : undefined,
  }
}

import { useState } from 'react'
import type { PlanOwner } from '../domain/storage/stored-plans.ts'
import { usePlanState } from '../store/plan-store.ts'

/**
 * The snapshot a page compares with, of the owner's list, and how to choose another (undefined for none). After
 * "Re-check now" the page opens compared with the snapshot of the moment the plan was made.
 */
export function useComparedSnapshot<Item extends { id: string }>(
  owner: PlanOwner,
  snapshots: readonly Item[],
): [Item | undefined, (id: string | undefined) => void] {
  const { plan, recheckStartedOn } = usePlanState(owner)
  const [comparedId, setComparedId] = useState<string | undefined>(() =>
    recheckStartedOn === undefined ? undefined : plan.baselineSnapshotId,
  )
  return [snapshots.find((snapshot) => snapshot.id === comparedId), setComparedId]
}

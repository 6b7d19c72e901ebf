import { z } from '../common/zod-setup.ts'
import { ActionPlanSchema, createEmptyPlan } from '../plan/action-plan.ts'
import { RecheckDateSchema } from '../plan/experiment.ts'
import { TargetsSchema } from '../scoring/targets.ts'
import { checkStoredState, storedFormat, type StoredValueName } from './stored-value.ts'

/*
 * Targets and action plans: one for the self-check and one for the team view, each kept beside the answers it
 * belongs to rather than inside their stored formats, so a plan never rides on (or is lost with) a change to the
 * answers' format. "Start over" keeps both: a re-check starts over on purpose and is compared with the plan.
 */
export const STORED_PLANS_VERSION = 1

export const PlanStateSchema = z.strictObject({
  targets: TargetsSchema,
  plan: ActionPlanSchema,
  /** The day "Re-check now" started a new self-check: from then on the results compare with the plan's baseline. */
  recheckStartedOn: z.optional(RecheckDateSchema),
})
export type PlanState = z.infer<typeof PlanStateSchema>

export const StoredPlansSchema = z.strictObject({
  selfCheck: PlanStateSchema,
  team: PlanStateSchema,
})
export type StoredPlans = z.infer<typeof StoredPlansSchema>

/** Whose targets and plan: the person's own self-check, or the team view. */
export type PlanOwner = keyof StoredPlans

const PLANS: StoredValueName = { name: 'targets and plans', plural: true, label: 'your targets and plans' }

export function createEmptyPlanState(): PlanState {
  return { targets: {}, plan: createEmptyPlan() }
}

export function createEmptyPlans(): StoredPlans {
  return { selfCheck: createEmptyPlanState(), team: createEmptyPlanState() }
}

export function isPlanStateEmpty({ targets, plan }: PlanState): boolean {
  return (
    Object.keys(targets).length === 0 &&
    plan.experiments.length === 0 &&
    plan.baselineSnapshotId === undefined
  )
}

export const PLANS_FORMAT = storedFormat({
  name: PLANS,
  version: STORED_PLANS_VERSION,
  readers: {
    [STORED_PLANS_VERSION]: (state) => checkStoredState(PLANS, StoredPlansSchema, state),
  },
})

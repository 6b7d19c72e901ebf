import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { ok, type ParseResult } from '../domain/common/parse-result.ts'
import {
  createEmptyPlans,
  isPlanStateEmpty,
  PLANS_FORMAT,
  type PlanOwner,
  type PlanState,
  type StoredPlans,
} from '../domain/storage/stored-plans.ts'
import {
  addExperiment,
  changeStatus,
  editExperiment,
  type ActionPlan,
  type ExperimentEdit,
} from '../domain/plan/action-plan.ts'
import type { Experiment, ExperimentStatus } from '../domain/plan/experiment.ts'
import type { Targets } from '../domain/scoring/targets.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import { PLANS_STORAGE_KEY } from './plan-storage-key.ts'
import { browserStorage, followRemovalInOtherTabs, type GetStorage } from './safe-storage.ts'

interface PlanActions {
  targetsSet: (owner: PlanOwner, targets: Targets) => void
  /**
   * Refused, with the reason, when the plan is at its WIP limit or the experiment does not check out. Gives the
   * experiment as the plan holds it, checked.
   */
  experimentAdded: (owner: PlanOwner, experiment: Experiment) => ParseResult<Experiment>
  experimentEdited: (owner: PlanOwner, id: string, edit: ExperimentEdit) => ParseResult<ActionPlan>
  experimentStatusChanged: (
    owner: PlanOwner,
    id: string,
    status: ExperimentStatus,
    learned?: string,
  ) => ParseResult<ActionPlan>
  /** The snapshot a plan's re-check is compared with. */
  planBaselineSaved: (owner: PlanOwner, snapshotId: string) => void
  /** "Re-check now": `day` is today, as YYYY-MM-DD. */
  recheckStarted: (owner: PlanOwner, day: string) => void
  /** A backup replaces both plans. */
  plansRestored: (plans: StoredPlans) => void
  deviceCleared: () => void
}

type PlanStoreState = StoredPlans & { actions: PlanActions }

/** The app's one store over localStorage, or one over the storage a test passes. The last tab to save wins. */
export function createPlanStore(getStorage: GetStorage = browserStorage) {
  return create<PlanStoreState>()(
    persist(
      (set, get) => {
        const update = (owner: PlanOwner, result: ParseResult<ActionPlan>) => {
          if (result.ok) set({ [owner]: { ...get()[owner], plan: result.value } })
          return result
        }
        return {
          ...createEmptyPlans(),
          actions: {
            targetsSet: (owner, targets) => set({ [owner]: { ...get()[owner], targets } }),
            experimentAdded: (owner, experiment) => {
              const added = update(owner, addExperiment(get()[owner].plan, experiment))
              if (!added.ok) return added
              // The plan appends: the experiment added is its last.
              return ok(added.value.experiments.at(-1) ?? experiment)
            },
            experimentEdited: (owner, id, edit) => update(owner, editExperiment(get()[owner].plan, id, edit)),
            experimentStatusChanged: (owner, id, status, learned) =>
              update(owner, changeStatus(get()[owner].plan, id, status, learned)),
            planBaselineSaved: (owner, snapshotId) => {
              const state: PlanState = get()[owner]
              set({ [owner]: { ...state, plan: { ...state.plan, baselineSnapshotId: snapshotId } } })
            },
            recheckStarted: (owner, day) => set({ [owner]: { ...get()[owner], recheckStartedOn: day } }),
            plansRestored: (plans) => set({ selfCheck: plans.selfCheck, team: plans.team }),
            deviceCleared: () => set(createEmptyPlans()),
          },
        }
      },
      persistedStoreOptions({
        name: PLANS_STORAGE_KEY,
        format: {
          ...PLANS_FORMAT,
          isEmpty: ({ selfCheck, team }) => isPlanStateEmpty(selfCheck) && isPlanStateEmpty(team),
        },
        partialize: ({ selfCheck, team }: PlanStoreState): StoredPlans => ({ selfCheck, team }),
        getStorage,
      }),
    ),
  )
}

const usePlanStore = createPlanStore()

followRemovalInOtherTabs(PLANS_STORAGE_KEY, () => usePlanStore.getState().actions.deviceCleared())

export const usePlanState = (owner: PlanOwner): PlanState => usePlanStore((state) => state[owner])
export const usePlanActions = () => usePlanStore((state) => state.actions)
/** The actions outside React: for the device registry, which restores and clears every store at once. */
export const readPlanActions = () => usePlanStore.getState().actions

/** Both plans, read once (for a backup) rather than subscribed to. */
export const readPlans = (): StoredPlans => {
  const { selfCheck, team } = usePlanStore.getState()
  return { selfCheck, team }
}

import type { Experiment } from '../../domain/plan/experiment.ts'
import { usePlanActions, usePlanState } from '../../store/plan-store.ts'
import { useTeamResponses } from '../../store/team-store.ts'
import { useTeamPlanBaseline } from '../../components/team-plan-baseline.ts'

/**
 * Adds an experiment to the team plan from a slide and gives the sentence that says how it went: added, or why not
 * (the WIP limit). As from the team page, the plan's first experiment keeps today's round as its baseline.
 */
export function useAddToTeamPlan(): (experiment: Experiment) => string {
  const { plan } = usePlanState('team')
  const { experimentAdded } = usePlanActions()
  const { keepBaseline } = useTeamPlanBaseline(useTeamResponses(), undefined)
  return (experiment) => {
    const started = plan.experiments.length === 0
    const added = experimentAdded('team', experiment)
    if (!added.ok) return added.errors.join(' ')
    if (started) keepBaseline?.()
    return `Added to the team plan: ${added.value.what}`
  }
}

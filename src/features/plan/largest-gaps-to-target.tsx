import { largestGapsToTarget } from '../../domain/scoring/targets.ts'
import type { AssessmentScores } from '../../domain/scoring/scoring.ts'
import { usePlanState } from '../../store/plan-store.ts'
import { TargetsForm } from './targets-form.tsx'

/** "Largest gaps to target": the pillars below their target, largest gap first. */
export function LargestGapsToTarget({
  scores,
  owner,
}: {
  scores: AssessmentScores
  owner: 'selfCheck' | 'team'
}) {
  const { targets } = usePlanState(owner)
  const gaps = largestGapsToTarget(scores, targets)
  return (
    <div className="gaps-to-target">
      <TargetsForm owner={owner} />
      {Object.keys(targets).length > 0 && (
        <>
          <h3>Largest gaps to target</h3>
          {gaps.length === 0 ? (
            <p>Every pillar with a target and a score has reached it.</p>
          ) : (
            <ol>
              {gaps.map((gap) => (
                <li key={gap.pillar}>
                  {gap.label}: {gap.gap} below the target of {gap.target} (now {Math.round(gap.score)})
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  )
}

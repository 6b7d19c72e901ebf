import { describeSetAside } from '../../domain/bank/bank-versions.ts'
import { useAssessmentActions, useUnnoticedSetAside } from '../../store/assessment-store.ts'

/** Told once: after "Got it" the answers stay set aside, and the notice stays away until more are. */
export function SetAsideNotice() {
  const setAside = useUnnoticedSetAside()
  const { setAsideNoticed } = useAssessmentActions()
  if (setAside.length === 0) return null
  return (
    <div role="status" className="notice">
      <p>
        <strong>The questions have changed.</strong> {describeSetAside(setAside)}
      </p>
      <button type="button" className="button" onClick={setAsideNoticed}>
        Got it
      </button>
    </div>
  )
}

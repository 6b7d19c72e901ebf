import { useEffect } from 'react'
import { navigate } from '../../browser/hash-route.ts'
import { bankForDepth, DEFAULT_CHECK_DEPTH, type CheckDepth } from '../../domain/bank/check-depth.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { firstOpenStep, getQuestionnaireSteps } from '../../domain/bank/questionnaire-steps.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { readStoredAssessment, useAssessmentActions } from '../../store/assessment-store.ts'

/**
 * "Start quick check", "Start self-check" and "Continue to the full check" land here and go on at the step where
 * the person left, with every answer in place. Choosing another depth than before goes to the first step with a
 * question still open. A start choice followed from an invitation link carries the invitation, remembered here.
 */
export function ResumeSelfCheck({
  depth,
  invitation,
}: {
  depth?: CheckDepth | undefined
  invitation?: string | undefined
}) {
  const { depthChosen, invitationAccepted } = useAssessmentActions()
  useEffect(() => {
    if (invitation !== undefined) invitationAccepted(invitation)
    // Read once, not subscribed: choosing the depth below changes the stored one, and a second pass would then
    // send the person to the step they last visited instead.
    const { answers, dora, lastStep, depth: storedDepth = DEFAULT_CHECK_DEPTH } = readStoredAssessment()
    if (depth === undefined || depth === storedDepth) {
      navigate(routes.step(lastStep), { replace: true })
      return
    }
    depthChosen(depth)
    const steps = getQuestionnaireSteps(bankForDepth(QUESTION_BANK, depth))
    navigate(routes.step(firstOpenStep(steps, answers, dora)), { replace: true })
  }, [depth, invitation, depthChosen, invitationAccepted])
  return <p className="loading">Opening your self-check&hellip;</p>
}

import { useEffect } from 'react'
import { navigate } from '../../browser/hash-route.ts'
import { bankForDepth, type CheckDepth } from '../../domain/bank/check-depth.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { firstOpenStep, getQuestionnaireSteps } from '../../domain/bank/questionnaire-steps.ts'
import { routes } from '../../domain/routes/route-table.ts'
import {
  readStoredAssessment,
  useAssessmentActions,
  useCheckDepth,
  useLastStep,
} from '../../store/assessment-store.ts'

/**
 * "Start quick check" and "Start self-check" land here and go on at the step where the person left, with every
 * answer in place. Choosing another depth than before goes to the first step with a question still open.
 */
export function ResumeSelfCheck({ depth }: { depth?: CheckDepth | undefined }) {
  const lastStep = useLastStep()
  const storedDepth = useCheckDepth()
  const { depthChosen } = useAssessmentActions()
  useEffect(() => {
    if (depth === undefined || depth === storedDepth) {
      navigate(routes.step(lastStep), { replace: true })
      return
    }
    const { answers, dora } = readStoredAssessment()
    depthChosen(depth)
    const steps = getQuestionnaireSteps(bankForDepth(QUESTION_BANK, depth))
    navigate(routes.step(firstOpenStep(steps, answers, dora)), { replace: true })
  }, [depth, storedDepth, lastStep, depthChosen])
  return <p className="loading">Opening your self-check&hellip;</p>
}

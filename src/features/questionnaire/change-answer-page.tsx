import { useMemo } from 'react'
import { bankForDepth } from '../../domain/bank/check-depth.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { getQuestionnaireSteps } from '../../domain/bank/questionnaire-steps.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { useCheckDepth } from '../../store/assessment-store.ts'
import { PageHeading } from '../../components/page-heading.tsx'
import { StepForm } from './questionnaire-page.tsx'

// A module of its own, loaded only from the results: the questionnaire's first load stays within its budget.

/**
 * One answer changed from the results: the step that holds the question opens on it, focused, with a way straight
 * back to the results. Answers are saved as they are chosen, so the results show the new answer at once.
 */
export function ChangeAnswerPage({ questionId }: { questionId: string }) {
  const depth = useCheckDepth()
  const asked = useMemo(() => bankForDepth(QUESTION_BANK, depth), [depth])
  const steps = useMemo(() => getQuestionnaireSteps(asked), [asked])
  const step = steps.find(
    (candidate) => candidate.kind === 'pillar' && candidate.questions.some(({ id }) => id === questionId),
  )
  if (!step) {
    return (
      <section aria-labelledby="change-missing">
        <PageHeading id="change-missing">This question is not in your self-check</PageHeading>
        <p>
          It may have been left out of the check you took, or belong to another version of the questions.{' '}
          <a href={routes.results}>Back to results</a>.
        </p>
      </section>
    )
  }
  return (
    <StepForm
      key={`${depth}-${step.number}-${questionId}`}
      step={step}
      steps={steps}
      asked={asked}
      depth={depth}
      changing={questionId}
    />
  )
}

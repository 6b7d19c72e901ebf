import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { getAnswer, parsePillarAnswerValue } from '../../domain/bank/answers.ts'
import {
  DORA_METRICS,
  DORA_STEP_INTRO,
  isDoraMetric,
  parseDoraAnswerValue,
} from '../../domain/dora/dora-metrics.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { bankForDepth, type CheckDepth } from '../../domain/bank/check-depth.ts'
import type { QuestionBank } from '../../domain/bank/question-bank-schema.ts'
import { getQuestionnaireSteps, type QuestionnaireStep } from '../../domain/bank/questionnaire-steps.ts'
import {
  useAnswers,
  useAssessmentActions,
  useCheckDepth,
  useContinuedFromQuick,
  useDoraAnswers,
} from '../../store/assessment-store.ts'
import { ConfirmButton } from '../../components/confirm-button.tsx'
import { navigate } from '../../browser/hash-route.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { PageHeading } from '../../components/page-heading.tsx'
import { answeredCountText } from '../../domain/bank/answered-count.ts'
import { ChoiceGroup } from './choice-group.tsx'
import { getStepQuestions, getStepValues, UNANSWERED_MESSAGE } from './step-content.ts'

/** The id of a step's heading, which takes focus when a step is shown. */
const STEP_HEADING_ID = 'step-heading'

export function QuestionnairePage({
  stepNumber,
  depth: chosenDepth,
  notice,
}: {
  stepNumber: number
  /** A depth chosen on the way in, shown before the store has recorded it; the stored depth otherwise. */
  depth?: CheckDepth | undefined
  /** Said under the step's heading: how the person's start choice was taken. */
  notice?: ReactNode
}) {
  const storedDepth = useCheckDepth()
  const depth = chosenDepth ?? storedDepth
  const asked = useMemo(() => bankForDepth(QUESTION_BANK, depth), [depth])
  const steps = useMemo(() => getQuestionnaireSteps(asked), [asked])
  const step = steps[stepNumber - 1]
  if (!step) {
    return (
      <section aria-labelledby="step-missing">
        <PageHeading id="step-missing">There is no step {stepNumber}</PageHeading>
        <p>
          The self-check has {steps.length} steps. <a href={routes.step(1)}>Go to step 1</a>.
        </p>
      </section>
    )
  }
  // A fresh form per step and depth: each step validates its own questions.
  return (
    <StepForm
      key={`${depth}-${step.number}`}
      step={step}
      steps={steps}
      asked={asked}
      depth={depth}
      notice={notice}
    />
  )
}

interface StepFormProps {
  step: QuestionnaireStep
  steps: readonly QuestionnaireStep[]
  /** The bank as this depth asks it. */
  asked: QuestionBank
  depth: CheckDepth
  /** The question opened from the results to change its answer. */
  changing?: string
  notice?: ReactNode
}

export function StepForm({ step, steps, asked, depth, changing, notice }: StepFormProps) {
  const answers = useAnswers()
  const dora = useDoraAnswers()
  const { answerQuestion, answerDoraMetric, stepVisited, resetAssessment } = useAssessmentActions()
  const [triedNext, setTriedNext] = useState(false)

  useEffect(() => stepVisited(step.number), [step.number, stepVisited])

  const changingRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const group = changingRef.current
    if (!group) return
    // The chosen option, or the first: arrow keys then move between the options as usual.
    const radio =
      group.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
      group.querySelector<HTMLInputElement>('input[type="radio"]')
    group.scrollIntoView({ block: 'start' })
    radio?.focus({ preventScroll: true })
  }, [])

  const questions = useMemo(() => getStepQuestions(step), [step])
  const continuedFromQuick = useContinuedFromQuick()
  // The store is the single source of truth: every radio shows it and writes each answer straight back.
  const values = useMemo(() => getStepValues(step, answers, dora), [step, answers, dora])
  const formRef = useRef<HTMLFormElement>(null)

  const isLast = step.number === steps.length
  const nextHref = isLast ? routes.results : routes.step(step.number + 1)
  const backHref = step.number === 1 ? routes.start : routes.step(step.number - 1)
  const totalQuestions = asked.questions.length + DORA_METRICS.length
  const answeredCount =
    asked.questions.filter((question) => getAnswer(answers, question.id) !== undefined).length +
    DORA_METRICS.filter((metric) => dora[metric] !== undefined).length

  const saveAnswer = (name: string, value: string) => {
    if (isDoraMetric(name)) {
      const answer = parseDoraAnswerValue(name, value)
      if (answer !== undefined) answerDoraMetric(name, answer)
      return
    }
    const answer = parsePillarAnswerValue(value)
    if (answer !== undefined) answerQuestion(name, answer)
  }

  const unanswered = questions.filter((question) => values[question.name] === undefined)
  const submit = () => {
    const [first] = unanswered
    if (first === undefined) {
      navigate(nextHref)
      return
    }
    setTriedNext(true)
    // As a browser does for a required field: the first question without an answer takes focus.
    const radios = formRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? []
    ;[...radios].find((radio) => radio.name === first.name)?.focus()
  }

  return (
    <section aria-labelledby={STEP_HEADING_ID} className="questionnaire">
      <p className="step-progress">
        Step {step.number} of {steps.length}
        {depth === 'quick' && ' · quick check'}
      </p>
      <PageHeading id={STEP_HEADING_ID}>{step.title}</PageHeading>
      <div className="progress-line">
        <progress value={answeredCount} max={totalQuestions} aria-label="Questions answered" />
        <span>{answeredCountText(answeredCount, totalQuestions)}</span>
      </div>
      {notice}
      {step.kind === 'dora' && <p>{DORA_STEP_INTRO}</p>}
      {continuedFromQuick && questions.some((question) => !question.quick) && (
        <p className="new-note">Questions marked &ldquo;New&rdquo; were not in your quick check.</p>
      )}
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        {/* At the top, where the message is read: the choice to skip is offered beside it, not below the questions. */}
        {triedNext && unanswered.length > 0 && (
          <div role="alert" className="skip-warning">
            <p>
              {unanswered.length === 1
                ? '1 question on this step has no answer yet.'
                : `${unanswered.length} questions on this step have no answer yet.`}{' '}
              Answer {unanswered.length === 1 ? 'it' : 'them'}, or skip for now: skipped questions count as
              unanswered, never as zero.
            </p>
            <button type="button" className="button" onClick={() => navigate(nextHref)}>
              {isLast ? 'Skip unanswered and see results' : 'Skip unanswered and continue'}
            </button>
          </div>
        )}
        {questions.map((question, index) => {
          const group = (
            <ChoiceGroup
              key={question.name}
              name={question.name}
              number={index + 1}
              legend={question.text}
              why={question.why}
              isNew={continuedFromQuick && !question.quick}
              choices={question.choices}
              value={values[question.name]}
              error={triedNext && values[question.name] === undefined ? UNANSWERED_MESSAGE : undefined}
              onChoose={(value) => saveAnswer(question.name, value)}
            />
          )
          if (question.name !== changing) return group
          return (
            <div key={question.name} ref={changingRef} className="changing-answer">
              {group}
              <button type="button" className="button primary" onClick={() => navigate(routes.results)}>
                Back to results
              </button>
            </div>
          )
        })}
        <div className="step-nav">
          <button type="button" className="button" onClick={() => navigate(backHref)}>
            Back
          </button>
          <button type="submit" className="button primary">
            {isLast ? 'See results' : 'Next'}
          </button>
        </div>
      </form>
      <div className="start-over">
        <ConfirmButton
          label="Start over"
          question="Start over? This deletes every answer of your self-check on this device."
          confirmLabel="Delete my answers"
          onConfirm={() => {
            resetAssessment()
            navigate(routes.step(1))
          }}
        />
      </div>
    </section>
  )
}

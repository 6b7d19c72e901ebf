import { DONT_KNOW, getAnswer, NOT_APPLICABLE, type PillarAnswers } from '../../domain/bank/answers.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  type DoraAnswers,
} from '../../domain/dora/dora-metrics.ts'
import type { QuestionnaireStep } from '../../domain/bank/questionnaire-steps.ts'
import type { Choice } from './choice-group.tsx'
import type { StepField, StepFormValues } from './step-form-schema.ts'

export interface StepQuestion extends StepField {
  text: string
  why: string
  choices: Choice[]
}

/** The questions of a step as form fields: maturity options first, then "Don't know", then "Not applicable". */
export function getStepQuestions(step: QuestionnaireStep): StepQuestion[] {
  if (step.kind === 'dora') {
    return DORA_METRICS.map((metric) => {
      const definition = DORA_METRIC_DEFINITIONS[metric]
      const choices: Choice[] = [
        ...definition.bands.map((band) => ({ value: band.id, label: band.label })),
        { value: DORA_DONT_KNOW, label: "Don't know", aside: true },
      ]
      return {
        name: metric,
        text: `${definition.label}: ${definition.question}`,
        why: definition.why,
        choices,
        values: choices.map((choice) => choice.value),
      }
    })
  }
  return step.questions.map((question) => {
    const choices: Choice[] = [
      ...question.options.map((label, level) => ({ value: String(level), label })),
      { value: DONT_KNOW, label: "Don't know", aside: true },
      ...(question.allowNotApplicable
        ? [{ value: NOT_APPLICABLE, label: 'Not applicable', aside: true }]
        : []),
    ]
    return {
      name: question.id,
      text: question.text,
      why: question.why,
      choices,
      values: choices.map((choice) => choice.value),
    }
  })
}

export function getStepFormValues(
  step: QuestionnaireStep,
  answers: PillarAnswers,
  dora: DoraAnswers,
): StepFormValues {
  if (step.kind === 'dora') return Object.fromEntries(DORA_METRICS.map((metric) => [metric, dora[metric]]))
  return Object.fromEntries(
    step.questions.map((question) => {
      const answer = getAnswer(answers, question.id)
      return [question.id, answer === undefined ? undefined : String(answer)]
    }),
  )
}

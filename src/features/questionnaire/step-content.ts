import { DONT_KNOW, getAnswer, NOT_APPLICABLE, type PillarAnswers } from '../../domain/bank/answers.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  type DoraAnswers,
} from '../../domain/dora/dora-metrics.ts'
import { DONT_KNOW_TEXT, NOT_APPLICABLE_TEXT } from '../../domain/common/answer-texts.ts'
import { isQuickQuestion } from '../../domain/bank/check-depth.ts'
import type { QuestionnaireStep } from '../../domain/bank/questionnaire-steps.ts'
import type { Choice } from './choice-group.tsx'

export interface StepQuestion {
  /** The question id, or the DORA metric: the radio group's name and the key of its answer. */
  name: string
  text: string
  why: string
  choices: Choice[]
  /** Asked in the quick check too (every DORA metric is). */
  quick: boolean
}

/** The chosen value of each question of a step, as its radio values spell it; absent while unanswered. */
export type StepValues = Record<string, string | undefined>

export const UNANSWERED_MESSAGE = 'Choose an answer, or "Don\'t know" if you are not sure.'

/** The questions of a step as radio groups: maturity options first, then "Don't know", then "Not applicable". */
export function getStepQuestions(step: QuestionnaireStep): StepQuestion[] {
  if (step.kind === 'dora') {
    return DORA_METRICS.map((metric) => {
      const definition = DORA_METRIC_DEFINITIONS[metric]
      return {
        name: metric,
        text: `${definition.label}: ${definition.question}`,
        why: definition.why,
        quick: true,
        choices: [
          ...definition.bands.map((band) => ({ value: band.id, label: band.label })),
          { value: DORA_DONT_KNOW, label: DONT_KNOW_TEXT, aside: true },
        ],
      }
    })
  }
  return step.questions.map((question) => ({
    name: question.id,
    text: question.text,
    why: question.why,
    quick: isQuickQuestion(question),
    choices: [
      ...question.options.map((label, level) => ({ value: String(level), label })),
      { value: DONT_KNOW, label: DONT_KNOW_TEXT, aside: true },
      ...(question.allowNotApplicable
        ? [{ value: NOT_APPLICABLE, label: NOT_APPLICABLE_TEXT, aside: true }]
        : []),
    ],
  }))
}

export function getStepValues(
  step: QuestionnaireStep,
  answers: PillarAnswers,
  dora: DoraAnswers,
): StepValues {
  if (step.kind === 'dora') return Object.fromEntries(DORA_METRICS.map((metric) => [metric, dora[metric]]))
  return Object.fromEntries(
    step.questions.map((question) => {
      const answer = getAnswer(answers, question.id)
      return [question.id, answer === undefined ? undefined : String(answer)]
    }),
  )
}

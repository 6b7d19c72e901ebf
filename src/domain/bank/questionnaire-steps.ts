import { getAnswer, type PillarAnswers } from './answers.ts'
import { DORA_METRICS, type DoraAnswers } from '../dora/dora-metrics.ts'
import { PILLAR_LABELS, PILLARS, type Pillar } from './pillars.ts'
import type { Question, QuestionBank } from './question-bank-schema.ts'

export type QuestionnaireStep =
  | { kind: 'pillar'; number: number; pillar: Pillar; title: string; questions: Question[] }
  | { kind: 'dora'; number: number; title: string }

/** One step per CALMS pillar, in CALMS order, then the DORA outcomes. Step numbers start at 1. */
export function getQuestionnaireSteps(bank: QuestionBank): QuestionnaireStep[] {
  const pillarSteps = PILLARS.map((pillar, index): QuestionnaireStep => ({
    kind: 'pillar',
    number: index + 1,
    pillar,
    title: PILLAR_LABELS[pillar],
    questions: bank.questions.filter((question) => question.pillar === pillar),
  }))
  return [...pillarSteps, { kind: 'dora', number: PILLARS.length + 1, title: 'DORA outcomes' }]
}

/**
 * The first step with a question still open, where someone who changed depth goes on (the full check after a
 * quick one starts where its new questions are); the last step when everything is answered.
 */
export function firstOpenStep(
  steps: readonly QuestionnaireStep[],
  answers: PillarAnswers,
  dora: DoraAnswers,
): number {
  const open = steps.find((step) =>
    step.kind === 'pillar'
      ? step.questions.some((question) => getAnswer(answers, question.id) === undefined)
      : DORA_METRICS.some((metric) => dora[metric] === undefined),
  )
  return open?.number ?? steps.length
}

import { getAnswer, type PillarAnswers } from './answers.ts'
import { DORA_METRICS, type DoraAnswers } from '../dora/dora-metrics.ts'
import { PILLAR_LABELS, PILLARS, type Pillar } from './pillars.ts'
import { bankForDepth, DEFAULT_CHECK_DEPTH, type CheckDepth } from './check-depth.ts'
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

/** Where a start choice (or the self-check's own link, with no depth) leads someone, given what they saved. */
export interface ResumePoint {
  /** The depth the questionnaire then asks at. */
  depth: CheckDepth
  step: number
  /** True when the choice changes the saved depth, which the caller then records. */
  depthChanged: boolean
  /** The depth chosen when the saved check goes on at its own depth instead, for the questionnaire to say so. */
  notTaken?: CheckDepth
}

/** Whether a self-check holds any answer: a check without one can take any depth, as if new. */
export function hasAnyAnswer(saved: { answers: PillarAnswers; dora: DoraAnswers }): boolean {
  return (
    Object.keys(saved.answers).length > 0 || DORA_METRICS.some((metric) => saved.dora[metric] !== undefined)
  )
}

/**
 * The same depth as before (or none chosen) goes on at the step where the person left, with every answer in place.
 * The full check after a quick one goes to its first step with a question still open, every answer kept. The quick
 * check chosen over a full check with answers never quietly turns it into a quick one (whose results would rest
 * on fewer questions): the full check goes on where the person left, and `notTaken` says the quick check was not
 * started. With no answer yet, any depth is taken as chosen.
 */
export function resumePoint(
  bank: QuestionBank,
  saved: { answers: PillarAnswers; dora: DoraAnswers; lastStep: number; depth?: CheckDepth | undefined },
  chosen: CheckDepth | undefined,
): ResumePoint {
  const savedDepth = saved.depth ?? DEFAULT_CHECK_DEPTH
  if (chosen === undefined || chosen === savedDepth)
    return { depth: savedDepth, step: saved.lastStep, depthChanged: false }
  if (chosen === 'quick' && hasAnyAnswer(saved))
    return { depth: savedDepth, step: saved.lastStep, depthChanged: false, notTaken: chosen }
  const steps = getQuestionnaireSteps(bankForDepth(bank, chosen))
  return { depth: chosen, step: firstOpenStep(steps, saved.answers, saved.dora), depthChanged: true }
}

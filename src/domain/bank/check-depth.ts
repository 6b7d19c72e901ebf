import { getAnswer, type PillarAnswers } from './answers.ts'
import { z } from '../common/zod-setup.ts'
import type { Question, QuestionBank } from './question-bank-schema.ts'

/*
 * One bank, two depths. The quick check asks the questions marked `quick` (one for each of the lesson's twelve
 * items, for a retro or a first look); the full check asks them all (a kickoff workshop, a careful self-check).
 * Both ask the four DORA outcomes.
 */
export const CHECK_DEPTHS = ['quick', 'full'] as const
export const CheckDepthSchema = z.enum(CHECK_DEPTHS)
export type CheckDepth = z.infer<typeof CheckDepthSchema>

/** Someone who never chose a depth (every self-check saved before bank v2) is taking the full check. */
export const DEFAULT_CHECK_DEPTH: CheckDepth = 'full'

export const CHECK_DEPTH_LABELS: Record<CheckDepth, string> = {
  quick: 'quick check',
  full: 'full check',
}

export function isQuickQuestion(question: Question): boolean {
  return question.quick === true
}

/** Whether a question is put to someone taking this depth: "not asked (quick check)" is not "left blank". */
export function wasAsked(question: Question, depth: CheckDepth): boolean {
  return depth === 'full' || isQuickQuestion(question)
}

/**
 * The bank as a person taking this depth meets it: the same version, only the questions that depth asks, in bank
 * order. Scores rest on it, so a quick check's pillar is scored on the questions the quick check asked.
 */
export function bankForDepth(bank: QuestionBank, depth: CheckDepth): QuestionBank {
  if (depth === 'full') return bank
  // The same object for the same bank, so what is worked out once per bank (a score's groups) is found again.
  const known = quickBanks.get(bank)
  if (known !== undefined) return known
  const quick = { ...bank, questions: bank.questions.filter((q) => wasAsked(q, depth)) }
  quickBanks.set(bank, quick)
  return quick
}

const quickBanks = new WeakMap<QuestionBank, QuestionBank>()

/**
 * The depth a set of answers was taken at, when nothing says so (a share code, a response file): a quick check
 * when every answered question is a quick one, otherwise the full check. Nothing answered reads as the full check,
 * which asks everything and so leaves nothing out of view.
 */
export function inferCheckDepth(bank: QuestionBank, answers: PillarAnswers): CheckDepth {
  const answered = bank.questions.filter((question) => getAnswer(answers, question.id) !== undefined)
  return answered.length > 0 && answered.every(isQuickQuestion) ? 'quick' : 'full'
}

/** "quick check: 14 of 32 questions": what a quick check's results rest on. */
export function describeCheckBasis(bank: QuestionBank, depth: CheckDepth): string {
  const asked = bankForDepth(bank, depth).questions.length
  return `${CHECK_DEPTH_LABELS[depth]}: ${asked} of ${bank.questions.length} questions`
}

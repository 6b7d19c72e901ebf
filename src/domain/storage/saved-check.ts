import { getAnswer, type PillarAnswers } from '../bank/answers.ts'
import {
  bankForDepth,
  CHECK_DEPTH_LABELS,
  DEFAULT_CHECK_DEPTH,
  type CheckDepth,
} from '../bank/check-depth.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { hasAnyAnswer } from '../bank/questionnaire-steps.ts'
import { formatLongDate } from '../common/long-date.ts'
import { DORA_METRICS, type DoraAnswers } from '../dora/dora-metrics.ts'
import { doraAnswerKey, TIME_NOT_KEPT } from './stored-assessment.ts'

/** What the start page tells a returning person of the self-check this browser keeps. */
export interface SavedCheck {
  depth: CheckDepth
  /** Questions of that depth answered, DORA outcomes included. */
  answered: number
  asked: number
  /** When an answer was last given or changed; undefined when every answer is from before times were kept. */
  lastChanged?: Date
}

/** The saved self-check, or undefined when it holds no answer: a check without answers has nothing to return to. */
export function describeSavedCheck(
  bank: QuestionBank,
  saved: {
    answers: PillarAnswers
    dora: DoraAnswers
    answeredAt: Record<string, number>
    depth?: CheckDepth | undefined
  },
): SavedCheck | undefined {
  const depth = saved.depth ?? DEFAULT_CHECK_DEPTH
  const questions = bankForDepth(bank, depth).questions
  if (!hasAnyAnswer(saved)) return undefined
  const answeredDora = DORA_METRICS.filter((metric) => saved.dora[metric] !== undefined)
  const answered =
    questions.filter((question) => getAnswer(saved.answers, question.id) !== undefined).length +
    answeredDora.length
  // Only the times of answers still held: not Math.max(...times), which a hand-edited store could overflow.
  const keys = [...Object.keys(saved.answers), ...answeredDora.map(doraAnswerKey)]
  const latest = keys.reduce((max, key) => Math.max(max, saved.answeredAt[key] ?? 0), 0)
  return {
    depth,
    answered,
    asked: questions.length + DORA_METRICS.length,
    ...(latest > TIME_NOT_KEPT ? { lastChanged: new Date(latest) } : {}),
  }
}

/** "Your results from 5 December 2026": the day in the person's time zone. */
export function describeSavedCheckHeading(saved: SavedCheck): string {
  return saved.lastChanged === undefined
    ? 'Your results from an earlier visit'
    : `Your results from ${formatLongDate(saved.lastChanged)}`
}

/** "Your full check: 12 of 36 questions answered." or "Your quick check: all 18 questions answered." */
export function describeSavedCheckProgress(saved: SavedCheck): string {
  const check = `Your ${CHECK_DEPTH_LABELS[saved.depth]}`
  return saved.answered >= saved.asked
    ? `${check}: all ${saved.asked} questions answered.`
    : `${check}: ${saved.answered} of ${saved.asked} questions answered.`
}

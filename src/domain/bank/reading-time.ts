import { DORA_METRICS } from '../dora/dora-metrics.ts'
import { bankForDepth, type CheckDepth } from './check-depth.ts'
import type { Question, QuestionBank } from './question-bank-schema.ts'

/** A reading pace that suits careful reading of short, concrete sentences. */
export const WORDS_PER_MINUTE = 200
/** Choosing among five options takes time of its own, whatever their length; DORA questions included. */
export const SECONDS_PER_QUESTION = 10

/** Words as a reader meets them: whitespace-separated. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length
}

/**
 * What a reader reads of a pillar question: its text and its five options. "Don't know", "Not applicable" and the
 * "why it matters" text are the same on every question or optional, so they are not counted.
 */
export function countQuestionWords(question: Question): number {
  return countWords(question.text) + question.options.reduce((sum, option) => sum + countWords(option), 0)
}

export interface DepthReading {
  /** Pillar questions asked at this depth. */
  pillarQuestions: number
  /** Pillar questions plus the DORA outcomes, which every depth asks. */
  questions: number
  words: number
  /** words / 200 per minute + 10 seconds per question, rounded up to whole minutes. */
  minutes: number
}

export function measureDepth(bank: QuestionBank, depth: CheckDepth): DepthReading {
  const asked = bankForDepth(bank, depth).questions
  const words = asked.reduce((sum, question) => sum + countQuestionWords(question), 0)
  const questions = asked.length + DORA_METRICS.length
  const seconds = (words / WORDS_PER_MINUTE) * 60 + questions * SECONDS_PER_QUESTION
  return { pillarQuestions: asked.length, questions, words, minutes: Math.ceil(seconds / 60) }
}

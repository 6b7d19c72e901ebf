import { DONT_KNOW, isLevel, type PillarAnswer } from './answers.ts'
import type { Question } from './question-bank-schema.ts'

/** How a question or DORA metric without an answer reads in the results and the Markdown summary. */
export const NOT_ANSWERED_TEXT = 'not answered'
export const DONT_KNOW_TEXT = "Don't know"
export const NOT_APPLICABLE_TEXT = 'Not applicable'

/** An answer in words: the text of the chosen option, "Don't know", "Not applicable" or "not answered". */
export function describeAnswer(
  question: Pick<Question, 'options'>,
  answer: PillarAnswer | undefined,
): string {
  if (answer === undefined) return NOT_ANSWERED_TEXT
  if (isLevel(answer)) return question.options[answer]
  return answer === DONT_KNOW ? DONT_KNOW_TEXT : NOT_APPLICABLE_TEXT
}

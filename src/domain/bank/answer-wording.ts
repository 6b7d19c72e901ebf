import { DONT_KNOW, isLevel, type PillarAnswer } from './answers.ts'
import type { Question } from './question-bank-schema.ts'
import { DONT_KNOW_TEXT, NOT_ANSWERED_TEXT, NOT_APPLICABLE_TEXT } from '../common/answer-texts.ts'

/** An answer in words: the text of the chosen option, "Don't know", "Not applicable" or "not answered". */
export function describeAnswer(
  question: Pick<Question, 'options'>,
  answer: PillarAnswer | undefined,
): string {
  if (answer === undefined) return NOT_ANSWERED_TEXT
  if (isLevel(answer)) return question.options[answer]
  return answer === DONT_KNOW ? DONT_KNOW_TEXT : NOT_APPLICABLE_TEXT
}

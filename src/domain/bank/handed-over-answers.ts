import { NOT_APPLICABLE, parsePillarAnswerValue, type PillarAnswer } from './answers.ts'
import { bankForDepth, type CheckDepth } from './check-depth.ts'
import type { QuestionBank } from './question-bank-schema.ts'

/**
 * The answers a person chose on the prerendered first step before the app started (src/browser/prerendered-step.ts),
 * read from the page as radio names and values. The page is outside input like any other: a pair counts only when
 * the check at `depth` asks that question and the value is one of its options, as a stored answer is checked, so
 * "Not applicable" only where the question offers it. A question named twice keeps its last answer, as the radios
 * would.
 */
export function readHandedOverAnswers(
  bank: QuestionBank,
  depth: CheckDepth,
  pairs: readonly (readonly [name: string, value: string])[],
): [questionId: string, answer: PillarAnswer][] {
  const asked = new Map(bankForDepth(bank, depth).questions.map((question) => [question.id, question]))
  const answers = new Map<string, PillarAnswer>()
  for (const [name, value] of pairs) {
    const question = asked.get(name)
    const answer = parsePillarAnswerValue(value)
    if (question === undefined || answer === undefined) continue
    if (answer === NOT_APPLICABLE && !question.allowNotApplicable) continue
    answers.set(name, answer)
  }
  return [...answers]
}

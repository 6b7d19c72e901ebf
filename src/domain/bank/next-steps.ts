import { getAnswer, isLevel, type PillarAnswer, type PillarAnswers } from './answers.ts'
import type { NextStepKind, Question } from './question-bank-schema.ts'
import { NEXT_STEPS_V3 } from './versions/next-steps-v3.ts'

/** Which next step fits a level: a first step at levels 0-1, growing it at 2-3, keeping or teaching it at 4. */
export function nextStepKind(level: number): NextStepKind {
  if (level <= 1) return 'start'
  return level <= 3 ? 'grow' : 'keep'
}

/**
 * The next step for where an answer puts the team, for a question of the bank the app asks. Without a level
 * ("Don't know", unanswered) the first step fits: nothing says the team is further on. Bank v1 had one step for
 * every answer.
 */
export function nextStepFor(question: Question, answer: PillarAnswer | undefined): string {
  if (question.nextStep !== undefined) return question.nextStep
  const steps = Object.hasOwn(NEXT_STEPS_V3, question.id) ? NEXT_STEPS_V3[question.id] : undefined
  if (steps === undefined) return ''
  return steps[answer !== undefined && isLevel(answer) ? nextStepKind(answer) : 'start']
}

/**
 * How to keep a strength, or teach it to another team: the step for the best answer behind it (the first of its
 * questions, which come highest first), or undefined when no question stands behind it.
 */
export function keepStepFor(
  questionIds: readonly string[],
  questionsById: ReadonlyMap<string, Question>,
  answers: PillarAnswers,
): string | undefined {
  const [best] = questionIds
  const question = best === undefined ? undefined : questionsById.get(best)
  return question === undefined ? undefined : nextStepFor(question, getAnswer(answers, question.id))
}

import { isLevel, type PillarAnswer } from './answers.ts'
import type { NextSteps, Question } from './question-bank-schema.ts'

/** Which next step fits a level: a first step at levels 0-1, growing it at 2-3, keeping or teaching it at 4. */
export function nextStepKind(level: number): keyof NextSteps {
  if (level <= 1) return 'start'
  return level <= 3 ? 'grow' : 'keep'
}

/**
 * The next step for where an answer puts the team. Without a level ("Don't know", unanswered) the first step fits:
 * nothing says the team is further on. Bank v1 had one step for every answer.
 */
export function nextStepFor(question: Question, answer: PillarAnswer | undefined): string {
  const { nextSteps, nextStep } = question
  if (nextSteps === undefined) return nextStep ?? ''
  return nextSteps[answer !== undefined && isLevel(answer) ? nextStepKind(answer) : 'start']
}

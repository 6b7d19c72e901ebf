import { isLevel, type PillarAnswer } from './answers.ts'
import type { NextStepKind, NextSteps, Question } from './question-bank-schema.ts'
import { NEXT_STEPS_V3 } from './versions/next-steps-v3.ts'

/** A bank's next steps by level, by question id. */
export type NextStepsById = Readonly<Record<string, NextSteps>>

/** One next step as the pages and exports show it. */
export interface NextStep {
  text: string
  /** A step the team cannot take alone: shown with TAKE_TO_MANAGER_TEXT. */
  takeToManager: boolean
}

/** How a step that needs a manager says so, in words (never by colour or an icon alone). */
export const TAKE_TO_MANAGER_TEXT = 'Take to your manager'

/** Which next step fits a level: a first step at levels 0-1, growing it at 2-3, keeping or teaching it at 4. */
export function nextStepKind(level: number): NextStepKind {
  if (level <= 1) return 'start'
  return level <= 3 ? 'grow' : 'keep'
}

/**
 * The next step for where an answer puts the team, for a question of the bank the app asks, or undefined when
 * the bank has none for it. Without a level ("Don't know", unanswered) the first step fits: nothing says the team
 * is further on. Bank v1 had one step for every answer, none marked for a manager. `steps` are the steps by level
 * of the bank asked (the current bank's unless a test brings its own).
 */
export function nextStepFor(
  question: Question,
  answer: PillarAnswer | undefined,
  steps: NextStepsById = NEXT_STEPS_V3,
): NextStep | undefined {
  if (question.nextStep !== undefined) return { text: question.nextStep, takeToManager: false }
  const byLevel = Object.hasOwn(steps, question.id) ? steps[question.id] : undefined
  if (byLevel === undefined) return undefined
  const kind = answer !== undefined && isLevel(answer) ? nextStepKind(answer) : 'start'
  return { text: byLevel[kind], takeToManager: byLevel.takeToManager?.includes(kind) ?? false }
}

import { describeAnswer } from '../bank/answer-wording.ts'
import { getAnswer, isLevel, type Level, type PillarAnswers } from '../bank/answers.ts'
import { nextStepFor, type NextStep, type NextStepsById } from '../bank/next-steps.ts'
import { PILLAR_LABELS, PILLARS, type Pillar } from '../bank/pillars.ts'
import { PRACTICE_CATALOGUE, SOURCE_LABELS, type PracticeId } from '../bank/practices.ts'
import type { Question, QuestionBank } from '../bank/question-bank-schema.ts'

/*
 * The next step of every answered question, each once: "Try first" takes up to three of them, "All next steps"
 * shows the rest, and any of them can go into the action plan.
 */

/** One question's next step, with the answer it follows. */
export interface AnsweredStep {
  questionId: string
  questionText: string
  pillar: Pillar
  practice: PracticeId
  practiceLabel: string
  /** The lesson section (or the CALMS reference) the practice comes from. */
  sourceLabel: string
  level: Level
  /** The chosen option's text: the answer the step follows. */
  answerText: string
  step: NextStep
}

/** A question's step for a level, or undefined when the bank has none for it. */
export function answeredStep(
  question: Question,
  level: Level,
  steps?: NextStepsById,
): AnsweredStep | undefined {
  const step = nextStepFor(question, level, steps)
  if (step === undefined) return undefined
  const practice = PRACTICE_CATALOGUE[question.practice]
  return {
    questionId: question.id,
    questionText: question.text,
    pillar: question.pillar,
    practice: practice.id,
    practiceLabel: practice.label,
    sourceLabel: SOURCE_LABELS[practice.source],
    level,
    answerText: describeAnswer(question, level),
    step,
  }
}

/**
 * The step of every question of `bank` answered with a level, lowest level first and bank order for equal
 * levels. "Don't know", "Not applicable" and blanks have none: their step would guess where the team stands.
 * For a team, `answers` are its median levels.
 */
export function listAnsweredSteps(
  bank: QuestionBank,
  answers: PillarAnswers,
  steps?: NextStepsById,
): AnsweredStep[] {
  return (
    bank.questions
      .flatMap((question) => {
        const answer = getAnswer(answers, question.id)
        const entry =
          answer !== undefined && isLevel(answer) ? answeredStep(question, answer, steps) : undefined
        return entry === undefined ? [] : [entry]
      })
      // Stable: equal levels keep bank order.
      .sort((a, b) => a.level - b.level)
  )
}

export interface PillarSteps {
  pillar: Pillar
  label: string
  steps: AnsweredStep[]
}

/** Steps by pillar, in CALMS order, leaving out the questions in `shownElsewhere` and pillars left empty. */
export function groupStepsByPillar(
  steps: readonly AnsweredStep[],
  shownElsewhere: ReadonlySet<string> = new Set(),
): PillarSteps[] {
  return PILLARS.flatMap((pillar) => {
    const inPillar = steps.filter((entry) => entry.pillar === pillar && !shownElsewhere.has(entry.questionId))
    return inPillar.length === 0 ? [] : [{ pillar, label: PILLAR_LABELS[pillar], steps: inPillar }]
  })
}

/** Whose answer a step follows, as a sentence names it. */
export type AnswerOwner = 'you' | 'team'

/**
 * Which answer a step comes from: 'From your answer "It is built, but most testing is done by hand" to "How is
 * ...?"', for a team 'From the team's median answer ...'.
 */
export function describeStepSource(entry: AnsweredStep, owner: AnswerOwner): string {
  const whose = owner === 'you' ? 'your answer' : "the team's median answer"
  return `From ${whose} "${entry.answerText}" to "${entry.questionText}"`
}

import { DONT_KNOW, getAnswer, isLevel, scoreLevel, type PillarAnswers } from '../bank/answers.ts'
import { PILLAR_LABELS, PILLARS, type Pillar } from '../bank/pillars.ts'
import { PRACTICE_CATALOGUE, PRACTICES, type PracticeId } from '../bank/practices.ts'
import type { Question, QuestionBank } from '../bank/question-bank-schema.ts'

export const OVERALL_KEY = 'overall'

/** How a score of null reads: too few level answers to score, which is not the same as scoring 0. */
export const NO_SCORE_TEXT = 'not enough answers'

/** The score of a set of questions: a pillar, a practice or the whole bank. */
export interface GroupScore<K extends string = string> {
  key: K
  label: string
  /** The group's questions, in bank order. */
  questionIds: string[]
  /** Questions in the group. */
  asked: number
  /** Questions with any answer: a level, "Don't know" or "Not applicable". */
  answered: number
  /** Questions answered with a level; only these count towards the score. */
  scored: number
  dontKnow: number
  notApplicable: number
  /** Mean of the level scores (0-100), unrounded; null when no question has a level, so "no data" is never 0. */
  score: number | null
  /** scored / (asked - notApplicable): how much of what applies was answered with a level; null when nothing applies. */
  coverage: number | null
}

export interface AssessmentScores {
  /** All five pillars, in PILLARS order, whether or not the bank asks about them. */
  pillars: GroupScore<Pillar>[]
  /** The practices the bank asks about, in PRACTICES order. */
  practices: GroupScore<PracticeId>[]
  /** Every question of the bank weighs the same, so a pillar with more questions weighs more. */
  overall: GroupScore<typeof OVERALL_KEY>
}

/** Scores a set of questions; answers to questions outside the set are ignored. */
export function scoreGroup<K extends string>(
  key: K,
  label: string,
  questions: readonly Question[],
  answers: PillarAnswers,
): GroupScore<K> {
  let answered = 0
  let scored = 0
  let dontKnow = 0
  let notApplicable = 0
  let sum = 0
  for (const question of questions) {
    const answer = getAnswer(answers, question.id)
    if (answer === undefined) continue
    answered += 1
    if (isLevel(answer)) {
      scored += 1
      sum += scoreLevel(answer)
    } else if (answer === DONT_KNOW) {
      dontKnow += 1
    } else {
      notApplicable += 1
    }
  }
  const applicable = questions.length - notApplicable
  return {
    key,
    label,
    questionIds: questions.map((question) => question.id),
    asked: questions.length,
    answered,
    scored,
    dontKnow,
    notApplicable,
    score: scored === 0 ? null : sum / scored,
    coverage: applicable === 0 ? null : scored / applicable,
  }
}

/** All five pillars, in PILLARS order, whether or not the bank asks about them. */
export function scorePillars(bank: QuestionBank, answers: PillarAnswers): GroupScore<Pillar>[] {
  return PILLARS.map((pillar) =>
    scoreGroup(
      pillar,
      PILLAR_LABELS[pillar],
      bank.questions.filter((question) => question.pillar === pillar),
      answers,
    ),
  )
}

export function scoreAnswers(bank: QuestionBank, answers: PillarAnswers): AssessmentScores {
  const pillars = scorePillars(bank, answers)
  const practices = PRACTICES.flatMap((practice) => {
    const questions = bank.questions.filter((question) => question.practice === practice)
    return questions.length === 0
      ? []
      : [scoreGroup(practice, PRACTICE_CATALOGUE[practice].label, questions, answers)]
  })
  const overall = scoreGroup(OVERALL_KEY, 'Overall', bank.questions, answers)
  return { pillars, practices, overall }
}

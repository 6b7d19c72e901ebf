import { DONT_KNOW, getAnswer, isLevel, scoreLevel, type PillarAnswers } from '../bank/answers.ts'
import { PILLAR_LABELS, PILLARS, type Pillar } from '../bank/pillars.ts'
import { PRACTICE_CATALOGUE, PRACTICES, type PracticeId } from '../bank/practices.ts'
import type { BankShape, QuestionShape } from '../bank/question-bank-schema.ts'

export const OVERALL_KEY = 'overall'

/** How a score of null reads: too few level answers to score, which is not the same as scoring 0. */
export const NO_SCORE_TEXT = 'not enough answers'

/**
 * A score is uncertain when fewer than this share of the group's applicable questions (those not answered "Not
 * applicable") have a level: an unanswered question and a "Don't know" leave the score resting on fewer answers.
 */
export const MIN_SCORED_SHARE = 0.5

const formatShare = (share: number): string => (share === 0.5 ? 'half' : `${Math.round(share * 100)}%`)

/** Why a score is uncertain, worded from MIN_SCORED_SHARE: "based on fewer than half of the questions that apply". */
export const UNCERTAIN_BASIS_TEXT = `based on fewer than ${formatShare(MIN_SCORED_SHARE)} of the questions that apply`

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
  questions: readonly QuestionShape[],
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
export function scorePillars(bank: BankShape, answers: PillarAnswers): GroupScore<Pillar>[] {
  return PILLARS.map((pillar) =>
    scoreGroup(
      pillar,
      PILLAR_LABELS[pillar],
      bank.questions.filter((question) => question.pillar === pillar),
      answers,
    ),
  )
}

export function scoreAnswers(bank: BankShape, answers: PillarAnswers): AssessmentScores {
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

/** The questions of the group that apply: asked, minus those answered "Not applicable". */
export function applicableQuestions(group: GroupScore): number {
  return group.asked - group.notApplicable
}

/**
 * A score that rests on fewer than half (MIN_SCORED_SHARE) of its applicable questions: it is drawn as uncertain
 * and never named a strength or a gap. A group without a score is not uncertain: it has no score at all.
 */
export function isScoreUncertain(group: GroupScore): boolean {
  return group.score !== null && group.scored < applicableQuestions(group) * MIN_SCORED_SHARE
}

/** What a score rests on: "based on 1 of 6 answers", counting only the questions that apply. */
export function describeScoreBasis(group: GroupScore): string {
  const applicable = applicableQuestions(group)
  return `based on ${group.scored} of ${applicable} ${applicable === 1 ? 'answer' : 'answers'}`
}

/** A score as tables and text equivalents show it: "63", "63 (uncertain, based on 1 of 6 answers)" or NO_SCORE_TEXT. */
export function describeGroupScore(group: GroupScore): string {
  if (group.score === null) return NO_SCORE_TEXT
  const rounded = String(Math.round(group.score))
  return isScoreUncertain(group) ? `${rounded} (uncertain, ${describeScoreBasis(group)})` : rounded
}

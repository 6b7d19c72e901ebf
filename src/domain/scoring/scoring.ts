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

/** A set of questions scored together, as a bank defines it: a pillar, a practice or the whole bank. */
interface QuestionGroup<K extends string> {
  key: K
  label: string
  questions: readonly QuestionShape[]
  questionIds: string[]
}

interface BankGroups {
  pillars: QuestionGroup<Pillar>[]
  practices: QuestionGroup<PracticeId>[]
  overall: QuestionGroup<typeof OVERALL_KEY>
}

const group = <K extends string>(key: K, label: string, questions: readonly QuestionShape[]) => ({
  key,
  label,
  questions,
  questionIds: questions.map((question) => question.id),
})

/*
 * A bank's groups are worked out once per bank: a team view scores every person, and finding each group's
 * questions again for each of 1,000 people took longer than scoring them. The scores share the group's list of
 * question ids, which nothing changes in place.
 */
const groupsByBank = new WeakMap<BankShape, BankGroups>()

function groupsOf(bank: BankShape): BankGroups {
  const known = groupsByBank.get(bank)
  if (known !== undefined) return known
  const groups: BankGroups = {
    pillars: PILLARS.map((pillar) =>
      group(
        pillar,
        PILLAR_LABELS[pillar],
        bank.questions.filter((question) => question.pillar === pillar),
      ),
    ),
    practices: PRACTICES.flatMap((practice) => {
      const questions = bank.questions.filter((question) => question.practice === practice)
      return questions.length === 0 ? [] : [group(practice, PRACTICE_CATALOGUE[practice].label, questions)]
    }),
    overall: group(OVERALL_KEY, 'Overall', bank.questions),
  }
  groupsByBank.set(bank, groups)
  return groups
}

function scoreQuestions<K extends string>(
  { key, label, questions, questionIds }: QuestionGroup<K>,
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
  return groupScore({ key, label, questionIds }, { answered, scored, dontKnow, notApplicable, sum })
}

/** What a group's answers add up to, counted by whichever way its answers were read. */
interface AnswerTally {
  answered: number
  scored: number
  dontKnow: number
  notApplicable: number
  /** The sum of the scored answers' scores. */
  sum: number
}

function groupScore<K extends string>(
  { key, label, questionIds }: Pick<QuestionGroup<K>, 'key' | 'label' | 'questionIds'>,
  { answered, scored, dontKnow, notApplicable, sum }: AnswerTally,
): GroupScore<K> {
  const applicable = questionIds.length - notApplicable
  return {
    key,
    label,
    questionIds,
    asked: questionIds.length,
    answered,
    scored,
    dontKnow,
    notApplicable,
    score: scored === 0 ? null : sum / scored,
    coverage: applicable === 0 ? null : scored / applicable,
  }
}

/** Scores a set of questions; answers to questions outside the set are ignored. */
export function scoreGroup<K extends string>(
  key: K,
  label: string,
  questions: readonly QuestionShape[],
  answers: PillarAnswers,
): GroupScore<K> {
  return scoreQuestions(group(key, label, questions), answers)
}

/** All five pillars, in PILLARS order, whether or not the bank asks about them. */
export function scorePillars(bank: BankShape, answers: PillarAnswers): GroupScore<Pillar>[] {
  return groupsOf(bank).pillars.map((pillar) => scoreQuestions(pillar, answers))
}

export function scoreAnswers(bank: BankShape, answers: PillarAnswers): AssessmentScores {
  const groups = groupsOf(bank)
  return {
    pillars: groups.pillars.map((pillar) => scoreQuestions(pillar, answers)),
    practices: groups.practices.map((practice) => scoreQuestions(practice, answers)),
    overall: scoreQuestions(groups.overall, answers),
  }
}

/*
 * A person's answers read once into one number per question of a bank, in bank order: the level 0-4, or one of
 * the kinds below. A team view scores every person by every pillar and practice; scoring from these numbers by
 * position gives the same scores as scoreAnswers without looking each answer up by id once per group.
 */
export const DONT_KNOW_KIND = 5
export const NOT_APPLICABLE_KIND = 6
export const UNANSWERED_KIND = 7

export function readAnswerKinds(bank: BankShape, answers: PillarAnswers): Uint8Array {
  return Uint8Array.from(bank.questions, (question) => {
    const answer = getAnswer(answers, question.id)
    if (answer === undefined) return UNANSWERED_KIND
    if (answer === DONT_KNOW) return DONT_KNOW_KIND
    return isLevel(answer) ? answer : NOT_APPLICABLE_KIND
  })
}

/** A group's questions as positions in the bank the kinds were read against. */
interface PlacedGroup<K extends string> {
  group: QuestionGroup<K>
  positions: number[]
}

interface PlacedGroups {
  pillars: PlacedGroup<Pillar>[]
  practices: PlacedGroup<PracticeId>[]
  overall: PlacedGroup<typeof OVERALL_KEY>
}

const placedByBank = new WeakMap<BankShape, WeakMap<BankShape, PlacedGroups>>()

function placedGroupsOf(bank: BankShape, scoredBank: BankShape): PlacedGroups {
  let byScoredBank = placedByBank.get(bank)
  if (byScoredBank === undefined) {
    byScoredBank = new WeakMap()
    placedByBank.set(bank, byScoredBank)
  }
  const known = byScoredBank.get(scoredBank)
  if (known !== undefined) return known
  const positionOf = new Map(bank.questions.map((question, position) => [question.id, position]))
  const place = <K extends string>(group: QuestionGroup<K>): PlacedGroup<K> => ({
    group,
    positions: group.questions.map((question) => positionOf.get(question.id) ?? -1),
  })
  const groups = groupsOf(scoredBank)
  const placed = {
    pillars: groups.pillars.map(place),
    practices: groups.practices.map(place),
    overall: place(groups.overall),
  }
  byScoredBank.set(scoredBank, placed)
  return placed
}

function scoreKinds<K extends string>(
  { group, positions }: PlacedGroup<K>,
  kinds: Uint8Array,
): GroupScore<K> {
  let answered = 0
  let scored = 0
  let dontKnow = 0
  let notApplicable = 0
  let sum = 0
  for (const position of positions) {
    const kind = kinds[position] ?? UNANSWERED_KIND
    if (kind === UNANSWERED_KIND) continue
    answered += 1
    if (kind === DONT_KNOW_KIND) dontKnow += 1
    else if (kind === NOT_APPLICABLE_KIND) notApplicable += 1
    else {
      scored += 1
      sum += kind * LEVEL_SCORE_STEP
    }
  }
  return groupScore(group, { answered, scored, dontKnow, notApplicable, sum })
}

/** The level scores step by this much: scoreLevel(level) is level * LEVEL_SCORE_STEP. */
const LEVEL_SCORE_STEP = scoreLevel(1)

/**
 * scoreAnswers(scoredBank, answers), from `kinds` read against `bank` (readAnswerKinds); `scoredBank` is `bank`
 * or a part of it, such as the questions a quick check asks.
 */
export function scoreAnswerKinds(
  bank: BankShape,
  scoredBank: BankShape,
  kinds: Uint8Array,
): AssessmentScores {
  const placed = placedGroupsOf(bank, scoredBank)
  return {
    pillars: placed.pillars.map((pillar) => scoreKinds(pillar, kinds)),
    practices: placed.practices.map((practice) => scoreKinds(practice, kinds)),
    overall: scoreKinds(placed.overall, kinds),
  }
}

/** scorePillars(bank, answers), from `kinds` read against `bank`. */
export function scorePillarKinds(bank: BankShape, kinds: Uint8Array): GroupScore<Pillar>[] {
  return placedGroupsOf(bank, bank).pillars.map((pillar) => scoreKinds(pillar, kinds))
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

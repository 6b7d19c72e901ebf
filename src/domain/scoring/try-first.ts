import { getAnswer, isLevel, type Level, type PillarAnswers } from '../bank/answers.ts'
import type { NextStepsById } from '../bank/next-steps.ts'
import type { Pillar } from '../bank/pillars.ts'
import { PRACTICES, type PracticeId } from '../bank/practices.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { capitalise, numberWord } from '../common/plural.ts'
import { isNameable } from './findings.ts'
import type { AssessmentScores, GroupScore } from './scoring.ts'
import {
  answeredStep,
  groupStepsByPillar,
  listAnsweredSteps,
  type AnsweredStep,
  type AnswerOwner,
  type PillarSteps,
} from './answered-steps.ts'
import { gapToTarget, hasAnyTarget, type Targets } from './targets.ts'

/*
 * "Try first": the few next steps a team should start with, spread over the practices and pillars, from the
 * largest gaps. Everything else waits under "All next steps".
 */

/** Few enough to start this month; Lean's limit on work in progress takes three at most anyway. */
export const TRY_FIRST_COUNT = 3
/** So that one weak pillar does not take every place. */
export const TRY_FIRST_PER_PILLAR = 2

/** Level 4 calls for keeping a practice, not for something new to try. */
const BELOW_LEVEL: Level = 4

/**
 * How practices that tie are taken: in the order the lesson introduces them, never list order. PRACTICES follows
 * the lesson (its cultural shift, its technical shift, then what DevOps is not, then the CALMS reference practices
 * that deepen them), and the lesson says the cultural changes "are the ones that actually move the metrics" and
 * that they enable the technical ones. A test holds PRACTICES to that order.
 */
export const TIE_RULE_TEXT = 'the lesson introduces them first'

const lessonRank = (practice: PracticeId) => PRACTICES.indexOf(practice)

export interface TryFirstItem extends AnsweredStep {
  /** The practice's score, unrounded. */
  score: number
  /** How far the practice is below its pillar's target, when the aim is the targets. */
  gap: number | undefined
}

export interface TryFirst {
  /** With any target set, the largest gaps to target; otherwise the lowest practice scores. */
  aim: 'targets' | 'scores'
  items: TryFirstItem[]
  /** Where practices tie across the cut, the sentence that says so and how the tie was broken. */
  tieNotes: string[]
}

export interface TryFirstInput {
  /** The questions asked: the depth taken, or for a team the whole bank. */
  bank: QuestionBank
  /** One person's answers, or a team's median levels. */
  answers: PillarAnswers
  scores: AssessmentScores
  /** What counts the answers when `scores` counts people (a team); see isNameable. */
  basis?: AssessmentScores | undefined
  targets: Targets
  /** The next steps by level (bank v2's unless a test brings its own). */
  steps?: NextStepsById | undefined
}

interface Candidate {
  item: TryFirstItem
  /** Larger comes first: the gap to target, or minus the score. */
  weight: number
}

/** The lowest level answer among the group's questions (bank order for equal levels), if any. */
function lowestAnswered(group: GroupScore, answers: PillarAnswers): { id: string; level: Level } | undefined {
  let lowest: { id: string; level: Level } | undefined
  for (const id of group.questionIds) {
    const answer = getAnswer(answers, id)
    if (answer !== undefined && isLevel(answer) && (lowest === undefined || answer < lowest.level)) {
      lowest = { id, level: answer }
    }
  }
  return lowest
}

function tieNote(
  aim: TryFirst['aim'],
  group: readonly Candidate[],
  chosen: readonly Candidate[],
  capped: boolean,
): string {
  const [first] = group
  const at =
    first === undefined
      ? ''
      : aim === 'targets'
        ? `${first.item.gap ?? 0} below their pillar's target`
        : String(Math.round(first.item.score))
  const one = chosen.length === 1
  const these = one ? 'this one comes' : `these ${numberWord(chosen.length)} come`
  const rule = one ? 'the lesson introduces it first' : TIE_RULE_TEXT
  const cap = capped ? `, with at most ${numberWord(TRY_FIRST_PER_PILLAR)} from one pillar` : ''
  return `${capitalise(numberWord(group.length))} practices tie at ${at}; ${these} first because ${rule}${cap}.`
}

/**
 * Up to TRY_FIRST_COUNT (3) next steps, one per practice and at most TRY_FIRST_PER_PILLAR (2) from one pillar:
 * - candidates: every practice whose score carries a name (isNameable: two scored answers and half of those that
 *   apply, or a practice asked once on its one answer), with its step for its lowest answered question (bank
 *   order for equal levels); a practice whose lowest answer is level 4 has nothing new to try;
 * - with any target set, only practices below their pillar's target (target minus the rounded practice score),
 *   largest gap first; without targets, lowest score first;
 * - practices that tie go in the order the lesson introduces them (TIE_RULE_TEXT), never list order; where a tie is cut (some of it chosen, some not),
 *   a note says how many tie and why these come first.
 */
export function chooseTryFirst(input: TryFirstInput): TryFirst {
  const { bank, answers, scores, targets, steps } = input
  const basis = input.basis ?? scores
  const aim: TryFirst['aim'] = hasAnyTarget(targets) ? 'targets' : 'scores'
  const pillarOf = new Map(bank.questions.map((question) => [question.id, question.pillar]))
  const questionsById = new Map(bank.questions.map((question) => [question.id, question]))

  const candidates = scores.practices.flatMap((group): Candidate[] => {
    const basisGroup = basis.practices.find(({ key }) => key === group.key) ?? group
    if (group.score === null || !isNameable('practice', group, basisGroup)) return []
    const lowest = lowestAnswered(group, answers)
    const question = lowest === undefined ? undefined : questionsById.get(lowest.id)
    if (lowest === undefined || question === undefined || lowest.level >= BELOW_LEVEL) return []
    const pillar = pillarOf.get(lowest.id)
    const gap = pillar === undefined ? null : gapToTarget(group.score, targets[pillar])
    if (aim === 'targets' && (gap === null || gap <= 0)) return []
    const entry = answeredStep(question, lowest.level, steps)
    if (entry === undefined) return []
    const item: TryFirstItem = { ...entry, score: group.score, gap: gap ?? undefined }
    return [{ item, weight: aim === 'targets' ? (gap ?? 0) : -group.score }]
  })
  candidates.sort((a, b) => b.weight - a.weight || lessonRank(a.item.practice) - lessonRank(b.item.practice))

  const chosen: Candidate[] = []
  const perPillar = new Map<Pillar, number>()
  const cappedWeights = new Set<number>()
  for (const candidate of candidates) {
    if (chosen.length >= TRY_FIRST_COUNT) break
    const taken = perPillar.get(candidate.item.pillar) ?? 0
    if (taken >= TRY_FIRST_PER_PILLAR) {
      cappedWeights.add(candidate.weight)
      continue
    }
    perPillar.set(candidate.item.pillar, taken + 1)
    chosen.push(candidate)
  }

  const tieNotes = [...new Set(chosen.map(({ weight }) => weight))].flatMap((weight) => {
    const group = candidates.filter((candidate) => candidate.weight === weight)
    const picked = chosen.filter((candidate) => candidate.weight === weight)
    return group.length > picked.length ? [tieNote(aim, group, picked, cappedWeights.has(weight))] : []
  })
  return { aim, items: chosen.map(({ item }) => item), tieNotes }
}

/** Every answered question's next step, each once: "Try first", then the rest by pillar ("All next steps"). */
export interface NextStepsReport {
  tryFirst: TryFirst
  otherSteps: PillarSteps[]
}

export function buildNextSteps(input: TryFirstInput): NextStepsReport {
  const tryFirst = chooseTryFirst(input)
  const tried = new Set(tryFirst.items.map((item) => item.questionId))
  return {
    tryFirst,
    otherSteps: groupStepsByPillar(listAnsweredSteps(input.bank, input.answers, input.steps), tried),
  }
}

/** What "Try first" holds, in one sentence, by its aim. */
export function describeTryFirstRule(aim: TryFirst['aim'], owner: AnswerOwner): string {
  const from =
    aim === 'targets'
      ? "the practices furthest below their pillar's target"
      : 'the practices with the lowest scores'
  const lowest = owner === 'you' ? 'your lowest answer' : "the team's lowest median answer"
  return (
    `Up to ${numberWord(TRY_FIRST_COUNT)} next steps from ${from}: one per practice, at most ` +
    `${numberWord(TRY_FIRST_PER_PILLAR)} from one pillar, each for ${lowest} in that practice.`
  )
}

/** Why "Try first" is empty. */
export function describeEmptyTryFirst(aim: TryFirst['aim']): string {
  return aim === 'targets'
    ? "No practice is below its pillar's target on answers enough to name it."
    : 'No practice has answers enough to name it and a level below the top one.'
}

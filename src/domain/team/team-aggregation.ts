import { LEVELS, scoreLevel } from '../bank/answers.ts'
import { formatCount } from '../common/format-count.ts'
import { DORA_DONT_KNOW, DORA_METRIC_DEFINITIONS, type DoraMetric } from '../dora/dora-metrics.ts'
import type { Pillar } from '../bank/pillars.ts'
import type { Question, QuestionBank } from '../bank/question-bank-schema.ts'
import { isQuickQuestion, wasAsked, type CheckDepth } from '../bank/check-depth.ts'
import type { Response } from '../formats/response.ts'
import { migrateResponses } from '../formats/response-migration.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import {
  DONT_KNOW_KIND,
  NOT_APPLICABLE_KIND,
  readAnswerKinds,
  scorePillarKinds,
  UNANSWERED_KIND,
} from '../scoring/scoring.ts'
import {
  classifyDisagreement,
  isSplit,
  MIN_RESPONDENTS_FOR_DISAGREEMENT,
  type DisagreementLevel,
} from './disagreement.ts'
import { perResponse } from './per-response.ts'
import { summarize, type QuartileSummary } from './statistics.ts'

/**
 * Below this many responses the spread (lowest, highest, disagreement) could show who answered what, so the Team
 * page asks before showing it and the Markdown summary leaves it out.
 */
export const MIN_RESPONSES_FOR_SPREAD = 3

export const showsSpread = (responseCount: number): boolean => responseCount >= MIN_RESPONSES_FOR_SPREAD

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const

const responsesNoun = (count: number): string => (count === 1 ? 'response' : 'responses')

/** The minimum for the spread in words, after "fewer than" or "below": "three responses". */
export function describeSpreadMinimum(count: number = MIN_RESPONSES_FOR_SPREAD): string {
  return `${NUMBER_WORDS[count] ?? formatCount(count)} ${responsesNoun(count)}`
}

/** What a hidden spread figure reads instead of a number: "shown from 3 responses". */
export function describeHiddenSpread(count: number = MIN_RESPONSES_FOR_SPREAD): string {
  return `shown from ${formatCount(count)} ${responsesNoun(count)}`
}

/** How many questions "Where we disagree" lists. */
export const DISAGREEMENTS_LISTED = 5

export interface PillarAggregate {
  pillar: Pillar
  /** People with at least one level answer in this pillar; the others are left out of its figures. */
  respondents: number
  /** Omitted when nobody has a score for the pillar. */
  summary?: QuartileSummary
  /** Omitted below two respondents: one person cannot disagree with the team. */
  disagreement?: DisagreementLevel
  /** Someone at the low end and someone else at the high end (see isSplit), whatever the quartiles say. */
  split: boolean
}

export interface QuestionAggregate {
  questionId: string
  pillar: Pillar
  /** Position in the bank, for a stable order. */
  order: number
  /** People per option, indexed by level 0-4. */
  levelCounts: LevelCounts
  dontKnow: number
  notApplicable: number
  /** People who were asked the question and left it blank. */
  unanswered: number
  /** People whose quick check did not ask the question: not the same as leaving it blank. */
  notAsked: number
  /** Level answers, i.e. the answers that score. */
  scored: number
  /** Highest minus lowest level chosen (0-4); 0 with fewer than two level answers. */
  range: number
  /** Population standard deviation of the level scores (0-100); 0 with fewer than two level answers. */
  standardDeviation: number
  /** Someone at the low end and someone else at the high end (see isSplit). */
  split: boolean
}

export interface DoraDistribution {
  metric: DoraMetric
  /** In the metric's band order, best first. */
  bands: { id: string; count: number }[]
  dontKnow: number
  unanswered: number
}

export interface TeamAggregate {
  bankVersion: number
  /** Responses counted. */
  respondents: number
  /** Responses left out because they could not be brought to this bank version. */
  excluded: number
  /** Answers of earlier bank versions that the current bank has no place for. */
  setAside: number
  pillars: Record<Pillar, PillarAggregate>
  questions: QuestionAggregate[]
  dora: Record<DoraMetric, DoraDistribution>
}

export function byPillar<T>(make: (pillar: Pillar) => T): Record<Pillar, T> {
  return {
    culture: make('culture'),
    automation: make('automation'),
    lean: make('lean'),
    measurement: make('measurement'),
    sharing: make('sharing'),
  }
}

/** A person's answers read once against the bank (readAnswerKinds), and how deep their check went. */
export const answersOf = perResponse((response, bank) => {
  const kinds = readAnswerKinds(bank, response.answers)
  // inferCheckDepth on the answers as read: quick when something is answered and every answered question is quick.
  const answered = bank.questions.filter((_, position) => kinds[position] !== UNANSWERED_KIND)
  const depth: CheckDepth = answered.length > 0 && answered.every(isQuickQuestion) ? 'quick' : 'full'
  return { kinds, depth }
})

const pillarScoresOf = perResponse((response, bank) =>
  scorePillarKinds(bank, answersOf(response, bank).kinds),
)

/** How deep a person's check went: a response does not say, and one whose answers are all quick was quick. */
export const checkDepthOf = (response: Response, bank: QuestionBank): CheckDepth =>
  answersOf(response, bank).depth

/**
 * Per pillar, the people's pillar scores as the self-check scores them, in response order. A person with no
 * level answer in a pillar has no score there and is left out of it.
 */
export function collectPillarScores(
  responses: readonly Response[],
  bank: QuestionBank,
): Record<Pillar, number[]> {
  const scores = byPillar((): number[] => [])
  for (const response of responses) {
    for (const group of pillarScoresOf(response, bank)) {
      if (group.score !== null) scores[group.key].push(group.score)
    }
  }
  return scores
}

function aggregatePillar(pillar: Pillar, scores: readonly number[]): PillarAggregate {
  const summary = summarize(scores)
  return {
    pillar,
    respondents: scores.length,
    ...(summary === undefined ? {} : { summary }),
    ...(summary === undefined || scores.length < MIN_RESPONDENTS_FOR_DISAGREEMENT
      ? {}
      : { disagreement: classifyDisagreement(summary.interquartileRange) }),
    split: isSplit(scores),
  }
}

/** The kinds of answer a question's figures count: readAnswerKinds's, with a blank split by whether it was asked. */
const BLANK_KIND = UNANSWERED_KIND
const NOT_ASKED_KIND = 8
const ANSWER_KINDS = 9

/**
 * Per question of the bank, in bank order, how many people gave each kind of answer: `counts[question *
 * ANSWER_KINDS + kind]`, the kinds being the levels 0-4, then don't know, not applicable, blank and not asked.
 * For responses already brought to the bank's version.
 */
function tallyAnswers(responses: readonly Response[], bank: QuestionBank): Uint32Array {
  const counts = new Uint32Array(bank.questions.length * ANSWER_KINDS)
  const notInQuick = bank.questions.map((question) => !wasAsked(question, 'quick'))
  for (const response of responses) {
    const { kinds, depth } = answersOf(response, bank)
    for (let question = 0; question < kinds.length; question += 1) {
      let kind = kinds[question] ?? BLANK_KIND
      if (kind === BLANK_KIND && depth === 'quick' && notInQuick[question] === true) kind = NOT_ASKED_KIND
      const at = question * ANSWER_KINDS + kind
      counts[at] = (counts[at] ?? 0) + 1
    }
  }
  return counts
}

/** How many people chose each level of each question of the bank, in bank order, from tallyAnswers. */
export function countLevels(responses: readonly Response[], bank: QuestionBank): LevelCounts[] {
  const counts = tallyAnswers(responses, bank)
  return bank.questions.map((_, question) => levelCountsAt(counts, question))
}

/** People per level 0-4. */
export type LevelCounts = [number, number, number, number, number]

function levelCountsAt(counts: Uint32Array, question: number): LevelCounts {
  const at = (kind: number) => counts[question * ANSWER_KINDS + kind] ?? 0
  return [at(0), at(1), at(2), at(3), at(4)]
}

/**
 * Every figure of a question follows from how many people chose each level: the scores are the levels' scores,
 * each as often as it was chosen.
 */
function aggregateQuestion(counts: Uint32Array, question: Question, order: number): QuestionAggregate {
  const at = (kind: number) => counts[order * ANSWER_KINDS + kind] ?? 0
  const levelCounts = levelCountsAt(counts, order)
  const chosen = LEVELS.filter((level) => levelCounts[level] > 0)
  const scored = levelCounts.reduce((total, count) => total + count, 0)
  const several = scored >= 2
  const mean =
    LEVELS.reduce<number>((total, level) => total + levelCounts[level] * scoreLevel(level), 0) / scored
  const variance =
    LEVELS.reduce<number>((total, level) => total + levelCounts[level] * (scoreLevel(level) - mean) ** 2, 0) /
    scored
  return {
    questionId: question.id,
    pillar: question.pillar,
    order,
    levelCounts,
    dontKnow: at(DONT_KNOW_KIND),
    notApplicable: at(NOT_APPLICABLE_KIND),
    unanswered: at(BLANK_KIND),
    notAsked: at(NOT_ASKED_KIND),
    scored,
    range: several ? Math.max(...chosen) - Math.min(...chosen) : 0,
    standardDeviation: several ? Math.sqrt(variance) : 0,
    split: isSplit(chosen.map(scoreLevel)),
  }
}

function distributeDora(responses: readonly Response[], metric: DoraMetric): DoraDistribution {
  const bands = DORA_METRIC_DEFINITIONS[metric].bands.map((band) => ({ id: band.id, count: 0 }))
  let dontKnow = 0
  let unanswered = 0
  for (const response of responses) {
    const answer = response.dora[metric]
    const band = bands.find((candidate) => candidate.id === answer)
    if (band !== undefined) band.count += 1
    else if (answer === DORA_DONT_KNOW) dontKnow += 1
    else unanswered += 1
  }
  return { metric, bands, dontKnow, unanswered }
}

/**
 * Responses of other bank versions are brought to the current bank first (through the bank versions module);
 * those that cannot be are counted as excluded, and answers with no place in the current bank as set aside.
 */
export function aggregateTeam(responses: readonly Response[], bank: QuestionBank): TeamAggregate {
  const migrated = migrateResponses(responses, BANK_VERSIONS, bank.bankVersion)
  const included = migrated.responses
  const counts = tallyAnswers(included, bank)
  const scores = collectPillarScores(included, bank)
  const dora = (metric: DoraMetric) => distributeDora(included, metric)
  return {
    bankVersion: bank.bankVersion,
    respondents: included.length,
    excluded: migrated.excluded,
    setAside: migrated.setAside,
    pillars: byPillar((pillar) => aggregatePillar(pillar, scores[pillar])),
    questions: bank.questions.map((question, order) => aggregateQuestion(counts, question, order)),
    dora: {
      deploymentFrequency: dora('deploymentFrequency'),
      leadTime: dora('leadTime'),
      changeFailureRate: dora('changeFailureRate'),
      timeToRestore: dora('timeToRestore'),
    },
  }
}

/**
 * The questions the team answered furthest apart, to talk about first: at least two level answers and some
 * spread; a split first, then the widest range, then the larger standard deviation, then more level answers, then
 * bank order.
 */
export function findDisagreements(
  aggregate: TeamAggregate,
  limit = DISAGREEMENTS_LISTED,
): QuestionAggregate[] {
  return aggregate.questions
    .filter((question) => question.scored >= 2 && question.range > 0)
    .sort(
      (a, b) =>
        Number(b.split) - Number(a.split) ||
        b.range - a.range ||
        b.standardDeviation - a.standardDeviation ||
        b.scored - a.scored ||
        a.order - b.order,
    )
    .slice(0, limit)
}

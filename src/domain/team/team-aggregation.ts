import { DONT_KNOW, getAnswer, isLevel, NOT_APPLICABLE, scoreLevel, type Level } from '../bank/answers.ts'
import { DORA_DONT_KNOW, DORA_METRIC_DEFINITIONS, type DoraMetric } from '../dora/dora-metrics.ts'
import { fail, ok, type ParseResult } from '../common/parse-result.ts'
import type { Pillar } from '../bank/pillars.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { getResponseKey, ROLES, type Response, type Role } from '../formats/response.ts'

/** A workshop is a few dozen people; the cap keeps a pasted or hostile pile of links from freezing the page. */
export const MAX_TEAM_RESPONSES = 1000

/** Fewer people than this in a role would let the team read each one's answers off the role's median. */
export const MIN_ROLE_GROUP_SIZE = 3

export const DISAGREEMENT_LEVELS = ['low', 'medium', 'high'] as const
export type DisagreementLevel = (typeof DISAGREEMENT_LEVELS)[number]

/** Thresholds on the interquartile range in score points: 15 is less than one option step (25) apart. */
export function classifyDisagreement(interquartileRange: number): DisagreementLevel {
  if (interquartileRange < 15) return 'low'
  if (interquartileRange < 30) return 'medium'
  return 'high'
}

/**
 * The p-quantile of ascending values by linear interpolation between closest ranks (Hyndman & Fan type 7, as
 * spreadsheets' QUARTILE and QUARTILE.INC compute it), so a facilitator can check any figure in a spreadsheet:
 * position h = (n - 1) * p counted from 0, then sorted[floor h] + (h - floor h) * (sorted[floor h + 1] - sorted[floor h]).
 * For p = 0.5 this is the middle value, or the mean of the two middle values when n is even. Needs n >= 1.
 */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p
  const below = Math.floor(position)
  const lower = sorted[below] ?? Number.NaN
  const upper = sorted[below + 1] ?? lower
  return lower + (position - below) * (upper - lower)
}

export interface PillarSummary {
  min: number
  q1: number
  median: number
  q3: number
  max: number
  /** q3 - q1: how far apart the middle half of the team is, in score points. */
  interquartileRange: number
}

export interface PillarAggregate {
  pillar: Pillar
  /** People with at least one level answer in this pillar; the others are left out of its figures. */
  respondents: number
  /** Omitted when nobody has a score for the pillar. */
  summary?: PillarSummary
  /** Omitted below two respondents: one person cannot disagree with the team. */
  disagreement?: DisagreementLevel
}

export interface QuestionAggregate {
  questionId: string
  pillar: Pillar
  /** Position in the bank, for a stable order. */
  order: number
  /** People per option, indexed by level 0-4. */
  levelCounts: [number, number, number, number, number]
  dontKnow: number
  notApplicable: number
  unanswered: number
  /** Level answers, i.e. the answers that score. */
  scored: number
  /** Highest minus lowest level chosen (0-4); 0 with fewer than two level answers. */
  range: number
  /** Population standard deviation of the level scores (0-100); 0 with fewer than two level answers. */
  standardDeviation: number
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
  pillars: Record<Pillar, PillarAggregate>
  questions: QuestionAggregate[]
  dora: Record<DoraMetric, DoraDistribution>
}

/** Version N's step to N + 1, keyed by N. Bank version 1 is the first, so none exist yet. */
const MIGRATIONS: ReadonlyMap<number, (response: Response) => Response> = new Map()

/** Brings a response to the current bank version, or says why it cannot be combined with the others. */
export function migrateResponse(response: Response, currentBank: QuestionBank): ParseResult<Response> {
  const target = currentBank.bankVersion
  if (response.bankVersion > target) {
    return fail(
      `This response uses question bank version ${response.bankVersion}, which is newer than this app's version ${target}. Update the app to combine it.`,
    )
  }
  let migrated = response
  for (let version = response.bankVersion; version < target; version += 1) {
    const step = MIGRATIONS.get(version)
    if (step === undefined) {
      return fail(
        `This response uses question bank version ${response.bankVersion}, which this app cannot convert to version ${target}. Ask its author to answer again.`,
      )
    }
    migrated = { ...step(migrated), bankVersion: version + 1 }
  }
  return ok(migrated)
}

function migrateAll(responses: readonly Response[], bank: QuestionBank): Response[] {
  return responses.flatMap((response) => {
    const migrated = migrateResponse(response, bank)
    return migrated.ok ? [migrated.value] : []
  })
}

function byPillar<T>(make: (pillar: Pillar) => T): Record<Pillar, T> {
  return {
    culture: make('culture'),
    automation: make('automation'),
    lean: make('lean'),
    measurement: make('measurement'),
    sharing: make('sharing'),
  }
}

/** Mean of a person's level scores per pillar; a pillar with no level answer has no score. */
function scorePillars(response: Response, bank: QuestionBank): Map<Pillar, number> {
  const sums = new Map<Pillar, { total: number; count: number }>()
  for (const question of bank.questions) {
    const answer = getAnswer(response.answers, question.id)
    if (answer === undefined || !isLevel(answer)) continue
    const sum = sums.get(question.pillar) ?? { total: 0, count: 0 }
    sums.set(question.pillar, { total: sum.total + scoreLevel(answer), count: sum.count + 1 })
  }
  return new Map([...sums].map(([pillar, sum]) => [pillar, sum.total / sum.count]))
}

/** The scores of the people who have one for the pillar. */
const pillarScores = (people: readonly Map<Pillar, number>[], pillar: Pillar): number[] =>
  people.flatMap((scores) => scores.get(pillar) ?? [])

const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b)

function summarize(values: readonly number[]): PillarSummary | undefined {
  const sorted = ascending(values)
  const [min] = sorted
  const max = sorted.at(-1)
  if (min === undefined || max === undefined) return undefined
  const q1 = quantile(sorted, 0.25)
  const q3 = quantile(sorted, 0.75)
  return { min, q1, median: quantile(sorted, 0.5), q3, max, interquartileRange: q3 - q1 }
}

function aggregatePillar(pillar: Pillar, scores: readonly number[]): PillarAggregate {
  const summary = summarize(scores)
  return {
    pillar,
    respondents: scores.length,
    ...(summary === undefined ? {} : { summary }),
    ...(summary === undefined || scores.length < 2
      ? {}
      : { disagreement: classifyDisagreement(summary.interquartileRange) }),
  }
}

function aggregateQuestion(
  responses: readonly Response[],
  questionId: string,
  pillar: Pillar,
  order: number,
): QuestionAggregate {
  const levelCounts: QuestionAggregate['levelCounts'] = [0, 0, 0, 0, 0]
  const levels: Level[] = []
  let dontKnow = 0
  let notApplicable = 0
  let unanswered = 0
  for (const response of responses) {
    const answer = getAnswer(response.answers, questionId)
    if (answer === undefined) unanswered += 1
    else if (answer === DONT_KNOW) dontKnow += 1
    else if (answer === NOT_APPLICABLE) notApplicable += 1
    else {
      levelCounts[answer] += 1
      levels.push(answer)
    }
  }
  const scores = levels.map(scoreLevel)
  const mean = scores.reduce((total, score) => total + score, 0) / scores.length
  const variance = scores.reduce((total, score) => total + (score - mean) ** 2, 0) / scores.length
  const several = scores.length >= 2
  return {
    questionId,
    pillar,
    order,
    levelCounts,
    dontKnow,
    notApplicable,
    unanswered,
    scored: scores.length,
    range: several ? Math.max(...levels) - Math.min(...levels) : 0,
    standardDeviation: several ? Math.sqrt(variance) : 0,
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

/** Responses of other bank versions are migrated first; those that cannot be are counted as excluded. */
export function aggregateTeam(responses: readonly Response[], bank: QuestionBank): TeamAggregate {
  const included = migrateAll(responses, bank)
  const people = included.map((response) => scorePillars(response, bank))
  const dora = (metric: DoraMetric) => distributeDora(included, metric)
  return {
    bankVersion: bank.bankVersion,
    respondents: included.length,
    excluded: responses.length - included.length,
    pillars: byPillar((pillar) => aggregatePillar(pillar, pillarScores(people, pillar))),
    questions: bank.questions.map((question, order) =>
      aggregateQuestion(included, question.id, question.pillar, order),
    ),
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
 * spread; widest range first, then the larger standard deviation, then more level answers, then bank order.
 */
export function findDisagreements(aggregate: TeamAggregate, limit = 5): QuestionAggregate[] {
  return aggregate.questions
    .filter((question) => question.scored >= 2 && question.range > 0)
    .sort(
      (a, b) =>
        b.range - a.range ||
        b.standardDeviation - a.standardDeviation ||
        b.scored - a.scored ||
        a.order - b.order,
    )
    .slice(0, limit)
}

export interface RolePillarMedian {
  respondents: number
  /** Omitted when fewer than the minimum group size scored this pillar, for the same anonymity reason. */
  median?: number
}

export interface RoleGroup {
  role: Role
  count: number
  pillars: Record<Pillar, RolePillarMedian>
}

export interface RoleSplit {
  groups: RoleGroup[]
  /** Roles with some people but fewer than the minimum: only their head count is shown. */
  hidden: { role: Role; count: number }[]
  /** People who gave no role are in the team figures but in no role group. */
  withoutRole: number
}

/** Per-role pillar medians, only where enough people stand behind a figure that nobody can be singled out. */
export function splitByRole(
  responses: readonly Response[],
  bank: QuestionBank,
  minGroupSize = MIN_ROLE_GROUP_SIZE,
): RoleSplit {
  const included = migrateAll(responses, bank)
  const split: RoleSplit = {
    groups: [],
    hidden: [],
    withoutRole: included.filter((response) => response.role === undefined).length,
  }
  for (const role of ROLES) {
    const members = included.filter((response) => response.role === role)
    if (members.length === 0) continue
    if (members.length < minGroupSize) {
      split.hidden.push({ role, count: members.length })
      continue
    }
    const people = members.map((response) => scorePillars(response, bank))
    const pillars = byPillar((pillar): RolePillarMedian => {
      const scores = ascending(pillarScores(people, pillar))
      return scores.length < minGroupSize
        ? { respondents: scores.length }
        : { respondents: scores.length, median: quantile(scores, 0.5) }
    })
    split.groups.push({ role, count: members.length, pillars })
  }
  return split
}

export interface AddResponsesResult {
  responses: Response[]
  added: number
  /** Already in the team (or twice in the incoming batch): the same answers at the same second. */
  duplicates: number
  /** Turned away because the team already holds MAX_TEAM_RESPONSES. */
  refusedOverLimit: number
}

export function addResponses(
  existing: readonly Response[],
  incoming: readonly Response[],
): AddResponsesResult {
  const keys = new Set(existing.map(getResponseKey))
  const responses = [...existing]
  let duplicates = 0
  let refusedOverLimit = 0
  for (const response of incoming) {
    const key = getResponseKey(response)
    if (keys.has(key)) duplicates += 1
    else if (responses.length >= MAX_TEAM_RESPONSES) refusedOverLimit += 1
    else {
      keys.add(key)
      responses.push(response)
    }
  }
  return { responses, added: responses.length - existing.length, duplicates, refusedOverLimit }
}

import { DONT_KNOW, getAnswer, isLevel, type Level, type PillarAnswers } from '../bank/answers.ts'
import { CLUSTER_LABELS, type DoraClassification } from '../dora/dora-classification.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRICS,
  getBandIndex,
  type DoraAnswers,
  type DoraMetric,
} from '../dora/dora-metrics.ts'
import { doraBandLabel } from '../dora/dora-wording.ts'
import type { Pillar } from '../bank/pillars.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { isScoreUncertain, UNCERTAIN_BASIS_TEXT, type AssessmentScores, type GroupScore } from './scoring.ts'

export interface Finding {
  kind: 'pillar' | 'practice'
  key: string
  label: string
  score: number
  /**
   * The questions behind the finding, in the order to show them. A gap: its questions answered at level 0, 1 or 2
   * (score 50 or less), lowest first. A strength: its questions answered at level 3 or 4, highest first.
   * Ties keep bank order.
   */
  questionIds: string[]
}

export interface StrengthsAndGaps {
  strengths: Finding[]
  gaps: Finding[]
}

/** A strength scores at least this. */
export const STRENGTH_FROM = 75
/** A gap scores at most this. */
export const GAP_UP_TO = 50
/** Pillars are few and broad: at most this many are named on each side, unless scores tie. */
export const PILLAR_FINDINGS_PER_SIDE = 2
/** Practices are many and narrow: at most this many are named on each side, unless scores tie. */
export const PRACTICE_FINDINGS_PER_SIDE = 3

/** Levels 3 and 4 (75 and 100) are behind a strength; levels 0 to 2 (50 or less) behind a gap. */
const STRENGTH_FROM_LEVEL: Level = 3

/** The rules of findStrengthsAndGaps in words, for the pages and exports that show its result. */
export function describeFindingRules(): string {
  return (
    `A strength scores ${STRENGTH_FROM} or more and a gap ${GAP_UP_TO} or less: at most ` +
    `${PILLAR_FINDINGS_PER_SIDE} pillars and ${PRACTICE_FINDINGS_PER_SIDE} practices each, more only when scores ` +
    `tie. A score ${UNCERTAIN_BASIS_TEXT} is uncertain and never named.`
  )
}

// Plain code unit order, so the order never depends on the locale.
const byKey = (a: GroupScore, b: GroupScore) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

interface Ranked {
  group: GroupScore
  score: number
}

/**
 * The `count` best candidates, where `compare` puts the better score first, plus any that tie with the last one
 * named. Who is named depends on the scores alone; the key only orders equal scores for display.
 */
function pickBest(candidates: readonly Ranked[], count: number, compare: (a: number, b: number) => number) {
  const sorted = [...candidates].sort((a, b) => compare(a.score, b.score) || byKey(a.group, b.group))
  const last = sorted[count - 1]
  return last === undefined ? sorted : sorted.filter(({ score }) => compare(score, last.score) <= 0)
}

/**
 * Strengths and gaps, picked separately for pillars and for practices, by the same rule:
 * - only groups with a score that rests on at least half of their applicable questions count (see
 *   isScoreUncertain): a group with no level answers, or with too few, is neither;
 * - strengths score STRENGTH_FROM (75) or more: the PILLAR_FINDINGS_PER_SIDE (2) best pillars and the
 *   PRACTICE_FINDINGS_PER_SIDE (3) best practices, plus any that tie with the last one named;
 * - gaps score GAP_UP_TO (50) or less: the 2 weakest pillars and the 3 weakest practices, plus ties likewise;
 * - the order of the groups (and of the bank) never decides who is named; equal scores are shown in key order.
 * Pillars come before practices; strengths best first, gaps weakest first.
 */
export function findStrengthsAndGaps(
  scores: AssessmentScores,
  bank: QuestionBank,
  answers: PillarAnswers,
): StrengthsAndGaps {
  // Walking the bank, and sorting stably by level, keeps equal levels in bank order.
  const questionsBehind = (group: GroupScore, side: 'strength' | 'gap'): string[] => {
    const inGroup = new Set(group.questionIds)
    return bank.questions
      .flatMap(({ id }) => {
        const answer = getAnswer(answers, id)
        if (!inGroup.has(id) || answer === undefined || !isLevel(answer)) return []
        const behind = side === 'strength' ? answer >= STRENGTH_FROM_LEVEL : answer < STRENGTH_FROM_LEVEL
        return behind ? [{ id, level: answer }] : []
      })
      .sort((a, b) => (side === 'strength' ? b.level - a.level : a.level - b.level))
      .map(({ id }) => id)
  }

  const select = (kind: Finding['kind'], groups: readonly GroupScore[], count: number) => {
    const ranked = groups.flatMap((group) =>
      group.score === null || isScoreUncertain(group) ? [] : [{ group, score: group.score }],
    )
    const strengths = pickBest(
      ranked.filter(({ score }) => score >= STRENGTH_FROM),
      count,
      (a, b) => b - a,
    )
    const gaps = pickBest(
      ranked.filter(({ score }) => score <= GAP_UP_TO),
      count,
      (a, b) => a - b,
    )
    const toFinding = ({ group, score }: Ranked, side: 'strength' | 'gap'): Finding => ({
      kind,
      key: group.key,
      label: group.label,
      score,
      questionIds: questionsBehind(group, side),
    })
    return {
      strengths: strengths.map((entry) => toFinding(entry, 'strength')),
      gaps: gaps.map((entry) => toFinding(entry, 'gap')),
    }
  }

  const pillars = select('pillar', scores.pillars, PILLAR_FINDINGS_PER_SIDE)
  const practices = select('practice', scores.practices, PRACTICE_FINDINGS_PER_SIDE)
  return {
    strengths: [...pillars.strengths, ...practices.strengths],
    gaps: [...pillars.gaps, ...practices.gaps],
  }
}

export interface DontKnowFinding {
  pillar: Pillar
  label: string
  count: number
  /** The questions answered "Don't know", in bank order. */
  questionIds: string[]
}

/**
 * Pillars with at least one "Don't know", most first (equal counts in PILLARS order). Not knowing is itself a
 * finding: it points at a gap in shared visibility.
 */
export function findDontKnows(scores: AssessmentScores, answers: PillarAnswers): DontKnowFinding[] {
  return scores.pillars
    .filter((group) => group.dontKnow > 0)
    .map((group) => ({
      pillar: group.key,
      label: group.label,
      count: group.dontKnow,
      questionIds: group.questionIds.filter((id) => getAnswer(answers, id) === DONT_KNOW),
    }))
    .sort((a, b) => b.count - a.count)
}

export interface Mismatch {
  /** Stable, for keys, tests and analytics; the message may be reworded. */
  id: MismatchId
  message: string
}

export type MismatchId =
  | 'automation-high-deploys-rarely'
  | 'outcomes-high-measurement-low'
  | 'lean-high-lead-time-long'
  | 'outcomes-low-practices-high'
  | 'measurement-high-outcomes-unknown'

const HIGH_SCORE = 75
const LOW_SCORE = 50
/** Deployment frequency band 3: between once per month and once every six months. */
const RARE_DEPLOYS_FROM_BAND = 3
/** Lead time band 4: between one month and six months. */
const LONG_LEAD_TIME_FROM_BAND = 4
const UNKNOWN_OUTCOMES_FROM = 2

/**
 * Where the CALMS answers and the DORA answers tell different stories. Each rule fires on its own, in this order:
 * - automation-high-deploys-rarely: Automation scores 75 or more, but deployment frequency is once a month or rarer;
 * - outcomes-high-measurement-low: the overall DORA cluster is Elite or High, but Measurement scores under 50 or
 *   has no score, so the outcomes may be guessed rather than measured;
 * - lean-high-lead-time-long: Lean scores 75 or more, but lead time for changes is a month or longer;
 * - outcomes-low-practices-high: the overall DORA cluster is Low, but the overall score is 75 or more;
 * - measurement-high-outcomes-unknown: Measurement scores 75 or more, but two or more DORA metrics were answered
 *   "Don't know" (unanswered metrics do not count: the person may not have got to them yet).
 * The two cluster rules need an overall cluster, so they stay quiet until throughput and stability both have an
 * answer. Scores are compared unrounded and rounded only in the message.
 */
export function findMismatches(
  scores: AssessmentScores,
  dora: DoraAnswers,
  classification: DoraClassification,
): Mismatch[] {
  const pillarScore = (pillar: Pillar) => scores.pillars.find((group) => group.key === pillar)?.score ?? null
  const isHigh = (score: number | null): score is number => score !== null && score >= HIGH_SCORE
  const band = (metric: DoraMetric) => {
    const answer = dora[metric]
    const index = getBandIndex(metric, answer)
    return index === undefined || answer === undefined
      ? undefined
      : { index, label: doraBandLabel(metric, answer).toLowerCase() }
  }

  const mismatches: Mismatch[] = []
  const automation = pillarScore('automation')
  const deploys = band('deploymentFrequency')
  if (isHigh(automation) && deploys !== undefined && deploys.index >= RARE_DEPLOYS_FROM_BAND) {
    mismatches.push({
      id: 'automation-high-deploys-rarely',
      message:
        `Automation scores ${Math.round(automation)}/100, but you deploy ${deploys.label}: ` +
        'automation that stops before production does not bring faster feedback. What holds deployments back?',
    })
  }

  const cluster = classification.cluster
  const measurement = pillarScore('measurement')
  if ((cluster === 'elite' || cluster === 'high') && (measurement === null || measurement < LOW_SCORE)) {
    const measured =
      measurement === null
        ? 'no Measurement question has a score'
        : `Measurement scores ${Math.round(measurement)}/100`
    mismatches.push({
      id: 'outcomes-high-measurement-low',
      message:
        `Your delivery outcomes classify as ${CLUSTER_LABELS[cluster]}, but ${measured}: ` +
        'the DORA answers may be estimates. Check them against real deployment and incident data.',
    })
  }

  const lean = pillarScore('lean')
  const leadTime = band('leadTime')
  if (isHigh(lean) && leadTime !== undefined && leadTime.index >= LONG_LEAD_TIME_FROM_BAND) {
    mismatches.push({
      id: 'lean-high-lead-time-long',
      message:
        `Lean scores ${Math.round(lean)}/100, but a change takes ${leadTime.label} to reach production: ` +
        'small batches and smooth flow should show up as a short lead time. Look for where changes wait.',
    })
  }

  const overall = scores.overall.score
  if (cluster === 'low' && isHigh(overall)) {
    mismatches.push({
      id: 'outcomes-low-practices-high',
      message:
        `Your delivery outcomes classify as ${CLUSTER_LABELS.low}, but your practices score ${Math.round(overall)}/100 ` +
        'overall: the practices may not reach the primary service yet, or the answers may be optimistic.',
    })
  }

  const unknown = DORA_METRICS.filter((metric) => dora[metric] === DORA_DONT_KNOW).length
  if (isHigh(measurement) && unknown >= UNKNOWN_OUTCOMES_FROM) {
    mismatches.push({
      id: 'measurement-high-outcomes-unknown',
      message:
        `Measurement scores ${Math.round(measurement)}/100, but you answered "Don't know" to ${unknown} of the ` +
        `${DORA_METRICS.length} DORA metrics: measuring well should make these outcomes visible to the team.`,
    })
  }

  return mismatches
}

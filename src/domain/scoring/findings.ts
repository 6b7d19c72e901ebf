import { DONT_KNOW, getAnswer, isLevel, type Level, type PillarAnswers } from '../bank/answers.ts'
import type { DoraClassification } from '../dora/dora-classification.ts'
import { CLUSTER_LABELS } from '../dora/dora-cluster-tables.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRICS,
  getBandIndex,
  type DoraAnswers,
  type DoraMetric,
} from '../dora/dora-metrics.ts'
import { doraBandLabel } from '../dora/dora-wording.ts'
import { PILLARS, type Pillar } from '../bank/pillars.ts'
import { PRACTICES } from '../bank/practices.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { capitalise, numberWord } from '../common/plural.ts'
import {
  applicableQuestions,
  isScoreUncertain,
  UNCERTAIN_BASIS_TEXT,
  type AssessmentScores,
  type GroupScore,
} from './scoring.ts'

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
  /** A practice with one question that applies, named on its one answer: everything that shows it says so. */
  oneAnswer: boolean
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

/**
 * A pillar or practice is named on at least this many scored answers: one level-4 answer beside a "Don't know"
 * is half of a quick check's Measurement, and not enough to call it the top strength.
 */
export const MIN_SCORED_ANSWERS = 2

/** Levels 3 and 4 (75 and 100) are behind a strength; levels 0 to 2 (50 or less) behind a gap. */
const STRENGTH_FROM_LEVEL: Level = 3

/** How a finding named on its practice's one question says so. */
export const ONE_ANSWER_TEXT = 'one answer'

/** The rules of findStrengthsAndGaps in words, for the pages and exports that show its result. */
export function describeFindingRules(): string {
  return (
    `A strength scores ${STRENGTH_FROM} or more and a gap ${GAP_UP_TO} or less: at most ` +
    `${PILLAR_FINDINGS_PER_SIDE} pillars and ${PRACTICE_FINDINGS_PER_SIDE} practices each, more only when scores ` +
    `tie. A pillar or practice is named on at least ${numberWord(MIN_SCORED_ANSWERS)} scored answers, a practice ` +
    `with only one question that applies on its ${ONE_ANSWER_TEXT}. A score ${UNCERTAIN_BASIS_TEXT} is uncertain and never named.`
  )
}

/**
 * A practice with one question that applies (asked once at the depth taken, or twice with one "Not applicable"):
 * it can rest on no more than its one answer.
 */
const isAskedOnce = (kind: Finding['kind'], basis: GroupScore) =>
  kind === 'practice' && applicableQuestions(basis) === 1

/**
 * Whether a group's score carries a name (strength or gap), the rule of findStrengthsAndGaps: a score, resting on
 * at least half of the questions that apply (isScoreUncertain), and on at least MIN_SCORED_ANSWERS (2) scored
 * answers; a practice with one question that applies needs its one answer. `basis` counts the answers (questions asked and scored)
 * when `group` counts something else, as a team's groups count people; it is the group itself for one person.
 */
export function isNameable(kind: Finding['kind'], group: GroupScore, basis: GroupScore = group): boolean {
  if (group.score === null || isScoreUncertain(group)) return false
  return isAskedOnce(kind, basis) ? basis.scored === 1 : basis.scored >= MIN_SCORED_ANSWERS
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
 * - only groups whose score carries a name count (isNameable): a score resting on at least half of the group's
 *   applicable questions and on at least two scored answers, or a practice asked once on its one answer; a group
 *   with no level answers, or with too few, is neither;
 * - strengths score STRENGTH_FROM (75) or more: the PILLAR_FINDINGS_PER_SIDE (2) best pillars and the
 *   PRACTICE_FINDINGS_PER_SIDE (3) best practices, plus any that tie with the last one named;
 * - gaps score GAP_UP_TO (50) or less: the 2 weakest pillars and the 3 weakest practices, plus ties likewise;
 * - the order of the groups (and of the bank) never decides who is named; equal scores are shown in key order;
 * - groups that `leaveOut` holds (a team's split ones) are never named, and the next in line take their places.
 * Pillars come before practices; strengths best first, gaps weakest first.
 */
export function findStrengthsAndGaps(
  scores: AssessmentScores,
  bank: QuestionBank,
  answers: PillarAnswers,
  /** What counts the answers, when `scores` counts people (a team); see isNameable. */
  basis: AssessmentScores = scores,
  leaveOut: (kind: Finding['kind'], key: string) => boolean = () => false,
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

  const select = (
    kind: Finding['kind'],
    groups: readonly GroupScore[],
    bases: readonly GroupScore[],
    count: number,
  ) => {
    const basisOf = (group: GroupScore) => bases.find(({ key }) => key === group.key) ?? group
    const ranked = groups.flatMap((group) =>
      group.score !== null && isNameable(kind, group, basisOf(group)) && !leaveOut(kind, group.key)
        ? [{ group, score: group.score }]
        : [],
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
      oneAnswer: isAskedOnce(kind, basisOf(group)),
    })
    return {
      strengths: strengths.map((entry) => toFinding(entry, 'strength')),
      gaps: gaps.map((entry) => toFinding(entry, 'gap')),
    }
  }

  const pillars = select('pillar', scores.pillars, basis.pillars, PILLAR_FINDINGS_PER_SIDE)
  const practices = select('practice', scores.practices, basis.practices, PRACTICE_FINDINGS_PER_SIDE)
  return {
    strengths: [...pillars.strengths, ...practices.strengths],
    gaps: [...pillars.gaps, ...practices.gaps],
  }
}

/** More findings than this tying at one score are said in one sentence rather than named one by one. */
export const MAX_TIE_NAMED_ONE_BY_ONE = 3

/** Findings of one kind that tie at one score, too many to name one by one. */
export interface FindingTie {
  kind: Finding['kind']
  score: number
  findings: Finding[]
}

export type FindingEntry = { finding: Finding; tie?: undefined } | { finding?: undefined; tie: FindingTie }

/** Where a tie sentence names a group: pillars in CALMS order, practices in the order the lesson introduces them. */
const readingRank = ({ kind, key }: Finding) =>
  kind === 'pillar'
    ? PILLARS.findIndex((pillar) => pillar === key)
    : PRACTICES.findIndex((practice) => practice === key)

/**
 * One side's findings as a page shows them: one by one, except where more than MAX_TIE_NAMED_ONE_BY_ONE (3) of one
 * kind tie at one score (only the last place named can, through ties), which read as one sentence (describeTie),
 * its names in CALMS order or the lesson's. Order is kept otherwise; a tie stands where its first finding stood.
 */
export function groupTies(findings: readonly Finding[]): FindingEntry[] {
  const entries: FindingEntry[] = []
  for (const finding of findings) {
    const tied = findings.filter(({ kind, score }) => kind === finding.kind && score === finding.score)
    if (tied.length <= MAX_TIE_NAMED_ONE_BY_ONE) entries.push({ finding })
    else if (tied[0] === finding) {
      const inReadingOrder = [...tied].sort((a, b) => readingRank(a) - readingRank(b))
      entries.push({ tie: { kind: finding.kind, score: finding.score, findings: inReadingOrder } })
    }
  }
  return entries
}

/** A finding's name as a list shows it: its label, with "(one answer)" when it rests on one. */
export function findingName(finding: Finding): string {
  return finding.oneAnswer ? `${finding.label} (${ONE_ANSWER_TEXT})` : finding.label
}

/**
 * A tie in one sentence: "Five pillars tie at 50: Culture; Automation; Lean; Measurement; Sharing." Semicolons
 * part the names, as some hold a comma ("Small, frequent releases"). `scoreWord` reads before the score, "median"
 * for a team.
 */
export function describeTie(tie: FindingTie, scoreWord = ''): string {
  const noun = tie.kind === 'pillar' ? 'pillars' : 'practices'
  const at = `${scoreWord === '' ? '' : `${scoreWord} `}${Math.round(tie.score)}`
  return `${capitalise(numberWord(tie.findings.length))} ${noun} tie at ${at}: ${tie.findings.map(findingName).join('; ')}.`
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

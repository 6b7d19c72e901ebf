import { DONT_KNOW_TEXT, NOT_ANSWERED_TEXT } from '../common/answer-texts.ts'
import { CLUSTER_LABELS } from './dora-cluster-tables.ts'
import {
  HALF_METRICS,
  HALF_TOLERANCE,
  type ClusterGroup,
  type DoraClassification,
  type DoraHalf,
  type Placement,
} from './dora-classification.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  type DoraAnswers,
  type DoraMetric,
} from './dora-metrics.ts'

/** The label of a metric's band; the id itself if the metric has no such band, so nothing shows blank. */
export function doraBandLabel(metric: DoraMetric, bandId: string): string {
  return DORA_METRIC_DEFINITIONS[metric].bands.find((band) => band.id === bandId)?.label ?? bandId
}

/** A DORA answer in words: its band's label, "Don't know" or "not answered". */
export function describeDoraAnswer(metric: DoraMetric, answer: string | undefined): string {
  if (answer === undefined) return NOT_ANSWERED_TEXT
  return answer === DORA_DONT_KNOW ? DONT_KNOW_TEXT : doraBandLabel(metric, answer)
}

export const describeMetricName = (metric: DoraMetric): string =>
  DORA_METRIC_DEFINITIONS[metric].label.toLowerCase()

const joinWith = (names: readonly string[], last: 'and' | 'or'): string =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1) ?? ''}`

/**
 * The verdict in one sentence: the overall cluster with its report year and both halves, saying when it rests on
 * fewer than four metrics; without an overall cluster, what to answer to get one. Never "closest": a cluster is
 * where the answers fit by the rule, not a distance.
 */
export function describeDoraVerdict(classification: DoraClassification): string {
  const { year, cluster, halves, missing, missingHalves } = classification
  if (cluster === null || halves.throughput === null || halves.stability === null) {
    const needed = missingHalves.map(
      (half) => `one ${half} metric (${joinWith(HALF_METRICS[half].map(describeMetricName), 'or')})`,
    )
    return `No overall cluster: answer at least ${joinWith(needed, 'and')}.`
  }
  const verdict =
    `DORA ${year} cluster: ${CLUSTER_LABELS[cluster]} (throughput ${CLUSTER_LABELS[halves.throughput]}, ` +
    `stability ${CLUSTER_LABELS[halves.stability]})`
  if (missing.length === 0) return `${verdict}.`
  const answered = DORA_METRICS.length - missing.length
  const are = missing.length === 1 ? 'is' : 'are'
  return (
    `${verdict}, from ${answered} of the ${DORA_METRICS.length} metrics; ` +
    `${joinWith(missing.map(describeMetricName), 'and')} ${are} missing.`
  )
}

/** A half with its metrics, for the middle of a sentence: "throughput (deployment frequency and lead time ...)". */
export function describeHalf(half: DoraHalf): string {
  return `${half} (${joinWith(HALF_METRICS[half].map(describeMetricName), 'and')})`
}

/** What a half's answers may do against a cluster's values to take that cluster, from HALF_TOLERANCE. */
function describeFit(half: DoraHalf): string {
  const tolerance = HALF_TOLERANCE[half]
  if (tolerance === 0) return 'every answered metric is within or better than'
  const bands = tolerance === 1 ? 'one answer band' : `${tolerance} answer bands`
  return `its answered metrics miss by at most ${bands} in total`
}

/** The verdict rule in plain words, from the halves' metrics and tolerances, for beside the per-metric table. */
export function describeDoraRule(year: number): string {
  // A half's name starts the sentence.
  const takes = (half: DoraHalf) =>
    `${half.charAt(0).toUpperCase()}${describeHalf(half).slice(1)} takes the best ${year} cluster whose values ` +
    describeFit(half)
  return (
    "A cluster's values are those of its typical team, not cut-offs. " +
    `${takes('throughput')}. ${takes('stability')}. ` +
    "A metric worse than every cluster's value makes its half Low, as does fitting no cluster. The overall " +
    'cluster is the lower of the two halves. Clusters describe how teams in the survey that year grouped; they ' +
    'are a mirror for your team, not a ranking against others.'
  )
}

/** "Low (40%)", "High and Medium (both less than one day)", "High, Medium and Low (all 16-30%)". */
export function describeClusterGroup({ clusters, reported }: ClusterGroup): string {
  const names = joinWith(
    clusters.map((cluster) => CLUSTER_LABELS[cluster]),
    'and',
  )
  if (clusters.length === 1) return `${names} (${reported})`
  return `${names} (${clusters.length === 2 ? 'both' : 'all'} ${reported})`
}

/**
 * Where an answer sits among the clusters' values: "High (20%)", "between Medium (10%) and High (20%)" (the better
 * value first), "worse than Low (40%)", or "better than Elite (5%)".
 */
export function describePlacement(placement: Placement): string {
  switch (placement.kind) {
    case 'within':
      return describeClusterGroup(placement.value)
    case 'between':
      return `between ${describeClusterGroup(placement.better)} and ${describeClusterGroup(placement.worse)}`
    case 'worse-than-every':
      return `worse than ${describeClusterGroup(placement.worst)}`
    case 'better-than-every':
      return `better than ${describeClusterGroup(placement.best)}`
  }
}

/**
 * One metric's answer and where it sits among the year's cluster values, as DORA's quick check shows each metric:
 * "16-20%: High (20%)", "11-15%: between Medium (10%) and High (20%)", "Over 60%: worse than Low (40%)". A metric
 * without a band reads as "Don't know" or "not answered".
 */
export function describeMetricPlacement(
  classification: DoraClassification,
  answers: DoraAnswers,
  metric: DoraMetric,
): string {
  const answer = answers[metric]
  const match = classification.perMetric.find((entry) => entry.metric === metric)
  if (match === undefined || answer === undefined) return describeDoraAnswer(metric, answer)
  return `${doraBandLabel(metric, answer)}: ${describePlacement(match.placement)}`
}

/**
 * The verdict of an earlier snapshot, shown beside today's: "In 2026-11-26 Baseline: DORA 2024 cluster: Low
 * (throughput Elite, stability Low)." A snapshot cannot be answered any more, so a missing half is only named.
 */
export function describeEarlierVerdict(title: string, classification: DoraClassification): string {
  if (classification.cluster !== null) return `In ${title}: ${describeDoraVerdict(classification)}`
  const halves = joinWith(classification.missingHalves, 'or')
  return `In ${title}: no overall cluster (no ${halves} metric answered).`
}

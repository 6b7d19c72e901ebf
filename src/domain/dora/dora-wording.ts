import { DONT_KNOW_TEXT, NOT_ANSWERED_TEXT } from '../bank/answer-wording.ts'
import {
  CLUSTER_LABELS,
  CLUSTERS,
  getClusterTable,
  HALF_METRICS,
  type DoraClassification,
  type DoraHalf,
  type MetricMatch,
} from './dora-classification.ts'
import { DORA_DONT_KNOW, DORA_METRIC_DEFINITIONS, DORA_METRICS, type DoraMetric } from './dora-metrics.ts'

/** The label of a metric's band; the id itself if the metric has no such band, so nothing shows blank. */
export function doraBandLabel(metric: DoraMetric, bandId: string): string {
  return DORA_METRIC_DEFINITIONS[metric].bands.find((band) => band.id === bandId)?.label ?? bandId
}

/** A DORA answer in words: its band's label, "Don't know" or "not answered". */
export function describeDoraAnswer(metric: DoraMetric, answer: string | undefined): string {
  if (answer === undefined) return NOT_ANSWERED_TEXT
  return answer === DORA_DONT_KNOW ? DONT_KNOW_TEXT : doraBandLabel(metric, answer)
}

const metricName = (metric: DoraMetric) => DORA_METRIC_DEFINITIONS[metric].label.toLowerCase()

const joinWith = (names: readonly string[], last: 'and' | 'or'): string =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1) ?? ''}`

/**
 * The verdict in one sentence: the overall cluster and its report year, saying when it rests on fewer than four
 * metrics; without an overall cluster, what to answer to get one.
 */
export function describeDoraVerdict(classification: DoraClassification): string {
  const { year, cluster, missing, missingHalves } = classification
  if (cluster === null) {
    const needed = missingHalves.map(
      (half) => `one ${half} metric (${joinWith(HALF_METRICS[half].map(metricName), 'or')})`,
    )
    return `No overall cluster: answer at least ${joinWith(needed, 'and')}.`
  }
  const verdict = `Closest DORA ${year} cluster: ${CLUSTER_LABELS[cluster]}`
  if (missing.length === 0) return `${verdict}.`
  const answered = DORA_METRICS.length - missing.length
  const are = missing.length === 1 ? 'is' : 'are'
  return (
    `${verdict} (from ${answered} of the ${DORA_METRICS.length} metrics; ` +
    `${joinWith(missing.map(metricName), 'and')} ${are} missing).`
  )
}

/** A half with its metrics, for the middle of a sentence: "throughput (deployment frequency and lead time ...)". */
export function describeHalf(half: DoraHalf): string {
  return `${half} (${joinWith(HALF_METRICS[half].map(metricName), 'and')})`
}

/** The verdict rule, worded from the halves' metrics, for beside the per-metric table. */
export function describeDoraRule(year: number): string {
  return (
    `The ${describeHalf('throughput')} and ${describeHalf('stability')} each take the best ${year} cluster ` +
    'whose values all their answered metrics meet or beat, otherwise Low; the lower of the two is the overall ' +
    'cluster. Clusters describe how teams in the survey that year grouped; they are a mirror for your team, not a ' +
    'ranking against others.'
  )
}

/**
 * One metric's answer against the year's cluster values on its own, as DORA's quick check shows each metric, for
 * a table cell beside the answer: the best cluster whose value it meets and the value of the next better one
 * ("High (20%); Elite is 5%"), or that it meets none. Undefined is a metric without a band to compare.
 */
export function describeMetricMatch(match: MetricMatch | undefined, year: number): string {
  if (match === undefined) return 'no answer to compare'
  const { metric, meets } = match
  const profiles = getClusterTable(year).profiles
  const [best] = meets
  if (best === undefined) return `none: worse than Low (${profiles.low[metric].reported})`
  const reached = `${CLUSTER_LABELS[best]} (${profiles[best][metric].reported})`
  const better = CLUSTERS[CLUSTERS.indexOf(best) - 1]
  return better === undefined
    ? `${reached}, the best cluster`
    : `${reached}; ${CLUSTER_LABELS[better]} is ${profiles[better][metric].reported}`
}

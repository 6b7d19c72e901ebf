import { DONT_KNOW_TEXT, NOT_ANSWERED_TEXT } from '../bank/answer-wording.ts'
import { CLUSTER_LABELS, type MetricMatch } from './dora-classification.ts'
import { DORA_DONT_KNOW, DORA_METRIC_DEFINITIONS, type DoraMetric } from './dora-metrics.ts'

/** The label of a metric's band; the id itself if the metric has no such band, so nothing shows blank. */
export function doraBandLabel(metric: DoraMetric, bandId: string): string {
  return DORA_METRIC_DEFINITIONS[metric].bands.find((band) => band.id === bandId)?.label ?? bandId
}

/** A DORA answer in words: its band's label, "Don't know" or "not answered". */
export function describeDoraAnswer(metric: DoraMetric, answer: string | undefined): string {
  if (answer === undefined) return NOT_ANSWERED_TEXT
  return answer === DORA_DONT_KNOW ? DONT_KNOW_TEXT : doraBandLabel(metric, answer)
}

/** Which clusters an answered band falls in; undefined is a metric without a band to compare. */
export function describeMetricMatch(match: MetricMatch | undefined): string {
  if (match === undefined) return 'no answer to compare'
  if (match.matches.length === 0) return 'no cluster exactly'
  return match.matches.map((cluster) => CLUSTER_LABELS[cluster]).join(', ')
}

/** The metrics a partial classification leaves out, for the middle of a sentence: "lead time for changes, ...". */
export function describeMissingMetrics(missing: readonly DoraMetric[]): string {
  return missing.map((metric) => DORA_METRIC_DEFINITIONS[metric].label.toLowerCase()).join(', ')
}

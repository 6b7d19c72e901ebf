import { getClusterGap, halfOf, type DoraClassification, type DoraHalf } from './dora-classification.ts'
import { CLUSTER_LABELS, type Cluster } from './dora-cluster-tables.ts'
import { DORA_METRIC_DEFINITIONS, type DoraMetric } from './dora-metrics.ts'
import { describeClusterGroup, describeHalf, describeMetricName } from './dora-wording.ts'

export interface SpeedStabilityFinding {
  /** Stable, for keys, tests and analytics; the message may be reworded. */
  id: SpeedStabilityId
  throughput: Cluster
  stability: Cluster
  message: string
}

export type SpeedStabilityId = 'fast-but-unstable' | 'stable-but-slow'

export interface WorseThanEveryClusterFinding {
  id: 'worse-than-every-cluster'
  metric: DoraMetric
  message: string
}

/** What the DORA section says beyond the verdict: how the halves compare, and any metric beyond every cluster. */
export type DoraFinding = SpeedStabilityFinding | WorseThanEveryClusterFinding

/**
 * Two clusters apart: Elite against Medium or Low, High against Low. One cluster apart is ordinary: the 2024 Medium
 * profile itself has a stability half at High.
 */
const MARKED_GAP_CLUSTERS = 2

/**
 * Where DORA's two halves tell different stories. DORA's research finds speed and stability going together, not
 * traded against each other, so a half that lags the other by two clusters or more is named:
 * - fast-but-unstable: the stability half sits two or more clusters below the throughput half (which is then
 *   Elite or High);
 * - stable-but-slow: the throughput half sits two or more clusters below the stability half.
 * Needs both halves, so there is no finding without an overall cluster.
 */
export function findSpeedStabilityImbalance(
  classification: DoraClassification,
): SpeedStabilityFinding | null {
  const { throughput, stability } = classification.halves
  if (throughput === null || stability === null) return null
  const compare = (ahead: DoraHalf, aheadAt: Cluster, behind: DoraHalf, behindAt: Cluster) =>
    `your ${describeHalf(ahead)} reaches ${CLUSTER_LABELS[aheadAt]}, your ${describeHalf(behind)} only ` +
    `${CLUSTER_LABELS[behindAt]} (DORA ${classification.year} clusters). DORA's research finds that speed and ` +
    'stability go together; they are not a trade-off'
  if (getClusterGap(throughput, stability) >= MARKED_GAP_CLUSTERS) {
    return {
      id: 'fast-but-unstable',
      throughput,
      stability,
      message:
        `Fast but unstable: ${compare('throughput', throughput, 'stability', stability)}, and the best ` +
        'performers do well on both. Look at what lets failing changes reach production and what slows recovery.',
    }
  }
  if (getClusterGap(stability, throughput) >= MARKED_GAP_CLUSTERS) {
    return {
      id: 'stable-but-slow',
      throughput,
      stability,
      message:
        `Stable but slow: ${compare('stability', stability, 'throughput', throughput)}: small, frequent ` +
        'changes are easier to test and to put right, so releasing rarely does not buy safety. Look at where ' +
        'changes wait on their way to production.',
    }
  }
  return null
}

/**
 * Each answered metric worse than the value of every cluster of the year, named with the worst value: such an
 * answer makes its half Low on its own, whatever the other answers, so the reason is said, not left to the table.
 */
export function findMetricsWorseThanEveryCluster(
  classification: DoraClassification,
): WorseThanEveryClusterFinding[] {
  return classification.perMetric.flatMap(({ metric, bandIndex, placement }) => {
    if (placement.kind !== 'worse-than-every') return []
    const band = DORA_METRIC_DEFINITIONS[metric].bands[bandIndex]?.label.toLowerCase() ?? ''
    return [
      {
        id: 'worse-than-every-cluster',
        metric,
        message:
          `A ${describeMetricName(metric)} of ${band} is worse than the value of every DORA ` +
          `${classification.year} cluster, even ${describeClusterGroup(placement.worst)}: on its own it makes ` +
          `your ${halfOf(metric)} Low.`,
      },
    ]
  })
}

/** The speed and stability finding first, then each metric worse than every cluster, in metric order. */
export function findDoraFindings(classification: DoraClassification): DoraFinding[] {
  const imbalance = findSpeedStabilityImbalance(classification)
  return [...(imbalance === null ? [] : [imbalance]), ...findMetricsWorseThanEveryCluster(classification)]
}

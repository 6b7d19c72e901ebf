import { DORA_METRICS, getBandIndex, type DoraAnswers, type DoraMetric } from './dora-metrics.ts'
import {
  CLUSTER_TABLES,
  CLUSTERS,
  DEFAULT_REPORT_YEAR,
  type Cluster,
  type ClusterTable,
} from './dora-cluster-tables.ts'

/**
 * DORA's two halves of delivery performance: throughput (how fast changes get out) and stability (how rarely they
 * fail and how fast service comes back). The research finds them moving together, so a verdict needs both.
 */
export const DORA_HALVES = ['throughput', 'stability'] as const
export type DoraHalf = (typeof DORA_HALVES)[number]

export const HALF_METRICS: Record<DoraHalf, readonly DoraMetric[]> = {
  throughput: ['deploymentFrequency', 'leadTime'],
  stability: ['changeFailureRate', 'timeToRestore'],
}

/**
 * How many answer bands in total a half's answers may lie beyond a cluster's values and still take that cluster.
 * Throughput values come as ranges that our bands follow (a deployment frequency, a lead time), so an answer is
 * inside them or not. A cluster's stability values are the middle of a spread: change failure rate is one typical
 * percentage, and a team one band off on one stability answer still sits with that cluster (the coach's rows (c'),
 * (h), (i), (j) in the bank v2 review). Two bands, on one metric or both, is another cluster.
 */
export const HALF_TOLERANCE: Record<DoraHalf, number> = { throughput: 0, stability: 1 }

/** Clusters that report one and the same value for a metric, best first, e.g. 2021's High, Medium and Low at 16-30%. */
export interface ClusterGroup {
  clusters: readonly [Cluster, ...Cluster[]]
  reported: string
}

/** Where an answer sits among the values the clusters of one year report for its metric. */
export type Placement =
  | { kind: 'within'; value: ClusterGroup }
  | { kind: 'between'; better: ClusterGroup; worse: ClusterGroup }
  | { kind: 'worse-than-every'; worst: ClusterGroup }
  | { kind: 'better-than-every'; best: ClusterGroup }

export interface MetricMatch {
  metric: DoraMetric
  bandIndex: number
  /**
   * Per cluster, how many bands the answer lies beyond the worst band of that cluster's value: 0 when it is within
   * the value or better.
   */
  excess: Record<Cluster, number>
  placement: Placement
}

export interface DoraClassification {
  year: number
  /**
   * The overall cluster: the lower of the two halves. Null unless each half has at least one answered metric
   * (a band, not "Don't know"); `missingHalves` then says which half is missing.
   */
  cluster: Cluster | null
  /** Each half's cluster from its answered metrics alone; null when none of its metrics has a band. */
  halves: Record<DoraHalf, Cluster | null>
  /** Halves without any answered metric, in DORA_HALVES order; empty exactly when `cluster` is not null. */
  missingHalves: DoraHalf[]
  /** True when all four metrics were answered (not "Don't know"). */
  complete: boolean
  missing: DoraMetric[]
  /** The answered metrics, each against the year's cluster values on its own. */
  perMetric: MetricMatch[]
}

const clusterRank = (cluster: Cluster): number => CLUSTERS.indexOf(cluster)

const getLowerCluster = (a: Cluster, b: Cluster): Cluster => (clusterRank(a) >= clusterRank(b) ? a : b)

/** How many clusters `lower` sits below `higher` (negative when it sits above). */
export function getClusterGap(higher: Cluster, lower: Cluster): number {
  return clusterRank(lower) - clusterRank(higher)
}

export const halfOf = (metric: DoraMetric): DoraHalf =>
  HALF_METRICS.throughput.includes(metric) ? 'throughput' : 'stability'

/** An answer worse than every cluster's value: it makes its half Low whatever else is answered. */
const isWorseThanEveryCluster = (match: MetricMatch): boolean => match.placement.kind === 'worse-than-every'

/**
 * Where a band sits among the clusters' values of one metric: within a value (the best cluster whose value holds
 * it), between the nearest value on the better side and on the worse side, or beyond every value. Clusters that
 * report the same value come together.
 */
export function placeBand(table: ClusterTable, metric: DoraMetric, bandIndex: number): Placement {
  const values = CLUSTERS.map((cluster) => ({ cluster, ...table.profiles[cluster][metric] }))
  type Entry = (typeof values)[number]
  // The first entry and every later one reporting the same value; undefined for none.
  const groupOf = (entries: readonly Entry[]): ClusterGroup | undefined => {
    const [first] = entries
    if (first === undefined) return undefined
    const others = entries.slice(1).filter((entry) => entry.reported === first.reported)
    return { clusters: [first.cluster, ...others.map((entry) => entry.cluster)], reported: first.reported }
  }

  const within = groupOf(values.filter(({ bands: [from, to] }) => from <= bandIndex && bandIndex <= to))
  if (within !== undefined) return { kind: 'within', value: within }

  const betterEnds = values.filter(({ bands }) => bands[1] < bandIndex).map(({ bands }) => bands[1])
  const worseStarts = values.filter(({ bands }) => bands[0] > bandIndex).map(({ bands }) => bands[0])
  const better = groupOf(values.filter(({ bands }) => bands[1] === Math.max(...betterEnds)))
  const worse = groupOf(values.filter(({ bands }) => bands[0] === Math.min(...worseStarts)))
  if (better !== undefined && worse !== undefined) return { kind: 'between', better, worse }
  if (better !== undefined) return { kind: 'worse-than-every', worst: better }
  if (worse !== undefined) return { kind: 'better-than-every', best: worse }
  // Every cluster reports a value for every metric, so a band lies within one or has one on a side.
  throw new Error(`The ${table.year} table has no value for ${metric}`)
}

/**
 * Speed and stability each earn a cluster, and the verdict is the lower of the two, so neither buys the other.
 * Cluster values are the middle of each cluster, not cut-offs, so a half takes the best cluster its answers come
 * close enough to:
 * - throughput (deployment frequency, lead time): the best cluster whose values every answered metric is within or
 *   better than;
 * - stability (change failure rate, recovery time): the best cluster whose values the answered metrics exceed by
 *   at most one band in total (HALF_TOLERANCE);
 * - a half with a metric worse than every cluster's value is Low, and so is a half no cluster fits;
 * - overall: the lower of the two halves, and only when both halves have an answered metric.
 * Unanswered and "Don't know" metrics are left out and named. Improving any answer never lowers a result: a better
 * band exceeds every cluster's value by no more than the worse band did.
 */
export function classifyDora(answers: DoraAnswers, year: number = DEFAULT_REPORT_YEAR): DoraClassification {
  const table = getClusterTable(year)

  const perMetric: MetricMatch[] = []
  const missing: DoraMetric[] = []
  for (const metric of DORA_METRICS) {
    const bandIndex = getBandIndex(metric, answers[metric])
    if (bandIndex === undefined) {
      missing.push(metric)
      continue
    }
    const excessOver = (cluster: Cluster) => Math.max(0, bandIndex - table.profiles[cluster][metric].bands[1])
    perMetric.push({
      metric,
      bandIndex,
      excess: {
        elite: excessOver('elite'),
        high: excessOver('high'),
        medium: excessOver('medium'),
        low: excessOver('low'),
      },
      placement: placeBand(table, metric, bandIndex),
    })
  }

  const placeHalf = (half: DoraHalf): Cluster | null => {
    const answered = perMetric.filter(({ metric }) => halfOf(metric) === half)
    if (answered.length === 0) return null
    if (answered.some(isWorseThanEveryCluster)) return 'low'
    const fits = (cluster: Cluster) =>
      answered.reduce((total, { excess }) => total + excess[cluster], 0) <= HALF_TOLERANCE[half]
    return CLUSTERS.find(fits) ?? 'low'
  }
  const halves: Record<DoraHalf, Cluster | null> = {
    throughput: placeHalf('throughput'),
    stability: placeHalf('stability'),
  }
  const missingHalves = DORA_HALVES.filter((half) => halves[half] === null)
  const cluster =
    halves.throughput === null || halves.stability === null
      ? null
      : getLowerCluster(halves.throughput, halves.stability)

  return { year, cluster, halves, missingHalves, complete: missing.length === 0, missing, perMetric }
}

export function getClusterTable(year: number): ClusterTable {
  const table = CLUSTER_TABLES[year]
  if (!table) throw new Error(`No DORA cluster table for ${year}`)
  return table
}

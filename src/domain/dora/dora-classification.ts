import { DORA_METRICS, getBandIndex, type DoraAnswers, type DoraMetric } from './dora-metrics.ts'

/** Best first: a smaller index is a better cluster. */
export const CLUSTERS = ['elite', 'high', 'medium', 'low'] as const
export type Cluster = (typeof CLUSTERS)[number]

export const CLUSTER_LABELS: Record<Cluster, string> = {
  elite: 'Elite',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
}

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

/** A contiguous range of band indices [from, to] (0 = best band), both ends included. */
export type BandRange = readonly [from: number, to: number]

export interface ClusterValue {
  /**
   * The value as the report gives it, written short where the report's words are long ("daily to weekly" for
   * "between once per day and once per week"), for sentences such as "between High (20%) and Low (40%)".
   */
  reported: string
  /** The answer bands the reported value covers. */
  bands: BandRange
}

export interface ClusterTable {
  year: number
  source: string
  profiles: Record<Cluster, Record<DoraMetric, ClusterValue>>
}

const value = (reported: string, from: number, to: number = from): ClusterValue => ({
  reported,
  bands: [from, to],
})

/*
 * Each report's cluster values, as ranges of our answer bands (see dora-metrics.ts). Band indices:
 * deployment frequency 0 on demand, 1 daily-weekly, 2 weekly-monthly, 3 monthly-six-monthly, 4 rarer;
 * lead time / restore 0 <1h, 1 1h-1d, 2 1d-1w, 3 1w-1m, 4 1m-6m, 5 >6m ("less than one day" = 0..1);
 * change failure rate 0 0-5%, 1 6-10%, 2 11-15%, 3 16-20%, 4 21-30%, 5 31-45%, 6 46-60%, 7 >60%.
 */
export const CLUSTER_TABLES: Record<number, ClusterTable> = {
  2021: {
    year: 2021,
    source: 'Accelerate State of DevOps 2021, as quoted by the Apache DevLake documentation',
    profiles: {
      elite: {
        deploymentFrequency: value('on demand', 0),
        leadTime: value('less than one hour', 0),
        changeFailureRate: value('0-15%', 0, 2),
        timeToRestore: value('less than one hour', 0),
      },
      high: {
        deploymentFrequency: value('weekly to monthly', 2),
        leadTime: value('one day to one week', 2),
        changeFailureRate: value('16-30%', 3, 4),
        timeToRestore: value('less than one day', 0, 1),
      },
      medium: {
        deploymentFrequency: value('monthly to six-monthly', 3),
        leadTime: value('one to six months', 4),
        changeFailureRate: value('16-30%', 3, 4),
        timeToRestore: value('one day to one week', 2),
      },
      low: {
        deploymentFrequency: value('less often than six-monthly', 4),
        leadTime: value('more than six months', 5),
        changeFailureRate: value('16-30%', 3, 4),
        timeToRestore: value('more than six months', 5),
      },
    },
  },
  2023: {
    year: 2023,
    source: 'Accelerate State of DevOps 2023, as quoted by Octopus Deploy and Apache DevLake',
    profiles: {
      elite: {
        deploymentFrequency: value('on demand', 0),
        leadTime: value('less than one day', 0, 1),
        changeFailureRate: value('5%', 0),
        timeToRestore: value('less than one hour', 0),
      },
      high: {
        deploymentFrequency: value('daily to weekly', 1),
        leadTime: value('one day to one week', 2),
        changeFailureRate: value('10%', 1),
        timeToRestore: value('less than one day', 0, 1),
      },
      medium: {
        deploymentFrequency: value('weekly to monthly', 2),
        leadTime: value('one week to one month', 3),
        changeFailureRate: value('15%', 2),
        timeToRestore: value('one day to one week', 2),
      },
      low: {
        deploymentFrequency: value('weekly to monthly', 2),
        leadTime: value('one week to one month', 3),
        changeFailureRate: value('64%', 7),
        timeToRestore: value('one to six months', 4),
      },
    },
  },
  2024: {
    year: 2024,
    source: 'Accelerate State of DevOps 2024, as quoted by Octopus Deploy',
    profiles: {
      elite: {
        deploymentFrequency: value('on demand', 0),
        leadTime: value('less than one day', 0, 1),
        changeFailureRate: value('5%', 0),
        timeToRestore: value('less than one hour', 0),
      },
      high: {
        deploymentFrequency: value('daily to weekly', 1),
        leadTime: value('one day to one week', 2),
        changeFailureRate: value('20%', 3),
        timeToRestore: value('less than one day', 0, 1),
      },
      medium: {
        deploymentFrequency: value('weekly to monthly', 2),
        leadTime: value('one week to one month', 3),
        changeFailureRate: value('10%', 1),
        timeToRestore: value('less than one day', 0, 1),
      },
      low: {
        deploymentFrequency: value('monthly to six-monthly', 3),
        leadTime: value('one to six months', 4),
        changeFailureRate: value('40%', 5),
        timeToRestore: value('one week to one month', 3),
      },
    },
  },
}

export const DEFAULT_REPORT_YEAR = 2024

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

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
  /** The value as the report gives it, for sentences such as "Low is 40%". */
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
        deploymentFrequency: value('between once per week and once per month', 2),
        leadTime: value('between one day and one week', 2),
        changeFailureRate: value('16-30%', 3, 4),
        timeToRestore: value('less than one day', 0, 1),
      },
      medium: {
        deploymentFrequency: value('between once per month and once every six months', 3),
        leadTime: value('between one month and six months', 4),
        changeFailureRate: value('16-30%', 3, 4),
        timeToRestore: value('between one day and one week', 2),
      },
      low: {
        deploymentFrequency: value('fewer than once per six months', 4),
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
        deploymentFrequency: value('between once per day and once per week', 1),
        leadTime: value('between one day and one week', 2),
        changeFailureRate: value('10%', 1),
        timeToRestore: value('less than one day', 0, 1),
      },
      medium: {
        deploymentFrequency: value('between once per week and once per month', 2),
        leadTime: value('between one week and one month', 3),
        changeFailureRate: value('15%', 2),
        timeToRestore: value('between one day and one week', 2),
      },
      low: {
        deploymentFrequency: value('between once per week and once per month', 2),
        leadTime: value('between one week and one month', 3),
        changeFailureRate: value('64%', 7),
        timeToRestore: value('between one month and six months', 4),
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
        deploymentFrequency: value('between once per day and once per week', 1),
        leadTime: value('between one day and one week', 2),
        changeFailureRate: value('20%', 3),
        timeToRestore: value('less than one day', 0, 1),
      },
      medium: {
        deploymentFrequency: value('between once per week and once per month', 2),
        leadTime: value('between one week and one month', 3),
        changeFailureRate: value('10%', 1),
        timeToRestore: value('less than one day', 0, 1),
      },
      low: {
        deploymentFrequency: value('between once per month and once every six months', 3),
        leadTime: value('between one month and six months', 4),
        changeFailureRate: value('40%', 5),
        timeToRestore: value('between one week and one month', 3),
      },
    },
  },
}

export const DEFAULT_REPORT_YEAR = 2024

export interface MetricMatch {
  metric: DoraMetric
  bandIndex: number
  /**
   * Clusters whose value for this metric the answer meets or beats, best first: the answered band is no worse
   * than the worst band of the cluster's value. Empty when the answer is worse than every cluster.
   */
  meets: Cluster[]
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

/**
 * Speed and stability each earn a cluster, and the verdict is the lower of the two, so neither buys the other:
 * - per metric: an answer meets a cluster when its band is no worse than the worst band of the cluster's value;
 * - per half (throughput: deployment frequency, lead time; stability: change failure rate, recovery time): the best
 *   cluster that every answered metric of the half meets, otherwise Low;
 * - overall: the lower of the two halves, and only when both halves have an answered metric.
 * Unanswered and "Don't know" metrics are left out and named. Improving any answer never lowers a result, since
 * a better band meets every cluster the worse band met.
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
    perMetric.push({
      metric,
      bandIndex,
      meets: CLUSTERS.filter((cluster) => bandIndex <= table.profiles[cluster][metric].bands[1]),
    })
  }

  const placeHalf = (half: DoraHalf): Cluster | null => {
    const answered = perMetric.filter(({ metric }) => HALF_METRICS[half].includes(metric))
    if (answered.length === 0) return null
    return CLUSTERS.find((cluster) => answered.every(({ meets }) => meets.includes(cluster))) ?? 'low'
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

import {
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  getBandIndex,
  type DoraAnswers,
  type DoraMetric,
} from './dora-metrics.ts'

export const CLUSTERS = ['elite', 'high', 'medium', 'low'] as const
export type Cluster = (typeof CLUSTERS)[number]

export const CLUSTER_LABELS: Record<Cluster, string> = {
  elite: 'Elite',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
}

/** A contiguous range of band indices [from, to] (0 = best band), both ends included. */
export type BandRange = readonly [from: number, to: number]

export interface ClusterTable {
  year: number
  source: string
  profiles: Record<Cluster, Record<DoraMetric, BandRange>>
}

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
        deploymentFrequency: [0, 0],
        leadTime: [0, 0],
        changeFailureRate: [0, 2],
        timeToRestore: [0, 0],
      },
      high: {
        deploymentFrequency: [2, 2],
        leadTime: [2, 2],
        changeFailureRate: [3, 4],
        timeToRestore: [0, 1],
      },
      medium: {
        deploymentFrequency: [3, 3],
        leadTime: [4, 4],
        changeFailureRate: [3, 4],
        timeToRestore: [2, 2],
      },
      low: {
        deploymentFrequency: [4, 4],
        leadTime: [5, 5],
        changeFailureRate: [3, 4],
        timeToRestore: [5, 5],
      },
    },
  },
  2023: {
    year: 2023,
    source: 'Accelerate State of DevOps 2023, as quoted by Octopus Deploy and Apache DevLake',
    profiles: {
      elite: {
        deploymentFrequency: [0, 0],
        leadTime: [0, 1],
        changeFailureRate: [0, 0],
        timeToRestore: [0, 0],
      },
      high: {
        deploymentFrequency: [1, 1],
        leadTime: [2, 2],
        changeFailureRate: [1, 1],
        timeToRestore: [0, 1],
      },
      medium: {
        deploymentFrequency: [2, 2],
        leadTime: [3, 3],
        changeFailureRate: [2, 2],
        timeToRestore: [2, 2],
      },
      low: {
        deploymentFrequency: [2, 2],
        leadTime: [3, 3],
        changeFailureRate: [7, 7],
        timeToRestore: [4, 4],
      },
    },
  },
  2024: {
    year: 2024,
    source: 'Accelerate State of DevOps 2024, as quoted by Octopus Deploy',
    profiles: {
      elite: {
        deploymentFrequency: [0, 0],
        leadTime: [0, 1],
        changeFailureRate: [0, 0],
        timeToRestore: [0, 0],
      },
      high: {
        deploymentFrequency: [1, 1],
        leadTime: [2, 2],
        changeFailureRate: [3, 3],
        timeToRestore: [0, 1],
      },
      medium: {
        deploymentFrequency: [2, 2],
        leadTime: [3, 3],
        changeFailureRate: [1, 1],
        timeToRestore: [0, 1],
      },
      low: {
        deploymentFrequency: [3, 3],
        leadTime: [4, 4],
        changeFailureRate: [5, 5],
        timeToRestore: [3, 3],
      },
    },
  },
}

export const DEFAULT_REPORT_YEAR = 2024

export interface MetricMatch {
  metric: DoraMetric
  bandIndex: number
  /** Clusters whose value for this metric falls in the answered band. */
  matches: Cluster[]
}

export interface DoraClassification {
  year: number
  /** Nearest cluster over the answered metrics; null when no metric has a usable answer. */
  cluster: Cluster | null
  /** True when all four metrics were answered (not "Don't know"). */
  complete: boolean
  missing: DoraMetric[]
  perMetric: MetricMatch[]
  /** Distance to every cluster over the answered metrics (0 = the profile itself). */
  distances: Record<Cluster, number>
}

/**
 * How far an answered band lies from a cluster's range, as a share of the metric's scale: 0 inside the range,
 * otherwise the number of bands to the nearest end divided by (number of bands - 1).
 */
export function getMetricDistance(metric: DoraMetric, bandIndex: number, range: BandRange): number {
  const [from, to] = range
  const steps = bandIndex < from ? from - bandIndex : bandIndex > to ? bandIndex - to : 0
  return steps / (DORA_METRIC_DEFINITIONS[metric].bands.length - 1)
}

/**
 * Nearest-profile rule: the cluster with the smallest sum of metric distances over the answered metrics.
 * Ties go to the lower (more conservative) cluster. Unanswered and "Don't know" metrics are left out and named.
 */
export function classifyDora(answers: DoraAnswers, year: number = DEFAULT_REPORT_YEAR): DoraClassification {
  const table = CLUSTER_TABLES[year]
  if (!table) throw new Error(`No DORA cluster table for ${year}`)

  const perMetric: MetricMatch[] = []
  const missing: DoraMetric[] = []
  for (const metric of DORA_METRICS) {
    const bandIndex = getBandIndex(metric, answers[metric])
    if (bandIndex === undefined) {
      missing.push(metric)
      continue
    }
    const matches = CLUSTERS.filter(
      (cluster) => getMetricDistance(metric, bandIndex, table.profiles[cluster][metric]) === 0,
    )
    perMetric.push({ metric, bandIndex, matches })
  }

  const distances = Object.fromEntries(
    CLUSTERS.map((cluster) => [
      cluster,
      perMetric.reduce(
        (sum, { metric, bandIndex }) =>
          sum + getMetricDistance(metric, bandIndex, table.profiles[cluster][metric]),
        0,
      ),
    ]),
  ) as Record<Cluster, number>

  let cluster: Cluster | null = null
  if (perMetric.length > 0) {
    // Walk from the lowest cluster up and only move on a strictly smaller distance, so ties stay low.
    for (const candidate of [...CLUSTERS].reverse()) {
      if (cluster === null || distances[candidate] < distances[cluster] - 1e-9) cluster = candidate
    }
  }

  return { year, cluster, complete: missing.length === 0, missing, perMetric, distances }
}

import type { DoraMetric } from './dora-metrics.ts'

/** Best first: a smaller index is a better cluster. */
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

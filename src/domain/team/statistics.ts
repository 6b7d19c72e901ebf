/*
 * The figures a facilitator may want to check in a spreadsheet, computed the way spreadsheets compute them.
 */

/**
 * The p-quantile of ascending values by linear interpolation between closest ranks (Hyndman & Fan type 7, as
 * spreadsheets' QUARTILE and QUARTILE.INC compute it), so a facilitator can check any figure in a spreadsheet:
 * position h = (n - 1) * p counted from 0, then sorted[floor h] + (h - floor h) * (sorted[floor h + 1] - sorted[floor h]).
 * For p = 0.5 this is the middle value, or the mean of the two middle values when n is even. Needs n >= 1.
 */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p
  const below = Math.floor(position)
  const lower = sorted[below] ?? Number.NaN
  const upper = sorted[below + 1] ?? lower
  return lower + (position - below) * (upper - lower)
}

/** Through a typed array, which sorts numbers natively: a team's 1,000 scores sort several times faster. */
export const sortAscending = (values: readonly number[]): number[] =>
  Array.from(Float64Array.from(values).sort())

export interface QuartileSummary {
  min: number
  q1: number
  median: number
  q3: number
  max: number
  /** q3 - q1: how far apart the middle half is. */
  interquartileRange: number
}

/**
 * The radar's spread: the middle half of the people's pillar scores, lower to upper quartile, "40 to 65". Not the
 * lowest and highest person: with one person at each end those read 0 to 100 on every pillar and show nothing.
 */
export const describeMiddleHalf = ({ q1, q3 }: Pick<QuartileSummary, 'q1' | 'q3'>): string =>
  `${Math.round(q1)} to ${Math.round(q3)}`

/** Lowest, quartiles and highest of the values, in any order; undefined for no values. */
export function summarize(values: readonly number[]): QuartileSummary | undefined {
  const sorted = sortAscending(values)
  const [min] = sorted
  const max = sorted.at(-1)
  if (min === undefined || max === undefined) return undefined
  const q1 = quantile(sorted, 0.25)
  const q3 = quantile(sorted, 0.75)
  return { min, q1, median: quantile(sorted, 0.5), q3, max, interquartileRange: q3 - q1 }
}

/** The population standard deviation (dividing by n, as STDEV.P does). Needs n >= 1. */
export function populationStandardDeviation(values: readonly number[]): number {
  const mean = values.reduce((total, value) => total + value, 0) / values.length
  const variance = values.reduce((total, value) => total + (value - mean) ** 2, 0) / values.length
  return Math.sqrt(variance)
}

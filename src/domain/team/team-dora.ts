import { DORA_METRICS, type DoraAnswers, type DoraMetric } from '../dora/dora-metrics.ts'
import { buildDoraReport, type DoraReport } from '../dora/dora-report.ts'
import type { DoraDistribution, TeamAggregate } from './team-aggregation.ts'

/**
 * A metric's median answer over the people who gave a band ("Don't know" and blanks left out), or undefined when
 * nobody did. Bands are ordered, not numbers, so with an even count the two middle answers are not averaged: the
 * worse one is taken, as ties go to the lower cluster. That is the (floor(n / 2) + 1)-th answer from the best.
 */
export function getMedianBand(distribution: DoraDistribution): string | undefined {
  const answered = distribution.bands.reduce((total, band) => total + band.count, 0)
  if (answered === 0) return undefined
  const position = Math.floor(answered / 2) + 1
  let seen = 0
  return distribution.bands.find((band) => {
    seen += band.count
    return seen >= position
  })?.id
}

/** Each metric's median band; a metric nobody gave a band for is left out, as a person's unanswered one is. */
export function getMedianDoraAnswers(dora: Record<DoraMetric, DoraDistribution>): DoraAnswers {
  const medians: DoraAnswers = {}
  for (const metric of DORA_METRICS) {
    const band = getMedianBand(dora[metric])
    if (band !== undefined) medians[metric] = band
  }
  return medians
}

/** How the team's verdict is reached, for beside it. */
export const TEAM_DORA_BASIS =
  "The team's cluster comes from each metric's median answer among the people who gave one (with an even " +
  "number of answers, the worse of the two middle ones), by the same rule as one person's answers."

/** The team's DORA outcomes: its median answers, classified and worded by the same rule as one person's. */
export function buildTeamDoraReport(aggregate: TeamAggregate): DoraReport {
  return buildDoraReport(getMedianDoraAnswers(aggregate.dora))
}

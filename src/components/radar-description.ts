// The radar's words without its drawing: the results page names and describes a radar before recharts loads.
import { describeGroupScore, NO_SCORE_TEXT, type GroupScore } from '../domain/scoring/scoring.ts'

/**
 * Short enough for an axis; the table and the chart's name spell it out. The no-break space keeps it on one line
 * when an axis name wraps, so it never reads "(no" over "score)".
 */
export const NO_SCORE_AXIS_TEXT = 'no\u00a0score'

export function formatScore(score: number | null): string {
  return score === null ? NO_SCORE_TEXT : String(Math.round(score))
}

const describeGroups = (groups: readonly GroupScore[]) =>
  groups.map((group) => `${group.label} ${describeGroupScore(group)}`).join(', ')

/**
 * The accessible name of a radar: every axis with its score, so the picture has a complete text equivalent; an
 * uncertain score says what it is based on, as its hollow point does in the drawing.
 */
export function describeRadar(
  title: string,
  groups: readonly GroupScore[],
  comparison?: RadarComparison,
  targets?: RadarTargets,
): string {
  const compared =
    comparison === undefined
      ? ''
      : `, compared with ${comparison.title}: ${describeGroups(comparison.groups)}`
  const aimed = targets === undefined ? '' : describeTargets(groups, targets)
  return `${title}, 0 to 100: ${describeGroups(groups)}${compared}${aimed}`
}

/** Earlier scores of the same groups (a snapshot), drawn as a second outline. */
export interface RadarComparison {
  title: string
  groups: readonly GroupScore[]
}

/** Where a person or team wants each group to be, by key; a group without a target is left off the outline. */
export type RadarTargets = Readonly<Partial<Record<string, number>>>

const describeTargets = (groups: readonly GroupScore[], targets: RadarTargets) => {
  const named = groups.flatMap((group) => {
    const target = targets[group.key]
    return target === undefined ? [] : [`${group.label} ${target}`]
  })
  return named.length === 0 ? '' : `; targets: ${named.join(', ')}`
}

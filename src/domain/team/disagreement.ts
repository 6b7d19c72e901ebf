export const DISAGREEMENT_LEVELS = ['low', 'medium', 'high'] as const
export type DisagreementLevel = (typeof DISAGREEMENT_LEVELS)[number]

/**
 * Thresholds on the interquartile range of the people's pillar scores, in score points: 15 is less than one
 * option step (25) apart.
 */
export const MEDIUM_DISAGREEMENT_FROM = 15
export const HIGH_DISAGREEMENT_FROM = 30

/** One person cannot disagree with the team. */
export const MIN_RESPONDENTS_FOR_DISAGREEMENT = 2

export function classifyDisagreement(interquartileRange: number): DisagreementLevel {
  if (interquartileRange < MEDIUM_DISAGREEMENT_FROM) return 'low'
  if (interquartileRange < HIGH_DISAGREEMENT_FROM) return 'medium'
  return 'high'
}

/**
 * A split: someone answered at the low end and someone else at the high end. The interquartile range ignores the
 * people at the edges, and those are the people a retro must hear, so a split is flagged whatever the quartiles say.
 * On a 0-100 scale these are the scores of the two lowest and the two highest options.
 */
export const SPLIT_LOW_AT_MOST = 25
export const SPLIT_HIGH_FROM = 75

/** Whether the scores (0-100) hold at least one at SPLIT_LOW_AT_MOST or less and another at SPLIT_HIGH_FROM or more. */
export function isSplit(scores: readonly number[]): boolean {
  return (
    scores.some((score) => score <= SPLIT_LOW_AT_MOST) && scores.some((score) => score >= SPLIT_HIGH_FROM)
  )
}

/** The split rule in words, for the end of a sentence: "split: someone at 25 or less and someone at 75 or more". */
export function describeSplitRule(): string {
  return `split: at least one person at ${SPLIT_LOW_AT_MOST} or less and another at ${SPLIT_HIGH_FROM} or more`
}

/** A pillar's disagreement cell: "low (0)", or "low (0), split" when someone is at each end. */
export function describePillarDisagreement(
  level: DisagreementLevel,
  interquartileRange: string,
  split: boolean,
): string {
  return `${level} (${interquartileRange})${split ? ', split' : ''}`
}

/** What a split question says after its text in "Where we disagree". */
export const SPLIT_QUESTION_NOTE = 'Split: answers at both ends'

/** The bands in words, for the end of a sentence that explains the disagreement column. */
export function describeDisagreementBands(): string {
  return (
    `low under ${MEDIUM_DISAGREEMENT_FROM} points, medium under ${HIGH_DISAGREEMENT_FROM}, ` +
    `high from ${HIGH_DISAGREEMENT_FROM}`
  )
}

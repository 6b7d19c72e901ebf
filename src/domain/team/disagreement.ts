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

/** The bands in words, for the end of a sentence that explains the disagreement column. */
export function describeDisagreementBands(): string {
  return (
    `low under ${MEDIUM_DISAGREEMENT_FROM} points, medium under ${HIGH_DISAGREEMENT_FROM}, ` +
    `high from ${HIGH_DISAGREEMENT_FROM}`
  )
}

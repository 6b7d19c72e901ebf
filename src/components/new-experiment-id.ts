let experimentCount = 0

/**
 * An id no other experiment of this tab has, even two made in the same millisecond: one counter for every place an
 * experiment is made (the next steps, present mode's notes and "Try first").
 */
export function newExperimentId(now: Date): string {
  experimentCount += 1
  return `experiment-${now.toISOString()}-${experimentCount}`
}

import type { Pillar } from '../bank/pillars.ts'
import { z } from '../common/zod-setup.ts'
import type { AssessmentScores } from './scoring.ts'

/*
 * A target is where a team wants a pillar to be: 0 to 100 in steps of 5, as coarse as a self-assessment can be
 * trusted. A pillar without a target has none, which is not a target of 0.
 */
export const TARGET_STEP = 5
export const MAX_TARGET = 100

const WHOLE_NUMBER_TEXT = `must be a whole number from 0 to ${MAX_TARGET}`

export const TargetSchema = z.int({ error: WHOLE_NUMBER_TEXT }).check(
  z.minimum(0, WHOLE_NUMBER_TEXT),
  z.maximum(MAX_TARGET, WHOLE_NUMBER_TEXT),
  z.multipleOf(TARGET_STEP, `must be a multiple of ${TARGET_STEP}`),
  // JSON can spell 0 as -0, which writes back as 0: refused, so what is accepted round-trips (as levels are).
  z.refine((target) => !Object.is(target, -0), WHOLE_NUMBER_TEXT),
)
export type Target = z.infer<typeof TargetSchema>

/** One optional target per pillar; an absent key means no target. */
export const TargetsSchema = z.strictObject({
  culture: z.optional(TargetSchema),
  automation: z.optional(TargetSchema),
  lean: z.optional(TargetSchema),
  measurement: z.optional(TargetSchema),
  sharing: z.optional(TargetSchema),
})
export type Targets = z.infer<typeof TargetsSchema>

export function hasAnyTarget(targets: Targets): boolean {
  return Object.values(targets).some((target) => target !== undefined)
}

const gapOf = (score: number, target: number): number => target - Math.round(score)

/**
 * How far a pillar is below its target: the target minus the score as tables show it (rounded), so that
 * "Target - Score = Gap" holds for the numbers a person reads. Negative when the score is above the target; null
 * when there is no score or no target, because neither is 0.
 */
export function gapToTarget(score: number | null, target: number | undefined): number | null {
  return score === null || target === undefined ? null : gapOf(score, target)
}

export const GAP_REACHED_TEXT = 'reached'
export const NO_GAP_TEXT = '-'

/**
 * A gap as the "Gap to target" column shows it: the points still to go ("15"), "reached" at or above the target
 * (how far above is not a gap), "-" without a score or a target.
 */
export function describeGapToTarget(gap: number | null): string {
  if (gap === null) return NO_GAP_TEXT
  return gap > 0 ? String(gap) : GAP_REACHED_TEXT
}

export interface GapToTarget {
  pillar: Pillar
  label: string
  /** Unrounded, as in AssessmentScores. */
  score: number
  target: number
  /** Always above 0: a pillar at or above its target is not listed. */
  gap: number
}

/**
 * The "Largest gaps to target" list: pillars below their target, largest gap first, equal gaps in CALMS order.
 * An uncertain score is listed too: the pillar table shows its gap, and the list orders the same rows.
 */
export function largestGapsToTarget(scores: AssessmentScores, targets: Targets): GapToTarget[] {
  // scores.pillars is in PILLARS order, and sort is stable, so equal gaps keep CALMS order.
  return scores.pillars
    .flatMap((group) => {
      const { key, label, score } = group
      const target = targets[key]
      if (score === null || target === undefined) return []
      const gap = gapOf(score, target)
      return gap > 0 ? [{ pillar: key, label, score, target, gap }] : []
    })
    .sort((a, b) => b.gap - a.gap)
}

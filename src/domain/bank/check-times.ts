import type { CheckDepth } from './check-depth.ts'

/*
 * How long each depth of the current bank takes, as measureDepth (reading-time.ts) computes it from the bank:
 * written out here so the start page shows it without loading the bank. check-times.test.ts fails when the bank
 * changes and these figures do not; `npm run bank:counts` prints the figures to copy in.
 */
export const CHECK_MINUTES: Record<CheckDepth, number> = {
  quick: 10,
  full: 20,
}

/** What "Continue to the full check" still asks after a quick check (measureFullCheckRemainder). */
export const FULL_CHECK_REMAINDER_MINUTES = 10

/** "about 10 minutes" */
export function describeCheckTime(depth: CheckDepth): string {
  return `about ${CHECK_MINUTES[depth]} minutes`
}

/** "about 10 minutes more", for "Continue to the full check". */
export function describeFullCheckRemainder(): string {
  return `about ${FULL_CHECK_REMAINDER_MINUTES} minutes more`
}

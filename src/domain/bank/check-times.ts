import type { CheckDepth } from './check-depth.ts'

/*
 * How long each depth of the current bank takes, as measureDepth (reading-time.ts) computes it from the bank:
 * written out here so the start page shows it without loading the bank. check-times.test.ts fails when the bank
 * changes and these figures do not; `npm run bank:counts` prints the figures to copy in.
 */
export const CHECK_MINUTES: Record<CheckDepth, number> = {
  quick: 8,
  full: 16,
}

/** "about 8 minutes" */
export function describeCheckTime(depth: CheckDepth): string {
  return `about ${CHECK_MINUTES[depth]} minutes`
}

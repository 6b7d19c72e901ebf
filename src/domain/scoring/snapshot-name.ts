/*
 * How a snapshot, self-check or team, is named in lists and exports. A module of its own, with no imports, so the
 * stored lists name their snapshots without loading the scoring.
 */

/** What a list shows of a snapshot, self-check or team. */
export interface NamedSnapshot {
  /** UTC, whole seconds, as stored. */
  takenAt: string
  label: string
}

/** How a snapshot is named in a list: its date (UTC, as stored) and its label, e.g. "2026-11-26 Baseline". */
export function describeSnapshot(snapshot: NamedSnapshot): string {
  return `${snapshot.takenAt.slice(0, 10)} ${snapshot.label}`
}

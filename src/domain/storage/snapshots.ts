import { ok, type ParseResult } from '../common/parse-result.ts'
import { z } from '../common/zod-setup.ts'
import { DORA_METRICS, DoraAnswersSchema, type DoraAnswers } from '../dora/dora-metrics.ts'
import { ActionPlanSchema, type ActionPlan } from '../plan/action-plan.ts'
import type { SnapshotAnswers } from '../scoring/snapshot-comparison.ts'
import { TargetsSchema, type Targets } from '../scoring/targets.ts'
import {
  addToStoredList,
  SNAPSHOT_HEAD,
  startSnapshot,
  storedListSchema,
  type SnapshotList,
} from './snapshot-list.ts'
import { StoredAnswersSchema } from './stored-assessment.ts'
import { checkStoredState, storedFormat, type StoredValueName } from './stored-value.ts'

/*
 * A snapshot is the self-check's answers frozen under a name, so a baseline taken at a kickoff can be compared
 * with the answers given months later. The answers are kept, and the targets and plan of the moment: scores are
 * computed again from the answers, so a snapshot is scored by the same rules as the current answers.
 */
export const STORED_SNAPSHOTS_VERSION = 2
/** Enough for a re-assessment every week for a year; a 51st is refused so that no snapshot is ever dropped unasked. */
export const MAX_SNAPSHOTS = 50

const SNAPSHOT_LIST: SnapshotList = {
  max: MAX_SNAPSHOTS,
  noun: 'snapshots',
  fullMessage:
    `You already have ${MAX_SNAPSHOTS} snapshots, the most this app keeps. ` +
    'Delete one you no longer need, then save again.',
}

export const SnapshotSchema = z.strictObject({
  ...SNAPSHOT_HEAD,
  answers: StoredAnswersSchema,
  dora: DoraAnswersSchema,
  /** The targets and the action plan of the moment (version 2 on; absent when there were none). */
  targets: z.optional(TargetsSchema),
  plan: z.optional(ActionPlanSchema),
})
export type Snapshot = z.infer<typeof SnapshotSchema>

export const StoredSnapshotsSchema = storedListSchema(SnapshotSchema, SNAPSHOT_LIST)
export type StoredSnapshots = z.infer<typeof StoredSnapshotsSchema>

const SNAPSHOTS: StoredValueName = { name: 'snapshots', plural: true, label: 'your snapshots' }

export function createEmptySnapshots(): StoredSnapshots {
  return { snapshots: [] }
}

// Version 2 only added the optional targets and plan: a version 1 list reads as one without them.
const readSnapshots = (state: unknown) => checkStoredState(SNAPSHOTS, StoredSnapshotsSchema, state)

export const SNAPSHOTS_FORMAT = storedFormat({
  name: SNAPSHOTS,
  version: STORED_SNAPSHOTS_VERSION,
  readers: { 1: readSnapshots, [STORED_SNAPSHOTS_VERSION]: readSnapshots },
})

/** Freezes the current answers under a label a person typed; the label is checked here, as any outside input. */
export function createSnapshot(
  own: SnapshotAnswers,
  label: string,
  now: Date,
  planned?: { targets: Targets; plan: ActionPlan },
): ParseResult<Snapshot> {
  const head = startSnapshot(label, now, planned)
  if (!head.ok) return head
  const { takenAt, label: checkedLabel, ...plan } = head.value
  const dora: DoraAnswers = {}
  for (const metric of DORA_METRICS) {
    const answer = own.dora[metric]
    if (answer !== undefined) dora[metric] = answer
  }
  return ok({
    id: `snapshot-${takenAt}`,
    takenAt,
    label: checkedLabel,
    bankVersion: own.bankVersion,
    answers: { ...own.answers },
    dora,
    ...plan,
  })
}

/** Adds a snapshot to the list, or says why not (the list is full). */
export function addSnapshot(snapshots: readonly Snapshot[], snapshot: Snapshot): ParseResult<Snapshot[]> {
  return addToStoredList(SNAPSHOT_LIST, snapshots, snapshot)
}

import { fail, formatZodIssues, ok, type ParseResult } from '../common/parse-result.ts'
import { z } from '../common/zod-setup.ts'
import { CreatedAtSchema, formatCreatedAt } from '../formats/response.ts'
import type { ActionPlan } from '../plan/action-plan.ts'
import type { Targets } from '../scoring/targets.ts'

/*
 * What the self-check's snapshots and the team's rounds have in common: a name a person typed, a time, a bank
 * version, the targets and plan of the moment, and a stored list of at most 50 found by id.
 */

export const MAX_SNAPSHOT_LABEL_LENGTH = 60

export const SnapshotLabelSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'must not be empty'),
  // Counted in UTF-16 code units, as the input's maxlength counts them.
  z.refine(
    (label) => label.length <= MAX_SNAPSHOT_LABEL_LENGTH,
    `must be at most ${MAX_SNAPSHOT_LABEL_LENGTH} characters`,
  ),
  // A control character would break the line the label is shown on, e.g. the option of the "Compare with" list.
  z.refine((label) => !/[\p{Cc}\p{Cs}]/u.test(label), 'must not contain control or broken characters'),
)

/** The fields every kind of snapshot starts with. */
export const SNAPSHOT_HEAD = {
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** UTC, whole seconds, as every other time the app stores. */
  takenAt: CreatedAtSchema,
  label: SnapshotLabelSchema,
  bankVersion: z.int().check(z.positive()),
}

/** A stored list of snapshots: how many it keeps, what its messages call them, and what to do when it is full. */
export interface SnapshotList {
  max: number
  /** "snapshots", "team snapshots" */
  noun: string
  fullMessage: string
}

/** The stored list's schema: `{ snapshots: [...] }`, at most `list.max` of them, no two with one id. */
export function storedListSchema<Item extends z.ZodMiniType<{ id: string }>>(item: Item, list: SnapshotList) {
  return z.strictObject({
    snapshots: z.array(item).check(
      z.maxLength(list.max, `at most ${list.max} ${list.noun}`),
      // The "Compare with" list and "Delete snapshot" find a snapshot by its id.
      z.refine(
        (snapshots) => new Set(snapshots.map((s) => s.id)).size === snapshots.length,
        'ids must be unique',
      ),
    ),
  })
}

/**
 * Adds a snapshot to its list, or says why not. Two saved in the same second would share an id, so the later one
 * gets a suffix.
 */
export function addToStoredList<Item extends { id: string }>(
  list: SnapshotList,
  items: readonly Item[],
  item: Item,
): ParseResult<Item[]> {
  if (items.length >= list.max) return fail(list.fullMessage)
  const ids = new Set(items.map((s) => s.id))
  let id = item.id
  for (let suffix = 2; ids.has(id); suffix += 1) id = `${item.id}-${suffix}`
  return ok([...items, { ...item, id }])
}

/**
 * The head of a new snapshot, from the label a person typed (checked here, as any outside input), and the targets
 * and plan of the moment: only what there is, so a snapshot without them reads as it did before they existed.
 */
export function startSnapshot(
  label: string,
  now: Date,
  planned: { targets: Targets; plan: ActionPlan } | undefined,
): ParseResult<{ takenAt: string; label: string; targets?: Targets; plan?: ActionPlan }> {
  const checkedLabel = SnapshotLabelSchema.safeParse(label)
  if (!checkedLabel.success) return fail(...formatZodIssues(checkedLabel.error, 'Snapshot name'))
  return ok({
    takenAt: formatCreatedAt(now),
    label: checkedLabel.data,
    ...(planned === undefined || Object.keys(planned.targets).length === 0
      ? {}
      : { targets: planned.targets }),
    ...(planned === undefined || planned.plan.experiments.length === 0 ? {} : { plan: planned.plan }),
  })
}

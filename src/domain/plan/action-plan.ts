import type { PracticeId } from '../bank/practices.ts'
import { fail, formatZodIssues, ok, type ParseResult } from '../common/parse-result.ts'
import { z } from '../common/zod-setup.ts'
import {
  ExperimentSchema,
  isActiveStatus,
  LearnedSchema,
  toIsoDate,
  type Experiment,
  type ExperimentStatus,
  type Signal,
} from './experiment.ts'

/*
 * The action plan: a handful of experiments, few at a time. Kept with the self-check (or a team view), in the
 * backup and in snapshots.
 */

/** A year of monthly retros with a few experiments each; the 51st is refused so that none is dropped unasked. */
export const MAX_EXPERIMENTS = 50
/** Lean's limit on work in progress: at most this many experiments planned or under way at once. */
export const WIP_LIMIT = 3

export const ActionPlanSchema = z.strictObject({
  experiments: z.array(ExperimentSchema).check(
    z.maxLength(MAX_EXPERIMENTS, `at most ${MAX_EXPERIMENTS} experiments`),
    // Changing a status finds an experiment by its id.
    z.refine(
      (experiments) => new Set(experiments.map((e) => e.id)).size === experiments.length,
      'ids must be unique',
    ),
  ),
  /** The self-check snapshot taken when the plan was made, to compare a re-check with. */
  baselineSnapshotId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
})
export type ActionPlan = z.infer<typeof ActionPlanSchema>
// The WIP limit is not part of the schema: a stored plan over it (from a file, or a later app) still loads, and
// only adding or reopening an experiment is refused.

export function createEmptyPlan(): ActionPlan {
  return { experiments: [] }
}

export function countActive(plan: ActionPlan): number {
  return plan.experiments.filter((experiment) => isActiveStatus(experiment.status)).length
}

/** Why a new or reopened experiment is refused, and how to make room. */
export const WIP_LIMIT_MESSAGE =
  `The plan already has ${WIP_LIMIT} experiments planned or under way, Lean's limit on work in progress. ` +
  'Mark one done or drop it to make room.'

/** Adds an experiment, checked as any input, or says why not: a duplicate id, a full plan, the WIP limit. */
export function addExperiment(plan: ActionPlan, experiment: Experiment): ParseResult<ActionPlan> {
  const checked = ExperimentSchema.safeParse(experiment)
  if (!checked.success) return fail(...formatZodIssues(checked.error, 'Experiment'))
  if (plan.experiments.length >= MAX_EXPERIMENTS) {
    return fail(
      `The plan already holds ${MAX_EXPERIMENTS} experiments, the most this app keeps. ` +
        'Delete one you no longer need, then add again.',
    )
  }
  if (plan.experiments.some((existing) => existing.id === checked.data.id)) {
    return fail('The plan already has an experiment with this id.')
  }
  if (isActiveStatus(checked.data.status) && countActive(plan) >= WIP_LIMIT) return fail(WIP_LIMIT_MESSAGE)
  return ok({ ...plan, experiments: [...plan.experiments, checked.data] })
}

/**
 * Moves an experiment to another status. Taking a done or dropped one up again counts towards the WIP limit like
 * a new one. `learned` is the one line of "what we learned", written when it is done or dropped: text replaces
 * what was there, blank text removes it, and leaving it out keeps it (also when the experiment is taken up
 * again, so the lesson is not lost).
 */
export function changeStatus(
  plan: ActionPlan,
  id: string,
  status: ExperimentStatus,
  learned?: string,
): ParseResult<ActionPlan> {
  const current = plan.experiments.find((experiment) => experiment.id === id)
  if (current === undefined) return fail('This experiment is no longer in the plan.')
  if (!isActiveStatus(current.status) && isActiveStatus(status) && countActive(plan) >= WIP_LIMIT) {
    return fail(WIP_LIMIT_MESSAGE)
  }
  let kept = current.learned
  if (learned !== undefined) {
    if (isActiveStatus(status)) {
      return fail('What we learned is written when an experiment is done or dropped.')
    }
    const checked = learned.trim() === '' ? undefined : LearnedSchema.safeParse(learned)
    if (checked !== undefined && !checked.success) {
      return fail(...formatZodIssues(checked.error, 'What we learned'))
    }
    kept = checked?.data
  }
  const updated: Experiment = { ...current, status }
  if (kept === undefined) delete updated.learned
  else updated.learned = kept
  return ok({
    ...plan,
    experiments: plan.experiments.map((experiment) => (experiment.id === id ? updated : experiment)),
  })
}

/**
 * Whether the plan is due for a re-check: some experiment planned or under way has its re-check date today or
 * earlier (UTC). On the day itself, not the day after: the date is the day to look, as a due date is.
 * Done and dropped experiments wait for nothing.
 */
export function isRecheckDue(plan: ActionPlan, today: Date): boolean {
  const day = toIsoDate(today)
  // YYYY-MM-DD strings compare as the dates they name.
  return plan.experiments.some(
    (experiment) => isActiveStatus(experiment.status) && experiment.recheckOn <= day,
  )
}

/** What a person edits of an experiment after adding it: the text, the owner and the re-check date. */
export interface ExperimentEdit {
  what: string
  /** Blank removes the owner. */
  owner: string
  recheckOn: string
  /** Left out, the practice stays as it is. */
  practice?: PracticeId | undefined
  /** Left out, the signal stays as it is: a question of the bank, or a DORA metric. */
  signal?: Signal | undefined
}

/** Applies an edit, checked as any input, or says what is wrong with it. */
export function editExperiment(plan: ActionPlan, id: string, edit: ExperimentEdit): ParseResult<ActionPlan> {
  const current = plan.experiments.find((experiment) => experiment.id === id)
  if (current === undefined) return fail('This experiment is no longer in the plan.')
  const next: Experiment = {
    ...current,
    what: edit.what,
    recheckOn: edit.recheckOn,
    practice: edit.practice ?? current.practice,
    signal: edit.signal ?? current.signal,
  }
  const owner = edit.owner.trim()
  if (owner === '') delete next.owner
  else next.owner = owner
  const checked = ExperimentSchema.safeParse(next)
  if (!checked.success) return fail(...formatZodIssues(checked.error, 'Experiment'))
  return ok({
    ...plan,
    experiments: plan.experiments.map((experiment) => (experiment.id === id ? checked.data : experiment)),
  })
}

/**
 * Whether to ask for a re-check: one is due (isRecheckDue) and none has started since the due dates came. A
 * re-check started on `recheckStartedOn` answers every date up to that day; an experiment kept going gets a new
 * date, and asks again when that one comes.
 */
export function isRecheckWaiting(plan: ActionPlan, today: Date, recheckStartedOn?: string): boolean {
  const day = toIsoDate(today)
  return plan.experiments.some(
    (experiment) =>
      isActiveStatus(experiment.status) &&
      experiment.recheckOn <= day &&
      (recheckStartedOn === undefined || experiment.recheckOn > recheckStartedOn),
  )
}

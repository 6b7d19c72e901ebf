import { DONT_KNOW, type PillarAnswer, type PillarAnswers } from '../bank/answers.ts'
import type { BankVersions } from '../bank/bank-versions.ts'
import { DORA_METRICS, DoraAnswersSchema, type DoraAnswers } from '../dora/dora-metrics.ts'
import { buildDoraReport, type DoraReport } from '../dora/dora-report.ts'
import { fail, formatZodIssues, ok, type ParseResult } from '../common/parse-result.ts'
import type { GetBank } from '../bank/question-bank-schema.ts'
import { CreatedAtSchema, formatCreatedAt } from './response.ts'
import { scoreAnswers, type AssessmentScores, type GroupScore } from '../scoring/scoring.ts'
import { StoredAnswersSchema } from './stored-assessment.ts'
import { z } from '../common/zod-setup.ts'
import { ActionPlanSchema, type ActionPlan } from '../plan/action-plan.ts'
import { TargetsSchema, type Targets } from '../plan/targets.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import {
  checkStoredState,
  findNewerStoredValue,
  openStoredValue,
  readStoredState,
  type NewerStoredValue,
  type StoredValueName,
} from './stored-value.ts'

/*
 * A snapshot is the self-check's answers frozen under a name, so a baseline taken at a kickoff can be compared
 * with the answers given months later. Only answers are kept: scores are computed again from them, so a snapshot
 * is scored by the same rules as the current answers.
 */
export const STORED_SNAPSHOTS_VERSION = 2
/** Enough for a re-assessment every week for a year; a 51st is refused so that no snapshot is ever dropped unasked. */
export const MAX_SNAPSHOTS = 50
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

export const SnapshotSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** UTC, whole seconds, as every other time the app stores. */
  takenAt: CreatedAtSchema,
  label: SnapshotLabelSchema,
  bankVersion: z.int().check(z.positive()),
  answers: StoredAnswersSchema,
  dora: DoraAnswersSchema,
  /** The targets and the action plan of the moment (version 2 on; absent when there were none). */
  targets: z.optional(TargetsSchema),
  plan: z.optional(ActionPlanSchema),
})
export type Snapshot = z.infer<typeof SnapshotSchema>

export const StoredSnapshotsSchema = z.strictObject({
  snapshots: z.array(SnapshotSchema).check(
    z.maxLength(MAX_SNAPSHOTS, `at most ${MAX_SNAPSHOTS} snapshots`),
    // The "Compare with" list and "Delete snapshot" find a snapshot by its id.
    z.refine(
      (snapshots) => new Set(snapshots.map((s) => s.id)).size === snapshots.length,
      'ids must be unique',
    ),
  ),
})
export type StoredSnapshots = z.infer<typeof StoredSnapshotsSchema>

const SNAPSHOTS: StoredValueName = { name: 'snapshots', plural: true }

export function createEmptySnapshots(): StoredSnapshots {
  return { snapshots: [] }
}

/** Checks stored snapshots of a known version and brings them up to the current one (persist's migrate). */
export function upgradeStoredSnapshots(state: unknown, version: number): ParseResult<StoredSnapshots> {
  // Version 2 only added the optional targets and plan: a version 1 list reads as one without them.
  const read = (current: unknown) => checkStoredState(SNAPSHOTS, StoredSnapshotsSchema, current)
  return readStoredState(SNAPSHOTS, state, version, { 1: read, [STORED_SNAPSHOTS_VERSION]: read })
}

/** The one place that reads snapshots back from storage. */
export function parseStoredSnapshots(raw: string): ParseResult<{ state: StoredSnapshots; version: number }> {
  return openStoredValue(raw, SNAPSHOTS, (state, version) => {
    const checked = upgradeStoredSnapshots(state, version)
    return checked.ok ? ok({ state: checked.value, version }) : checked
  })
}

interface OwnAnswers {
  bankVersion: number
  answers: PillarAnswers
  dora: DoraAnswers
}

/** Freezes the current answers under a label a person typed; the label is checked here, as any outside input. */
export function createSnapshot(
  own: OwnAnswers,
  label: string,
  now: Date,
  planned?: { targets: Targets; plan: ActionPlan },
): ParseResult<Snapshot> {
  const checkedLabel = SnapshotLabelSchema.safeParse(label)
  if (!checkedLabel.success) return fail(...formatZodIssues(checkedLabel.error, 'Snapshot name'))
  const takenAt = formatCreatedAt(now)
  const dora: DoraAnswers = {}
  for (const metric of DORA_METRICS) {
    const answer = own.dora[metric]
    if (answer !== undefined) dora[metric] = answer
  }
  return ok({
    id: `snapshot-${takenAt}`,
    takenAt,
    label: checkedLabel.data,
    bankVersion: own.bankVersion,
    answers: { ...own.answers },
    dora,
    // Only what there is: a snapshot without targets or a plan reads as it did before they existed.
    ...(planned === undefined || Object.keys(planned.targets).length === 0
      ? {}
      : { targets: planned.targets }),
    ...(planned === undefined || planned.plan.experiments.length === 0 ? {} : { plan: planned.plan }),
  })
}

/**
 * Adds a snapshot to the list, or says why not. Two saved in the same second would share an id, so the later one
 * gets a suffix.
 */
export function addSnapshot(snapshots: readonly Snapshot[], snapshot: Snapshot): ParseResult<Snapshot[]> {
  if (snapshots.length >= MAX_SNAPSHOTS) {
    return fail(
      `You already have ${MAX_SNAPSHOTS} snapshots, the most this app keeps. ` +
        'Delete one you no longer need, then save again.',
    )
  }
  const ids = new Set(snapshots.map((s) => s.id))
  let id = snapshot.id
  for (let suffix = 2; ids.has(id); suffix += 1) id = `${snapshot.id}-${suffix}`
  return ok([...snapshots, { ...snapshot, id }])
}

/** How a snapshot is named in a list: its date (UTC, as stored) and its label, e.g. "2026-11-26 Baseline". */
export function describeSnapshot(snapshot: Snapshot): string {
  return `${snapshot.takenAt.slice(0, 10)} ${snapshot.label}`
}

export interface GroupComparison {
  key: string
  label: string
  current: number | null
  previous: number | null
  /** current - previous, exact; null when either side has no score, because "no score" is not 0. */
  change: number | null
}

/** Pairs groups by key, in the current order; a group only the previous side has comes last. */
export function compareGroups(
  current: readonly GroupScore[],
  previous: readonly GroupScore[],
): GroupComparison[] {
  const previousByKey = new Map(previous.map((group) => [group.key, group]))
  const currentKeys = new Set(current.map((group) => group.key))
  const rows = current.map((group) => {
    const before = previousByKey.get(group.key)?.score ?? null
    return {
      key: group.key,
      label: group.label,
      current: group.score,
      previous: before,
      change: group.score === null || before === null ? null : group.score - before,
    }
  })
  const onlyBefore = previous
    .filter((group) => !currentKeys.has(group.key))
    .map((group) => ({
      key: group.key,
      label: group.label,
      current: null,
      previous: group.score,
      change: null,
    }))
  return [...rows, ...onlyBefore]
}

export const NO_CHANGE_TEXT = 'no change'
export const NO_COMPARISON_TEXT = '-'

/**
 * A change as shown: rounded like scores are, with a real minus sign; never an arrow alone, so it reads the same
 * in any colour and to a screen reader.
 */
export function formatChange(change: number | null): string {
  if (change === null) return NO_COMPARISON_TEXT
  const rounded = Math.round(change)
  if (rounded === 0) return NO_CHANGE_TEXT
  return rounded > 0 ? `+${rounded}` : `\u2212${-rounded}`
}

/** A snapshot scored by the rules of today, or undefined when its question bank is one this app does not know. */
export function scoreSnapshot(snapshot: Snapshot, getBank: GetBank): AssessmentScores | undefined {
  const bank = getBank(snapshot.bankVersion)
  return bank === undefined ? undefined : scoreAnswers(bank, snapshot.answers)
}

/** The saved snapshots as a newer CALMS Radar wrote it, which this app leaves alone; undefined when it is not. */
export function findNewerStoredSnapshots(raw: string): NewerStoredValue | undefined {
  return findNewerStoredValue(raw, STORED_SNAPSHOTS_VERSION, BANK_VERSIONS.current.bankVersion)
}

/** A snapshot and today's answers scored on the same questions, ready to compare. */
export interface SnapshotComparison {
  current: AssessmentScores
  previous: AssessmentScores
  /** Both sides' DORA verdicts; the DORA questions are the same in every bank version. */
  outcomes: { current: DoraReport; previous: DoraReport }
  /** Set when the snapshot was taken with an older bank: only the questions both banks ask are compared. */
  sharedQuestions?: { count: number; snapshotBankVersion: number }
}

/**
 * Compares today's answers with a snapshot. Of one bank version, both are scored on the whole bank. Of an older
 * one, the snapshot's answers are brought to today's bank and both sides are scored on the questions both banks
 * ask, so a question added since (unanswered in the snapshot) or removed since cannot move a score.
 */
export function compareWithSnapshot(
  { answers, dora }: { answers: PillarAnswers; dora: DoraAnswers },
  snapshot: Snapshot,
  bankVersions: BankVersions = BANK_VERSIONS,
): SnapshotComparison | undefined {
  const bank = bankVersions.current
  const outcomes = { current: buildDoraReport(dora), previous: buildDoraReport(snapshot.dora) }
  if (snapshot.bankVersion === bank.bankVersion) {
    return { current: scoreAnswers(bank, answers), previous: scoreAnswers(bank, snapshot.answers), outcomes }
  }
  const older = bankVersions.getBank(snapshot.bankVersion)
  const migrated = bankVersions.migrateAnswers(snapshot.bankVersion, snapshot)
  if (older === undefined || !migrated.ok) return undefined
  // Every question of the older bank answered: what survives the migration is what both banks ask.
  const everything: PillarAnswers = Object.fromEntries(
    older.questions.map((question): [string, PillarAnswer] => [question.id, DONT_KNOW]),
  )
  const bridged = bankVersions.migrateAnswers(snapshot.bankVersion, { answers: everything, dora: {} })
  const shared = new Set(bridged.ok ? Object.keys(bridged.value.answers) : [])
  const sharedBank = { ...bank, questions: bank.questions.filter((question) => shared.has(question.id)) }
  return {
    current: scoreAnswers(sharedBank, answers),
    previous: scoreAnswers(sharedBank, migrated.value.answers),
    outcomes,
    sharedQuestions: { count: sharedBank.questions.length, snapshotBankVersion: snapshot.bankVersion },
  }
}

/** What a comparison across bank versions rests on, in words. */
export function describeSharedQuestions(shared: NonNullable<SnapshotComparison['sharedQuestions']>): string {
  return (
    `This snapshot was taken with question bank version ${shared.snapshotBankVersion}: the comparison uses only ` +
    `the ${shared.count} questions both versions ask.`
  )
}

/**
 * A comparison as the exports carry it: the baseline named and dated, the change of every pillar and practice, and
 * both DORA verdicts.
 */
export interface ScoreChanges {
  baselineLabel: string
  /** When the baseline was taken: UTC, whole seconds. */
  baselineTakenAt: string
  /** The baseline as lists name it (describeSnapshot). */
  baselineTitle: string
  pillars: GroupComparison[]
  practices: GroupComparison[]
  outcomes: SnapshotComparison['outcomes']
  sharedQuestions?: SnapshotComparison['sharedQuestions']
}

/** The comparison the Results page shows, for both views at once, whichever of them is on screen. */
export function describeChanges(snapshot: Snapshot, comparison: SnapshotComparison): ScoreChanges {
  return {
    baselineLabel: snapshot.label,
    baselineTakenAt: snapshot.takenAt,
    baselineTitle: describeSnapshot(snapshot),
    pillars: compareGroups(comparison.current.pillars, comparison.previous.pillars),
    practices: compareGroups(comparison.current.practices, comparison.previous.practices),
    outcomes: comparison.outcomes,
    ...(comparison.sharedQuestions === undefined ? {} : { sharedQuestions: comparison.sharedQuestions }),
  }
}

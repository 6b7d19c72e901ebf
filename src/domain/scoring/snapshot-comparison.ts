import { DONT_KNOW, type PillarAnswer, type PillarAnswers } from '../bank/answers.ts'
import type { BankVersions } from '../bank/bank-versions.ts'
import type { GetBank } from '../bank/question-bank-schema.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import type { DoraAnswers } from '../dora/dora-metrics.ts'
import { buildDoraReport, type DoraReport } from '../dora/dora-report.ts'
import { scoreAnswers, type AssessmentScores, type GroupScore } from './scoring.ts'
import { describeSnapshot, type NamedSnapshot } from './snapshot-name.ts'

/*
 * Comparing answers with a snapshot of them, for "Compare over time" and the exports. Written against what every
 * snapshot holds (a name, a time, a bank version and answers), so it sits below the stored formats that keep them.
 */

/** The answers a self-check snapshot froze, tagged with the bank version they were given in. */
export interface SnapshotAnswers {
  bankVersion: number
  answers: PillarAnswers
  dora: DoraAnswers
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
export function scoreSnapshot(snapshot: SnapshotAnswers, getBank: GetBank): AssessmentScores | undefined {
  const bank = getBank(snapshot.bankVersion)
  return bank === undefined ? undefined : scoreAnswers(bank, snapshot.answers)
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
  snapshot: SnapshotAnswers,
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
export function describeChanges(
  snapshot: SnapshotAnswers & NamedSnapshot,
  comparison: SnapshotComparison,
): ScoreChanges {
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

import { fail, ok, type ParseResult } from '../common/parse-result.ts'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS, type DoraAnswers } from '../dora/dora-metrics.ts'
import {
  getAnswer,
  isLevel,
  NOT_APPLICABLE,
  type Level,
  type PillarAnswer,
  type PillarAnswers,
} from './answers.ts'
import type { BankShape, QuestionBank } from './question-bank-schema.ts'

/*
 * A released question bank is frozen: links, files and snapshots written with it are read with its own question
 * order and option meanings, then brought forward one version at a time by the migrations below. An answer that
 * has no place in the newer bank is set aside with the reason, never dropped.
 */

type LevelMap = readonly [Level | null, Level | null, Level | null, Level | null, Level | null]

/** Version `from` to version `from + 1`. Every question of the older bank is kept, renamed or removed. */
export interface BankMigration {
  from: number
  /** Old id -> new id, for a question that keeps its meaning under a new id. */
  renamed: Readonly<Record<string, string>>
  /** Old ids whose question is gone; their answers are set aside. */
  removed: readonly string[]
  /** Per old id, the new level for each old level 0-4, or null where the old answer has no place. Absent: same level. */
  levelMaps: Readonly<Record<string, LevelMap>>
  /**
   * Per old id whose "Not applicable" meant something the newer bank scores, the level it becomes, or null where it
   * has no place. Absent: "Not applicable" stays "Not applicable" (when the newer question still offers it).
   */
  notApplicableMaps?: Readonly<Record<string, Level | null>>
}

export const SET_ASIDE_REASONS = [
  'question-removed',
  'no-matching-option',
  'not-applicable-not-offered',
] as const
export type SetAsideReason = (typeof SET_ASIDE_REASONS)[number]

/** An earlier answer that no longer applies, kept with where it came from. */
export interface SetAsideAnswer {
  bankVersion: number
  questionId: string
  answer: PillarAnswer
  reason: SetAsideReason
}

export interface MigratedAnswers {
  answers: PillarAnswers
  dora: DoraAnswers
  /** Answer times keyed like the answers (question ids, or dora:<metric>). */
  answeredAt: Record<string, number>
  setAside: SetAsideAnswer[]
}

/** Every released bank, oldest first: older ones as shapes, the last, the bank this app asks, with its texts. */
export type ReleasedBanks = readonly [...BankShape[], QuestionBank]

export interface BankVersions {
  /** Oldest first; the last is the bank this app asks. */
  banks: ReleasedBanks
  current: QuestionBank
  getBank: (bankVersion: number) => BankShape | undefined
  /** Brings answers of `fromVersion` to `toVersion` (the current bank unless said), or says why it cannot. */
  migrateAnswers: (
    fromVersion: number,
    answers: MigratedAnswersInput,
    toVersion?: number,
  ) => ParseResult<MigratedAnswers>
}

export interface MigratedAnswersInput {
  answers: PillarAnswers
  dora: DoraAnswers
  answeredAt?: Record<string, number>
}

/** The words every reader shows for something written by a newer app, naming both versions. */
export function newerBankMessage(found: number, known: number): string {
  return `This was made with a newer CALMS Radar (question bank version ${found}; this app knows up to version ${known}): reload the page.`
}

function stepAnswers(
  migration: BankMigration,
  from: BankShape,
  to: BankShape,
  input: MigratedAnswers,
): MigratedAnswers {
  const target = new Map(to.questions.map((question) => [question.id, question]))
  const removed = new Set(migration.removed)
  const answers: PillarAnswers = {}
  const answeredAt: Record<string, number> = {}
  const setAside = [...input.setAside]
  const keepTime = (oldKey: string, newKey: string) => {
    const time = input.answeredAt[oldKey]
    if (time !== undefined) answeredAt[newKey] = time
  }
  for (const question of from.questions) {
    const answer = getAnswer(input.answers, question.id)
    if (answer === undefined) continue
    const aside = (reason: SetAsideReason) =>
      setAside.push({ bankVersion: from.bankVersion, questionId: question.id, answer, reason })
    const newId = removed.has(question.id) ? undefined : (migration.renamed[question.id] ?? question.id)
    const newQuestion = newId === undefined ? undefined : target.get(newId)
    if (newId === undefined || newQuestion === undefined) {
      aside('question-removed')
      continue
    }
    const levelMap = Object.hasOwn(migration.levelMaps, question.id)
      ? migration.levelMaps[question.id]
      : undefined
    const notApplicableMap = migration.notApplicableMaps ?? {}
    const moved =
      levelMap !== undefined && isLevel(answer)
        ? levelMap[answer]
        : answer === NOT_APPLICABLE && Object.hasOwn(notApplicableMap, question.id)
          ? (notApplicableMap[question.id] ?? null)
          : answer
    if (moved === null) {
      aside('no-matching-option')
      continue
    }
    if (moved === NOT_APPLICABLE && !newQuestion.allowNotApplicable) {
      aside('not-applicable-not-offered')
      continue
    }
    answers[newId] = moved
    keepTime(question.id, newId)
  }
  // An id its own bank never asked (a hand-edited or damaged value) has nowhere to go; it is kept aside, not lost.
  const asked = new Set(from.questions.map((question) => question.id))
  for (const [questionId, answer] of Object.entries(input.answers)) {
    if (!asked.has(questionId)) {
      setAside.push({ bankVersion: from.bankVersion, questionId, answer, reason: 'question-removed' })
    }
  }
  // DORA metric and band ids are the same in every bank (each bank's fingerprint pins them), so they carry over.
  for (const metric of DORA_METRICS) keepTime(`dora:${metric}`, `dora:${metric}`)
  return { answers, dora: input.dora, answeredAt, setAside }
}

/** The machinery over a list of banks and the migrations between them; the app's own list is in released-banks.ts. */
export function createBankVersions(banks: ReleasedBanks, migrations: readonly BankMigration[]): BankVersions {
  const current = banks[banks.length - 1] as QuestionBank
  const byVersion = new Map<number, BankShape>(banks.map((bank) => [bank.bankVersion, bank]))
  const steps = new Map(migrations.map((migration) => [migration.from, migration]))
  const getBank = (bankVersion: number) => byVersion.get(bankVersion)
  return {
    banks,
    current,
    getBank,
    migrateAnswers: (fromVersion, input, toVersion = current.bankVersion) => {
      if (fromVersion > toVersion) return fail(newerBankMessage(fromVersion, toVersion))
      let migrated: MigratedAnswers = {
        answers: input.answers,
        dora: input.dora,
        answeredAt: input.answeredAt ?? {},
        setAside: [],
      }
      for (let version = fromVersion; version < toVersion; version += 1) {
        const step = steps.get(version)
        const from = byVersion.get(version)
        const to = byVersion.get(version + 1)
        if (step === undefined || from === undefined || to === undefined) {
          return fail(
            `These answers use question bank version ${fromVersion}, which this app cannot bring to version ${toVersion}.`,
          )
        }
        migrated = stepAnswers(step, from, to, migrated)
      }
      return ok(migrated)
    },
  }
}

/**
 * What a released bank promises never to change: ids, order, each option's text (which fixes its meaning and
 * count), whether N/A is offered, which questions the quick check asks, and the DORA metric and band ids. Wording of the "why" and next steps may change.
 */
export function fingerprintBank(bank: QuestionBank): string {
  const text = JSON.stringify({
    bankVersion: bank.bankVersion,
    // Which questions the quick check asks decides how a shared code's depth is read; bank v1 had one depth, and
    // leaving the mark out where it is absent keeps v1's fingerprint as it was pinned.
    questions: bank.questions.map((question) => [
      question.id,
      question.allowNotApplicable,
      ...question.options,
      ...(question.quick === undefined ? [] : [`quick:${question.quick}`]),
    ]),
    dora: DORA_METRICS.map((metric) => [
      metric,
      ...DORA_METRIC_DEFINITIONS[metric].bands.map((band) => band.id),
    ]),
  })
  // FNV-1a, 32 bits, twice with different seeds: a readable pin, not a security measure.
  const hash = (seed: number) => {
    let value = seed
    for (let index = 0; index < text.length; index += 1) {
      value ^= text.charCodeAt(index)
      value = Math.imul(value, 0x01000193) >>> 0
    }
    return value.toString(16).padStart(8, '0')
  }
  return `v${bank.bankVersion}-${hash(0x811c9dc5)}${hash(0x050c5d1f)}`
}

const REASON_TEXT: Record<SetAsideReason, string> = {
  'question-removed': 'the question was removed',
  'no-matching-option': 'the question now offers options your answer does not match',
  'not-applicable-not-offered': 'the question no longer offers "Not applicable"',
}

/** Says plainly how many earlier answers no longer apply, and why, for the notice shown once. */
export function describeSetAside(setAside: readonly SetAsideAnswer[]): string {
  const reasons = SET_ASIDE_REASONS.filter((reason) => setAside.some((entry) => entry.reason === reason))
  const versions = [...new Set(setAside.map((entry) => entry.bankVersion))].sort((a, b) => a - b)
  const count = setAside.length
  return (
    `${count === 1 ? '1 of your earlier answers no longer applies' : `${count} of your earlier answers no longer apply`}: ` +
    `the questions changed after question bank version ${versions.join(', ')} (${reasons.map((reason) => REASON_TEXT[reason]).join('; ')}). ` +
    `${count === 1 ? 'It is' : 'They are'} kept with your self-check and in your JSON backup, not deleted; the new questions are unanswered.`
  )
}

import { getAnswer, isLevel, scoreLevel, type PillarAnswers } from '../bank/answers.ts'
import type { BankVersions } from '../bank/bank-versions.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import {
  DORA_METRIC_DEFINITIONS,
  getBandIndex,
  type DoraAnswers,
  type DoraMetric,
} from '../dora/dora-metrics.ts'
import type { Signal } from './experiment.ts'

/*
 * Whether an experiment's signal moved between the answers it was planned on and a re-check. "up" always means
 * better, for a DORA metric too, where a lower band index is the better band.
 */

export type MovementDirection = 'up' | 'same' | 'down' | 'unknown'

/** The answers on one side of the comparison, brought to one bank version. */
export interface SignalAnswers {
  answers: PillarAnswers
  dora: DoraAnswers
}

/**
 * A snapshot's answers (a self-check's, or a team round's levels) in today's bank, so a signal planned on them is
 * compared with a re-check question by question: a question renamed since is found under its new name; one
 * removed since, or a level whose meaning changed, is left out. Undefined for a bank this app cannot bring to
 * today's.
 */
export function signalAnswersInTodaysBank(
  snapshot: SignalAnswers & { bankVersion: number },
  bankVersions: BankVersions = BANK_VERSIONS,
): SignalAnswers | undefined {
  const { bankVersion, answers, dora } = snapshot
  if (bankVersion === bankVersions.current.bankVersion) return { answers, dora }
  const migrated = bankVersions.migrateAnswers(bankVersion, { answers, dora })
  return migrated.ok ? { answers: migrated.value.answers, dora: migrated.value.dora } : undefined
}

export interface SignalMovement {
  direction: MovementDirection
  /**
   * For questions, the mean score (level x 25) of the signal's questions answered with a level; for a DORA
   * metric, the band counted from the worst (0), so a larger number is better either way. Null without one.
   */
  before: number | null
  after: number | null
  /** "up: 25 -> 75"; for a DORA metric the bands' labels stand for the numbers. */
  text: string
}

/** The band of a metric counted from the worst, so that up is better. */
const bandFromWorst = (metric: DoraMetric, index: number) =>
  DORA_METRIC_DEFINITIONS[metric].bands.length - 1 - index

/**
 * The value of a signal on one side: for questions, the mean score of those (asked by the bank) with a level
 * answer on that side, each side on its own answers, as a pillar score is; null when none has a level.
 */
export function signalValue(signal: Signal, side: SignalAnswers, bank: QuestionBank): number | null {
  if (signal.kind === 'dora') {
    const index = getBandIndex(signal.metric, side.dora[signal.metric])
    return index === undefined ? null : bandFromWorst(signal.metric, index)
  }
  const wanted = new Set(signal.questionIds)
  const scores = bank.questions.flatMap((question) => {
    const answer = getAnswer(side.answers, question.id)
    return wanted.has(question.id) && answer !== undefined && isLevel(answer) ? [scoreLevel(answer)] : []
  })
  return scores.length === 0 ? null : scores.reduce((total, score) => total + score, 0) / scores.length
}

const NO_VALUE_TEXT = '-'

/**
 * A movement in words: "up: 25 -> 75", "same: 50 -> 50", "down: 75 -> 50", "unknown: 25 -> -". The direction
 * always comes first, so it never rests on an arrow or a colour alone. `formatValue` writes a value; by default a
 * score rounded as scores are shown.
 */
export function describeMovement(
  movement: Pick<SignalMovement, 'direction' | 'before' | 'after'>,
  formatValue: (value: number) => string = (value) => String(Math.round(value)),
): string {
  const format = (value: number | null) => (value === null ? NO_VALUE_TEXT : formatValue(value))
  return `${movement.direction}: ${format(movement.before)} -> ${format(movement.after)}`
}

/**
 * How an experiment's signal moved from `before` (the answers when the plan was made) to `after` (a re-check):
 * up, same or down on the exact values, unknown when either side has no value.
 */
export function signalMovement(
  signal: Signal,
  before: SignalAnswers,
  after: SignalAnswers,
  bank: QuestionBank,
): SignalMovement {
  const from = signalValue(signal, before, bank)
  const to = signalValue(signal, after, bank)
  const direction: MovementDirection =
    from === null || to === null ? 'unknown' : to > from ? 'up' : to < from ? 'down' : 'same'
  const movement = { direction, before: from, after: to }
  const text =
    signal.kind === 'dora'
      ? describeMovement(movement, (value) => {
          // Counting from the worst is its own inverse: it turns the value back into the band's index.
          const band = DORA_METRIC_DEFINITIONS[signal.metric].bands[bandFromWorst(signal.metric, value)]
          return band?.label ?? String(value)
        })
      : describeMovement(movement)
  return { ...movement, text }
}

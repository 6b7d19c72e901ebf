import { PillarAnswerSchema } from '../bank/answers.ts'
import { DoraAnswersSchema, DORA_METRICS, type DoraMetric } from '../dora/dora-metrics.ts'
import { ok, type ParseResult } from '../common/parse-result.ts'
import { MAX_ALIAS_LENGTH, ROLES } from './response.ts'
import { MAX_SESSION_NAME_LENGTH } from './stored-team-session.ts'
import { z } from '../common/zod-setup.ts'
import { checkStoredState, openStoredValue, readStoredState, type StoredValueName } from './stored-value.ts'

/*
 * The self-check as kept in localStorage. Each answer carries the time it was given so that two tabs writing the
 * same storage merge answer by answer instead of the last writer wiping the other's answers; resetAt lets
 * "Start over" win over older answers still held by another tab.
 */
export const STORED_ASSESSMENT_VERSION = 2

/**
 * Answer ids come from the question bank. One named like an Object.prototype member ("constructor", "toString")
 * can only come from editing by hand, and code that indexes these records would find the inherited member
 * instead: merging two tabs then wrote a NaN time that the next read refused.
 */
const StoredIdSchema = z.string().check(z.refine((id) => !(id in Object.prototype), 'not a question id'))
export const StoredAnswersSchema = z.record(StoredIdSchema, PillarAnswerSchema)

/** Version 1 kept answers without the time each was given. */
export const StoredAssessmentV1Schema = z.object({
  bankVersion: z.int().check(z.positive()),
  answers: StoredAnswersSchema,
  dora: DoraAnswersSchema,
  lastStep: z.int().check(z.minimum(1), z.maximum(99)),
})
export type StoredAssessmentV1 = z.infer<typeof StoredAssessmentV1Schema>

export const StoredAssessmentSchema = z.object({
  bankVersion: z.int().check(z.positive()),
  answers: StoredAnswersSchema,
  dora: DoraAnswersSchema,
  answeredAt: z.record(StoredIdSchema, z.number().check(z.nonnegative())),
  lastStep: z.int().check(z.minimum(1), z.maximum(99)),
  resetAt: z.number().check(z.nonnegative()),
  /** The name and role a person shares with their answers, remembered so they are typed once. */
  profile: z.optional(
    z.object({
      alias: z.string().check(z.maxLength(MAX_ALIAS_LENGTH)),
      role: z.enum(['', ...ROLES]),
    }),
  ),
  /** The session a person was invited to (`#/join/<name>`), so their results can offer to send to it. */
  invitation: z.optional(z.string().check(z.maxLength(MAX_SESSION_NAME_LENGTH))),
})
export type StoredAssessment = z.infer<typeof StoredAssessmentSchema>

const SELF_CHECK: StoredValueName = { name: 'self-check', plural: false }

export type StoredValue = { version: 1; state: StoredAssessmentV1 } | { version: 2; state: StoredAssessment }

export function createEmptyAssessment(bankVersion: number): StoredAssessment {
  return { bankVersion, answers: {}, dora: {}, answeredAt: {}, lastStep: 1, resetAt: 0 }
}

export const doraAnswerKey = (metric: DoraMetric) => `dora:${metric}`

/** The one place that reads the self-check back from storage: a typed value, or errors that say what is wrong. */
export function parseStoredAssessment(raw: string): ParseResult<StoredValue> {
  return openStoredValue(raw, SELF_CHECK, parseStoredState)
}

/** Checks a stored state against the schema of the version it claims. */
export function parseStoredState(state: unknown, version: number): ParseResult<StoredValue> {
  return readStoredState(SELF_CHECK, state, version, {
    1: (v1) => {
      const checked = checkStoredState(SELF_CHECK, StoredAssessmentV1Schema, v1)
      return checked.ok ? ok<StoredValue>({ version: 1, state: checked.value }) : checked
    },
    2: (v2) => {
      const checked = checkStoredState(SELF_CHECK, StoredAssessmentSchema, v2)
      return checked.ok ? ok<StoredValue>({ version: 2, state: checked.value }) : checked
    },
  })
}

/** Brings a parsed stored value of any known version up to the current one. */
export function migrateStoredAssessment(value: StoredValue): StoredAssessment {
  if (value.version === 2) return value.state
  // Answers from before per-answer times count as older than anything given since.
  const answeredAt: Record<string, number> = {}
  for (const id of Object.keys(value.state.answers)) answeredAt[id] = 1
  for (const metric of DORA_METRICS)
    if (value.state.dora[metric] !== undefined) answeredAt[doraAnswerKey(metric)] = 1
  return { ...value.state, answeredAt, resetAt: 0 }
}

/**
 * Merges two copies of the same self-check answer by answer: for each question the newer answer wins, and answers
 * older than the newest "Start over" are dropped. `mine` keeps its own step and bank version.
 */
export function mergeStoredAssessments(mine: StoredAssessment, theirs: StoredAssessment): StoredAssessment {
  const resetAt = Math.max(mine.resetAt, theirs.resetAt)
  const answers: StoredAssessment['answers'] = {}
  const dora: StoredAssessment['dora'] = {}
  const answeredAt: StoredAssessment['answeredAt'] = {}
  const newer = (key: string): StoredAssessment | undefined => {
    const a = mine.answeredAt[key] ?? -1
    const b = theirs.answeredAt[key] ?? -1
    const winner = b > a ? theirs : mine
    const at = Math.max(a, b)
    if (at < 0 || at <= resetAt) return undefined
    answeredAt[key] = at
    return winner
  }
  for (const id of new Set([...Object.keys(mine.answers), ...Object.keys(theirs.answers)])) {
    const answer = newer(id)?.answers[id]
    if (answer !== undefined) answers[id] = answer
  }
  for (const metric of DORA_METRICS) {
    const answer = newer(doraAnswerKey(metric))?.dora[metric]
    if (answer !== undefined) dora[metric] = answer
  }
  return { ...mine, answers, dora, answeredAt, resetAt }
}

/** Validates a state of any known version and brings it up to the current one (persist's migrate). */
export function upgradeStoredAssessment(state: unknown, version: number): ParseResult<StoredAssessment> {
  const parsed = parseStoredState(state, version)
  return parsed.ok ? ok(migrateStoredAssessment(parsed.value)) : parsed
}

import { PillarAnswerSchema } from '../bank/answers.ts'
import { CheckDepthSchema, DEFAULT_CHECK_DEPTH } from '../bank/check-depth.ts'
import { DoraAnswersSchema, DORA_METRICS, type DoraMetric } from '../dora/dora-metrics.ts'
import { fail, ok, type ParseResult } from '../common/parse-result.ts'
import { SET_ASIDE_REASONS, type BankVersions } from '../bank/bank-versions.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { MAX_ALIAS_LENGTH, ROLES } from '../formats/profile.ts'
import { clipSessionName, MAX_SESSION_NAME_LENGTH } from '../routes/invitation.ts'
import { LiveInvitationSchema, sameLiveRoom, type LiveInvitation } from '../live/live-invitation.ts'
import { z } from '../common/zod-setup.ts'
import { checkStoredState, storedFormat, type StoredValueName } from './stored-value.ts'

/*
 * The self-check as kept in localStorage. Each answer carries the time it was given so that two tabs writing the
 * same storage merge answer by answer instead of the last writer wiping the other's answers; resetAt lets
 * "Start over" win over older answers still held by another tab.
 */
export const STORED_ASSESSMENT_VERSION = 3

/**
 * Answer ids come from the question bank. One named like an Object.prototype member ("constructor", "toString")
 * can only come from editing by hand, and code that indexes these records would find the inherited member
 * instead: merging two tabs then wrote a NaN time that the next read refused.
 */
export const StoredIdSchema = z
  .string()
  .check(z.refine((id) => !(id in Object.prototype), 'not a question id'))
export const StoredAnswersSchema = z.record(StoredIdSchema, PillarAnswerSchema)

/** Version 1 kept answers without the time each was given. */
export const StoredAssessmentV1Schema = z.object({
  bankVersion: z.int().check(z.positive()),
  answers: StoredAnswersSchema,
  dora: DoraAnswersSchema,
  lastStep: z.int().check(z.minimum(1), z.maximum(99)),
})
export type StoredAssessmentV1 = z.infer<typeof StoredAssessmentV1Schema>

/** Version 2 added the time of each answer, the last "Start over" and the profile. */
export const StoredAssessmentV2Schema = z.object({
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
})
export type StoredAssessmentV2 = z.infer<typeof StoredAssessmentV2Schema>

const SetAsideAnswerSchema = z.object({
  bankVersion: z.int().check(z.positive()),
  questionId: StoredIdSchema,
  answer: PillarAnswerSchema,
  reason: z.enum(SET_ASIDE_REASONS),
})

/**
 * Version 3 keeps the answers a newer question bank had no place for, so none is ever dropped unseen, and how many
 * of them the person has been told about.
 */
export const StoredAssessmentSchema = z.object({
  ...StoredAssessmentV2Schema.shape,
  setAside: z.array(SetAsideAnswerSchema),
  setAsideAcknowledged: z.int().check(z.nonnegative()),
  /**
   * The depth the person chose (bank v2 on). Optional within version 3: absent reads as the full check, which is
   * what every self-check saved before was, and an older app that drops it loses nothing it could show.
   */
  depth: z.optional(CheckDepthSchema),
  /**
   * The session a person was invited to (`#/join/<name>`), so their results can offer to send to it. Optional within
   * version 3 like `depth`: an older app that drops it only loses the card on the results page.
   */
  invitation: z.optional(z.string().check(z.maxLength(MAX_SESSION_NAME_LENGTH))),
  /**
   * The live session of that invitation (`?relay=…&room=…&fk=…`), where the answers can be sent as they are given;
   * it holds the facilitator's public key only. Optional within version 3 like `invitation`: an older app that
   * drops it only loses the live session, and the invitation works as a plain one.
   */
  liveInvitation: z.optional(LiveInvitationSchema),
  /**
   * True from "Continue to the full check" after a quick check until another depth is chosen, so the full check
   * can mark the questions the quick one did not ask. Optional within version 3 like `depth`: an older app that
   * drops it only loses the marks.
   */
  continuedFromQuick: z.optional(z.boolean()),
  /**
   * When the depth was last chosen, so that two copies that disagree keep the later choice. Saves without it (from
   * before it was written) settle a disagreement on the full check, which asks everything the quick one does.
   */
  depthChosenAt: z.optional(z.int().check(z.nonnegative())),
})
export type StoredAssessment = z.infer<typeof StoredAssessmentSchema>

export const SELF_CHECK: StoredValueName = { name: 'self-check', plural: false, label: 'your self-check' }

export type StoredValue =
  | { version: 1; state: StoredAssessmentV1 }
  | { version: 2; state: StoredAssessmentV2 }
  | { version: 3; state: StoredAssessment }

export function createEmptyAssessment(bankVersion: number): StoredAssessment {
  return {
    bankVersion,
    answers: {},
    dora: {},
    answeredAt: {},
    lastStep: 1,
    resetAt: 0,
    setAside: [],
    setAsideAcknowledged: 0,
  }
}

/**
 * Holds nothing a person gave: no answer, no answer set aside by a newer bank, no name or role, no depth chosen, no
 * invitation followed, no step reached and no "Start over" that another tab must hear of. Such a self-check is not
 * worth a storage entry.
 */
export function isEmptyAssessment(assessment: StoredAssessment): boolean {
  return (
    Object.keys(assessment.answers).length === 0 &&
    Object.keys(assessment.dora).length === 0 &&
    Object.keys(assessment.answeredAt).length === 0 &&
    assessment.setAside.length === 0 &&
    assessment.setAsideAcknowledged === 0 &&
    assessment.lastStep === 1 &&
    assessment.resetAt === 0 &&
    assessment.profile === undefined &&
    assessment.depth === undefined &&
    assessment.invitation === undefined &&
    assessment.liveInvitation === undefined &&
    assessment.continuedFromQuick !== true
  )
}

export const doraAnswerKey = (metric: DoraMetric) => `dora:${metric}`

/** The time given to answers kept from before each answer had its own: older than any real time, and no date. */
export const TIME_NOT_KEPT = 1

const SELF_CHECK_FORMAT = storedFormat<StoredValue>({
  name: SELF_CHECK,
  version: STORED_ASSESSMENT_VERSION,
  readers: {
    1: (v1) => {
      const checked = checkStoredState(SELF_CHECK, StoredAssessmentV1Schema, v1)
      return checked.ok ? ok<StoredValue>({ version: 1, state: checked.value }) : checked
    },
    2: (v2) => {
      const checked = checkStoredState(SELF_CHECK, StoredAssessmentV2Schema, v2)
      return checked.ok ? ok<StoredValue>({ version: 2, state: checked.value }) : checked
    },
    3: (v3) => {
      const checked = checkStoredState(SELF_CHECK, StoredAssessmentSchema, v3)
      return checked.ok ? ok<StoredValue>({ version: 3, state: checked.value }) : checked
    },
  },
})

/**
 * The one place that reads the self-check back from storage: a typed value of the version it was written in, or
 * errors that say what is wrong.
 */
export function parseStoredAssessment(raw: string): ParseResult<StoredValue> {
  const opened = SELF_CHECK_FORMAT.parse(raw)
  return opened.ok ? ok(opened.value.state) : opened
}

/** Brings a parsed stored value of any known format version up to the current format. */
export function migrateStoredAssessment(value: StoredValue): StoredAssessment {
  if (value.version === 3) return value.state
  if (value.version === 2) return { ...value.state, setAside: [], setAsideAcknowledged: 0 }
  // Answers from before per-answer times count as older than anything given since.
  const answeredAt: Record<string, number> = {}
  for (const id of Object.keys(value.state.answers)) answeredAt[id] = TIME_NOT_KEPT
  for (const metric of DORA_METRICS)
    if (value.state.dora[metric] !== undefined) answeredAt[doraAnswerKey(metric)] = TIME_NOT_KEPT
  return { ...value.state, answeredAt, resetAt: 0, setAside: [], setAsideAcknowledged: 0 }
}

/**
 * Brings a self-check to the question bank this app asks, through the bank versions' migrations. Answers with no
 * place in the newer bank are kept aside on the self-check, with their reason, never dropped.
 */
export function migrateAssessmentBank(
  assessment: StoredAssessment,
  bankVersions: BankVersions = BANK_VERSIONS,
): ParseResult<StoredAssessment> {
  if (assessment.bankVersion === bankVersions.current.bankVersion) return ok(assessment)
  const migrated = bankVersions.migrateAnswers(assessment.bankVersion, assessment)
  if (!migrated.ok) return fail(...migrated.errors.map((error) => `The saved self-check: ${error}`))
  return ok({
    ...assessment,
    bankVersion: bankVersions.current.bankVersion,
    answers: migrated.value.answers,
    dora: migrated.value.dora,
    answeredAt: migrated.value.answeredAt,
    setAside: [...assessment.setAside, ...migrated.value.setAside],
  })
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
  const merged: StoredAssessment = { ...mine, answers, dora, answeredAt, resetAt }
  // The later choice of depth wins, with its marks; a choice made before the newest "Start over" counts as none.
  const chosenAt = (copy: StoredAssessment) =>
    copy.depthChosenAt !== undefined && copy.depthChosenAt > resetAt ? copy.depthChosenAt : -1
  if (chosenAt(mine) >= 0 || chosenAt(theirs) >= 0) {
    const later = chosenAt(theirs) > chosenAt(mine) ? theirs : mine
    merged.depth = later.depth ?? DEFAULT_CHECK_DEPTH
    if (later.continuedFromQuick === true) merged.continuedFromQuick = true
    else delete merged.continuedFromQuick
    if (later.depthChosenAt !== undefined) merged.depthChosenAt = later.depthChosenAt
  } else if (mine.depth !== theirs.depth) {
    // Without times to tell which came later: the full check asks everything the quick one does.
    merged.depth = 'full'
  }
  // An invitation followed in another tab must survive this tab's next write, with its live session.
  if (merged.invitation === undefined && theirs.invitation !== undefined) {
    merged.invitation = theirs.invitation
    if (theirs.liveInvitation === undefined) delete merged.liveInvitation
    else merged.liveInvitation = theirs.liveInvitation
  }
  return merged
}

/**
 * Whether a self-check holds answers given for another session than the invitation a person arrives with: another
 * session name, another live room, or answers given with no invitation at all. Then the person is asked before the
 * questionnaire goes on, rather than sending one session's answers to the next. Nothing answered asks nothing.
 */
export function answersForAnotherSession(
  assessment: Pick<StoredAssessment, 'answers' | 'dora' | 'invitation' | 'liveInvitation'>,
  invitation: string,
  live: LiveInvitation | undefined,
): boolean {
  const answered = Object.keys(assessment.answers).length > 0 || Object.keys(assessment.dora).length > 0
  if (!answered) return false
  return (
    assessment.invitation !== clipSessionName(invitation, MAX_SESSION_NAME_LENGTH) ||
    !sameLiveRoom(assessment.liveInvitation, live)
  )
}

/**
 * Validates a state of any known format version and brings it up to the current format and question bank
 * (persist's migrate, and the merge of what storage holds).
 */
export function upgradeStoredAssessment(
  state: unknown,
  version: number,
  bankVersions: BankVersions = BANK_VERSIONS,
): ParseResult<StoredAssessment> {
  const parsed = SELF_CHECK_FORMAT.upgrade(state, version)
  return parsed.ok ? migrateAssessmentBank(migrateStoredAssessment(parsed.value), bankVersions) : parsed
}

/** The saved self-check as a newer CALMS Radar wrote it, which this app leaves alone; undefined when it is not. */
export const findNewerStoredAssessment = SELF_CHECK_FORMAT.findNewer

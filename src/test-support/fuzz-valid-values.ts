/*
 * Valid inputs for the fuzz tests, built from the real question bank: what the app itself would write, for the
 * round trips and as the starting point of damaged inputs (see fuzz-arbitraries.ts).
 */
import fc from 'fast-check'
import {
  DONT_KNOW,
  LEVELS,
  NOT_APPLICABLE,
  type PillarAnswer,
  type PillarAnswers,
} from '../domain/bank/answers.ts'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  type DoraAnswers,
} from '../domain/dora/dora-metrics.ts'
import {
  AliasSchema,
  formatCreatedAt,
  LATEST_CREATED_AT,
  ResponseSchema,
  serializeResponseFile,
  type Response,
} from '../domain/formats/response.ts'
import { ROLES } from '../domain/formats/profile.ts'
import { buildShareLink, encodeShareCode } from '../domain/formats/share-code.ts'
import type { StoredAssessment } from '../domain/storage/stored-assessment.ts'
import { MAX_SESSION_NAME_LENGTH } from '../domain/routes/invitation.ts'
import type { NumberedTeamSession, StoredTeamSession } from '../domain/storage/stored-team-session.ts'
import { HOSTILE_ALIASES } from './fuzz-arbitraries.ts'

const answerArbitrary = (allowNotApplicable: boolean): fc.Arbitrary<PillarAnswer> => {
  const answers: PillarAnswer[] = [...LEVELS, DONT_KNOW]
  if (allowNotApplicable) answers.push(NOT_APPLICABLE)
  return fc.constantFrom(...answers)
}

/** Any subset of the bank's questions, each with an answer it allows. */
const answersArbitrary: fc.Arbitrary<PillarAnswers> = fc
  .tuple(
    ...QUESTION_BANK.questions.map((q) =>
      fc.option(answerArbitrary(q.allowNotApplicable), { nil: undefined }),
    ),
  )
  .map((picked) => {
    const answers: PillarAnswers = {}
    QUESTION_BANK.questions.forEach((question, index) => {
      const answer = picked[index]
      if (answer !== undefined) answers[question.id] = answer
    })
    return answers
  })

const doraArbitrary: fc.Arbitrary<DoraAnswers> = fc.record(
  {
    deploymentFrequency: fc.constantFrom(
      DORA_DONT_KNOW,
      ...DORA_METRIC_DEFINITIONS.deploymentFrequency.bands.map((b) => b.id),
    ),
    leadTime: fc.constantFrom(DORA_DONT_KNOW, ...DORA_METRIC_DEFINITIONS.leadTime.bands.map((b) => b.id)),
    changeFailureRate: fc.constantFrom(
      DORA_DONT_KNOW,
      ...DORA_METRIC_DEFINITIONS.changeFailureRate.bands.map((b) => b.id),
    ),
    timeToRestore: fc.constantFrom(
      DORA_DONT_KNOW,
      ...DORA_METRIC_DEFINITIONS.timeToRestore.bands.map((b) => b.id),
    ),
  },
  { requiredKeys: [] },
)

const aliasArbitrary = fc
  .oneof(
    fc.constantFrom(...HOSTILE_ALIASES),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  )
  // Only aliases the app itself would hand out: trimmed, 1-40 units, no control characters.
  .filter((alias) => AliasSchema.safeParse(alias).data === alias)

export const responseArbitrary: fc.Arbitrary<Response> = fc
  .record(
    {
      bankVersion: fc.constant(QUESTION_BANK.bankVersion),
      answers: answersArbitrary,
      dora: doraArbitrary,
      alias: aliasArbitrary,
      role: fc.constantFrom(...ROLES),
      createdAt: fc
        .integer({ min: 0, max: Math.floor(LATEST_CREATED_AT / 1000) })
        .map((seconds) => formatCreatedAt(new Date(seconds * 1000))),
    },
    { requiredKeys: ['bankVersion', 'answers', 'dora', 'createdAt'] },
  )
  .map((candidate) => ResponseSchema.parse(candidate))

const timeArbitrary = fc.integer({ min: 1, max: 4_102_444_800_000 })

export const storedAssessmentArbitrary: fc.Arbitrary<StoredAssessment> = fc
  .record({
    answers: answersArbitrary,
    dora: doraArbitrary,
    times: fc.array(timeArbitrary, { minLength: 40, maxLength: 40 }),
    lastStep: fc.integer({ min: 1, max: 99 }),
    resetAt: fc.oneof(fc.constant(0), timeArbitrary),
  })
  .map(({ answers, dora, times, lastStep, resetAt }) => {
    const keys = [
      ...Object.keys(answers),
      ...DORA_METRICS.filter((m) => dora[m] !== undefined).map((m) => `dora:${m}`),
    ]
    const answeredAt = Object.fromEntries(keys.map((key, index) => [key, times[index] ?? 1]))
    return {
      bankVersion: QUESTION_BANK.bankVersion,
      answers,
      dora,
      answeredAt,
      lastStep,
      resetAt,
      setAside: [],
      setAsideAcknowledged: 0,
    }
  })

export const storedV1Arbitrary = storedAssessmentArbitrary.map(
  ({ bankVersion, answers, dora, lastStep }) => ({
    bankVersion,
    answers,
    dora,
    lastStep,
  }),
)

const sessionNameArbitrary = fc.oneof(
  fc.constantFrom(...HOSTILE_ALIASES, 'x'.repeat(MAX_SESSION_NAME_LENGTH), ''),
  fc.string({ maxLength: MAX_SESSION_NAME_LENGTH }),
)

export const teamSessionArbitrary: fc.Arbitrary<StoredTeamSession> = fc.record({
  sessionName: sessionNameArbitrary,
  responses: fc.uniqueArray(responseArbitrary, { maxLength: 4, selector: (r) => r.createdAt }),
})

/**
 * A team view as the store holds it: distinct respondent numbers in any order (Undo after a new round puts a fresh
 * one in the middle) and a next number above them all, with room left by removals.
 */
export const numberedTeamSessionArbitrary: fc.Arbitrary<NumberedTeamSession> = teamSessionArbitrary.chain(
  (session) =>
    fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 1, max: 2000 }), {
          minLength: session.responses.length,
          maxLength: session.responses.length,
        }),
        fc.nat({ max: 50 }),
      )
      .map(([numbers, removedSince]) => ({
        ...session,
        numbers,
        nextNumber: numbers.reduce((highest, number) => Math.max(highest, number), 0) + 1 + removedSince,
      })),
)

/** A localStorage value as the persisted stores write it. */
export const storedText = (state: unknown, version: number) => JSON.stringify({ state, version })
export const shareCodeOf = (response: Response) => encodeShareCode(response, QUESTION_BANK)
export const linkOf = (response: Response) =>
  buildShareLink('https://calms.example/app/#/team', shareCodeOf(response))
export const fileOf = (response: Response) => serializeResponseFile(response, '0.1.0')

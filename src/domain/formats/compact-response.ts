import { DONT_KNOW, getAnswer, NOT_APPLICABLE, type PillarAnswer } from '../bank/answers.ts'
import { fail, formatZodIssues, ok, type ParseResult } from '../common/parse-result.ts'
import type { BankShape, GetBank } from '../bank/question-bank-schema.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  type DoraAnswers,
} from '../dora/dora-metrics.ts'
import { z } from '../common/zod-setup.ts'
import { RoleSchema } from './profile.ts'
import { AliasSchema, isCreatedAtAsWritten, unknownBankVersionMessage, type Response } from './response.ts'

/*
 * A response as the team view stores it (version 2): its answers as one character per question of its own bank
 * version, in the bank's order, and its DORA answers as one character per metric. A response of about 1.2 kB as
 * JSON keeps in about 110 bytes, and checking one is a loop over a short string instead of a zod union per answer,
 * so a team of 1,000 opens without the wait that reading and checking the full form took.
 *
 * Answers: "0"-"4" a level, "d" don't know, "n" not applicable, "-" not answered.
 * DORA, in DORA_METRICS order: "0"-"9" the metric's band by position, "d" don't know, "-" not answered.
 */

const UNANSWERED = '-'
const ANSWER_CODES: Readonly<Record<string, PillarAnswer>> = {
  '0': 0,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  d: DONT_KNOW,
  n: NOT_APPLICABLE,
}

/** The one form createdAt is kept in (formatCreatedAt): UTC, whole seconds. */
const CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

export const CompactResponseSchema = z.strictObject({
  /** The question bank version the answers follow. */
  b: z.int().check(z.minimum(1)),
  t: z.string().check(
    z.regex(CREATED_AT, 'must be a timestamp such as 2026-11-20T09:30:00Z'),
    // As strict as a pasted response's createdAt (CreatedAtSchema): a real moment between 1970 and 9999, in the
    // one form this app writes, so a hand-edited "0970-..." or "2026-02-30..." is refused, not read as another date.
    z.refine(
      // A text of another shape is already reported by the check above.
      (text) => !CREATED_AT.test(text) || isCreatedAtAsWritten(text),
      'must be a date between the years 1970 and 9999, as this app writes it',
    ),
  ),
  a: z.string().check(z.maxLength(500), z.regex(/^[0-4dn-]*$/, 'holds an answer code this app never wrote')),
  d: z
    .string()
    .check(z.length(DORA_METRICS.length), z.regex(/^[0-9d-]*$/, 'holds a DORA code this app never wrote')),
  n: z.optional(AliasSchema),
  r: z.optional(RoleSchema),
})
export type CompactResponse = z.infer<typeof CompactResponseSchema>

function answerCode(answer: PillarAnswer | undefined): string {
  if (answer === undefined) return UNANSWERED
  if (answer === DONT_KNOW) return 'd'
  if (answer === NOT_APPLICABLE) return 'n'
  return String(answer)
}

/** A response already checked against its bank (as every response in a team view is), in the stored form. */
export function compactResponse(response: Response, bank: BankShape): CompactResponse {
  const dora = DORA_METRICS.map((metric) => {
    const answer = response.dora[metric]
    if (answer === undefined) return UNANSWERED
    if (answer === DORA_DONT_KNOW) return 'd'
    return String(DORA_METRIC_DEFINITIONS[metric].bands.findIndex((band) => band.id === answer))
  })
  return {
    b: response.bankVersion,
    t: response.createdAt,
    a: bank.questions.map((question) => answerCode(getAnswer(response.answers, question.id))).join(''),
    d: dora.join(''),
    ...(response.alias === undefined ? {} : { n: response.alias }),
    ...(response.role === undefined ? {} : { r: response.role }),
  }
}

/** A stored entry read back: the response, and the entry as checked, which is what saving the response writes. */
export interface ExpandedResponse {
  response: Response
  compact: CompactResponse
}

/**
 * A stored compact response, checked as strictly as a pasted link: its bank version must be one this app knows,
 * every answer must belong to a question of that bank (by position) and be one the question offers, and every
 * DORA code must be a band of its metric.
 */
export function expandResponse(value: unknown, getBank: GetBank): ParseResult<ExpandedResponse> {
  const parsed = CompactResponseSchema.safeParse(value)
  if (!parsed.success) return fail(...formatZodIssues(parsed.error))
  const { b, t, a, d, n, r } = parsed.data
  const bank = getBank(b)
  if (bank === undefined) return fail(unknownBankVersionMessage(b))
  if (a.length !== bank.questions.length) {
    return fail(
      `a: ${a.length} answers for the ${bank.questions.length} questions of question bank version ${b}`,
    )
  }
  const answers: Response['answers'] = {}
  for (let index = 0; index < a.length; index += 1) {
    const code = a.charAt(index)
    const question = bank.questions[index]
    if (code === UNANSWERED || question === undefined) continue
    const answer = ANSWER_CODES[code]
    if (answer === undefined) return fail(`a: "${code}" is not an answer code`)
    if (answer === NOT_APPLICABLE && !question.allowNotApplicable) {
      return fail(`answers.${question.id}: "not applicable" is not one of the answers to this question`)
    }
    answers[question.id] = answer
  }
  const dora: DoraAnswers = {}
  for (const [index, metric] of DORA_METRICS.entries()) {
    const code = d.charAt(index)
    if (code === UNANSWERED) continue
    const band = code === 'd' ? undefined : DORA_METRIC_DEFINITIONS[metric].bands[Number(code)]
    if (code !== 'd' && band === undefined) return fail(`dora.${metric}: "${code}" is not one of its answers`)
    dora[metric] = band === undefined ? DORA_DONT_KNOW : band.id
  }
  return ok({
    response: {
      bankVersion: b,
      answers,
      dora,
      ...(n === undefined ? {} : { alias: n }),
      ...(r === undefined ? {} : { role: r }),
      createdAt: t,
    },
    compact: parsed.data,
  })
}

import { NOT_APPLICABLE, PillarAnswersSchema } from '../bank/answers.ts'
import { DORA_METRICS, DoraAnswersSchema } from '../dora/dora-metrics.ts'
import { fail, formatZodIssues, ok, shorten, type ParseResult } from '../common/parse-result.ts'
import { isRecord } from '../common/is-record.ts'
import { kilobytesOf } from '../common/file-size.ts'
import type { BankShape, GetBank } from '../bank/question-bank-schema.ts'
import { z } from '../common/zod-setup.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { MAX_ALIAS_LENGTH, RoleSchema } from './profile.ts'

export const AliasSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'must not be empty'),
  // Not z.maxLength(): zod counts code points there, and four-byte emoji would then let the alias reach 160 bytes.
  z.refine((alias) => alias.length <= MAX_ALIAS_LENGTH, `must be at most ${MAX_ALIAS_LENGTH} characters`),
  // Control characters would break the line it is shown on; a lone surrogate cannot survive UTF-8 in a link.
  z.refine((alias) => !/[\p{Cc}\p{Cs}]/u.test(alias), 'must not contain control or broken characters'),
)

/** Share codes count seconds from 1970, and ISO strings after year 9999 change shape. */
const EARLIEST_CREATED_AT = 0
export const LATEST_CREATED_AT = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/** The one form a timestamp is stored in: UTC, whole seconds, so a link and a file of one response agree. */
export function formatCreatedAt(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`
}

/** Whether `text` is a moment between 1970 and 9999 in the one form formatCreatedAt writes. */
export function isCreatedAtAsWritten(text: string): boolean {
  const time = Date.parse(text)
  return time >= EARLIEST_CREATED_AT && time <= LATEST_CREATED_AT && formatCreatedAt(new Date(time)) === text
}

export const CreatedAtSchema = z.pipe(
  z.iso.datetime({ offset: true, error: 'must be an ISO timestamp such as 2025-01-31T09:30:00Z' }).check(
    z.refine((text) => {
      const time = Date.parse(text)
      // An unparseable text is already reported by the format check above.
      return Number.isNaN(time) || (time >= EARLIEST_CREATED_AT && time <= LATEST_CREATED_AT)
    }, 'must lie between the years 1970 and 9999'),
  ),
  z.transform((text: string) => formatCreatedAt(new Date(Date.parse(text)))),
)

/** One person's answers. Alias and role are the only personal data, and both are optional. */
export const ResponseSchema = z.strictObject({
  bankVersion: z.int().check(z.minimum(1)),
  answers: PillarAnswersSchema,
  dora: DoraAnswersSchema,
  alias: z.optional(AliasSchema),
  role: z.optional(RoleSchema),
  createdAt: CreatedAtSchema,
})
export type Response = z.infer<typeof ResponseSchema>

/**
 * The name a response is listed under: its alias, or its respondent number in the team view ("Respondent 3"),
 * which it keeps when others are removed.
 */
export function respondentName(response: Response, number: number): string {
  return response.alias ?? `Respondent ${number}`
}

/**
 * Same answers and same second of creation: the same response, whichever link or file it came through.
 * Alias and role are labels, so renaming oneself does not make a second response.
 */
export function getResponseKey(response: Response): string {
  const known = responseKeys.get(response)
  if (known !== undefined) return known
  const key = computeResponseKey(response)
  responseKeys.set(response, key)
  return key
}

// Responses are never changed in place, so a response's key is worked out once: removing one of 1,000 compares
// keys the others already have.
const responseKeys = new WeakMap<Response, string>()

function computeResponseKey(response: Response): string {
  const answers = Object.entries(response.answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const dora = DORA_METRICS.map((metric) => response.dora[metric] ?? null)
  return JSON.stringify([response.bankVersion, createdAtSecond(response), answers, dora])
}

/** The second a response was made in, as its key counts it. */
export function createdAtSecond(response: Response): number {
  return Math.floor(Date.parse(response.createdAt) / 1000)
}

export function unknownBankVersionMessage(bankVersion: number): string {
  const known = BANK_VERSIONS.current.bankVersion
  return bankVersion > known
    ? `This response was made with a newer CALMS Radar (question bank version ${bankVersion}; this app knows up to version ${known}): reload the page.`
    : `This response uses question bank version ${bankVersion}, which CALMS Radar never released.`
}

/** The schema cannot see the bank: unknown question ids and answers a question does not offer. */
export function checkAgainstBank(response: Response, bank: BankShape): string[] {
  if (response.bankVersion !== bank.bankVersion) {
    return [`bankVersion: ${response.bankVersion} does not match question bank version ${bank.bankVersion}`]
  }
  const questions = new Map(bank.questions.map((question) => [question.id, question]))
  return Object.entries(response.answers).flatMap(([id, answer]) => {
    const question = questions.get(id)
    if (question === undefined) {
      return [`answers.${shorten(id)}: not a question in question bank version ${bank.bankVersion}`]
    }
    if (answer === NOT_APPLICABLE && !question.allowNotApplicable) {
      return [`answers.${id}: "not applicable" is not one of the answers to this question`]
    }
    return []
  })
}

/** A response from a newer app may differ in shape too, so its version is named before anything else is checked. */
function findUnknownBankVersion(value: unknown, getBank: GetBank): string | undefined {
  if (!isRecord(value)) return undefined
  const version = value['bankVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return undefined
  return getBank(version) === undefined ? unknownBankVersionMessage(version) : undefined
}

function checkWithBank(response: Response, getBank: GetBank): string[] {
  const bank = getBank(response.bankVersion)
  return bank === undefined
    ? [unknownBankVersionMessage(response.bankVersion)]
    : checkAgainstBank(response, bank)
}

/** A response from outside (a decoded link, a backup entry), checked against the bank of its own version. */
export function parseResponse(value: unknown, getBank: GetBank): ParseResult<Response> {
  const unknownVersion = findUnknownBankVersion(value, getBank)
  if (unknownVersion !== undefined) return fail(unknownVersion)
  const parsed = ResponseSchema.safeParse(value)
  if (!parsed.success) return fail(...formatZodIssues(parsed.error))
  const errors = checkWithBank(parsed.data, getBank)
  return errors.length > 0 ? fail(...errors) : ok(parsed.data)
}

export const RESPONSE_FILE_FORMAT = 'calms-radar-response'
export const RESPONSE_FILE_VERSION = 1
/** A response file is about 2 kB; anything far bigger is not one, and is not worth parsing. */
export const MAX_RESPONSE_FILE_LENGTH = 100_000

export const ResponseFileSchema = z.strictObject({
  format: z.literal(RESPONSE_FILE_FORMAT),
  version: z.literal(RESPONSE_FILE_VERSION),
  app: z.optional(z.string().check(z.maxLength(100))),
  response: ResponseSchema,
})
export type ResponseFile = z.infer<typeof ResponseFileSchema>

export function serializeResponseFile(response: Response, appVersion: string): string {
  const file: ResponseFile = {
    format: RESPONSE_FILE_FORMAT,
    version: RESPONSE_FILE_VERSION,
    app: appVersion,
    response,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

const NOT_A_RESPONSE_FILE = 'Not a CALMS Radar response file:'

export function parseResponseFile(text: string, getBank: GetBank): ParseResult<Response> {
  if (text.length > MAX_RESPONSE_FILE_LENGTH) {
    return fail(
      `${NOT_A_RESPONSE_FILE} it is ${kilobytesOf(text)}, and a response file is about 2 kB. Choose the file CALMS Radar saved for you.`,
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail(
      `${NOT_A_RESPONSE_FILE} it is not valid JSON. Choose the .json file CALMS Radar saved for you.`,
    )
  }
  if (!isRecord(data)) return fail(`${NOT_A_RESPONSE_FILE} it does not hold a JSON object.`)
  const format = data['format']
  if (format === undefined) return fail(`${NOT_A_RESPONSE_FILE} the "format" field is missing.`)
  if (format !== RESPONSE_FILE_FORMAT) {
    const shown = typeof format === 'string' ? `"${shorten(format)}"` : 'not text'
    return fail(`${NOT_A_RESPONSE_FILE} the "format" field is ${shown}, not "${RESPONSE_FILE_FORMAT}".`)
  }
  const version = data['version']
  if (typeof version === 'number' && Number.isInteger(version) && version > RESPONSE_FILE_VERSION) {
    return fail(
      `This response file has file version ${version}, which this app does not know. Update the app to read it.`,
    )
  }
  const unknownVersion = findUnknownBankVersion(data['response'], getBank)
  if (unknownVersion !== undefined) return fail(unknownVersion)
  const parsed = ResponseFileSchema.safeParse(data)
  const errors = parsed.success ? checkWithBank(parsed.data.response, getBank) : formatZodIssues(parsed.error)
  if (!parsed.success || errors.length > 0) {
    return fail(
      'This response file could not be read: it may have been edited or damaged. Ask its sender to save it again.',
      ...errors,
    )
  }
  return ok(parsed.data.response)
}

import {
  DONT_KNOW,
  getAnswer,
  LEVELS,
  NOT_APPLICABLE,
  type PillarAnswer,
  type PillarAnswers,
} from '../bank/answers.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  type DoraAnswers,
} from '../dora/dora-metrics.ts'
import { fail, formatZodIssues, ok, shorten, type ParseResult } from '../common/parse-result.ts'
import type { BankShape, GetBank } from '../bank/question-bank-schema.ts'
import { z } from '../common/zod-setup.ts'
import {
  AliasSchema,
  checkAgainstBank,
  formatCreatedAt,
  LATEST_CREATED_AT,
  parseResponse,
  unknownBankVersionMessage,
  type Response,
} from './response.ts'
import { ROLES, type Role } from './profile.ts'
import { linkTo, textAfterSharedRoute } from '../routes/route-table.ts'

/*
 * A share code is one response in a URL fragment, short enough to paste into a chat:
 *
 *   <format>.<check>.<bankVersion>.<answers>.<dora>.<createdAt>[.<role>[.<alias>]]
 *
 * format     "1"; a decoder refuses formats it does not know rather than guess at them.
 * check      two base64url characters over the code without this part (see checkOf), so a link cut short or
 *            mistyped is refused instead of read as a different response.
 * bankVersion the question bank version, in decimal.
 * answers    3 bits per question in the bank's question order (0-4 the level, 5 don't know, 6 not applicable,
 *            7 unanswered), two questions per base64url character (first question in the high bits); with an odd
 *            number of questions the low bits of the last character are 0.
 * dora       one character per metric in DORA_METRICS order: the band index 0-9 (0 = best), "x" don't know,
 *            "-" unanswered.
 * createdAt  whole seconds since 1970 (UTC) in base 36.
 * role       one letter (see ROLE_CODES); empty when only an alias is given.
 * alias      UTF-8 bytes in base64url: 4 characters per 3 bytes even for emoji, Hebrew or Chinese, where
 *            percent-encoding needs 9 per 3 bytes and uses "%", which is outside the URL-safe alphabet.
 *
 * Only A-Z a-z 0-9 - _ . appear, and never "." last, which chat apps would cut off as punctuation.
 */

export const SHARE_CODE_FORMAT = 1
export const MAX_SHARE_CODE_LENGTH = 400

const SEPARATOR = '.'
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const URL_SAFE_RUN = /^[A-Za-z0-9._~-]+/
const NUMBER = /^[1-9][0-9]{0,5}$/
const BASE36_SECONDS = /^(0|[1-9a-z][0-9a-z]{0,7})$/

const DONT_KNOW_VALUE = 5
const NOT_APPLICABLE_VALUE = 6
const UNANSWERED_VALUE = 7

const DORA_DONT_KNOW_CODE = 'x'
const DORA_UNANSWERED_CODE = '-'

/** Letters rather than positions in ROLES, so reordering the role list cannot change old links' meaning. */
const ROLE_CODES: Record<Role, string> = {
  developer: 'd',
  operations: 'o',
  qa: 'q',
  product: 'p',
  manager: 'm',
  other: 'x',
}

const CHECK_PART = 1
const MIN_PARTS = 6
const MAX_PARTS = 8

const DAMAGED = 'This link is damaged or cut off. Copy the whole link again, or ask the sender for a new one.'

function answerToValue(answer: PillarAnswer | undefined): number {
  if (answer === undefined) return UNANSWERED_VALUE
  if (answer === DONT_KNOW) return DONT_KNOW_VALUE
  if (answer === NOT_APPLICABLE) return NOT_APPLICABLE_VALUE
  return answer
}

function valueToAnswer(value: number): PillarAnswer | undefined {
  if (value === DONT_KNOW_VALUE) return DONT_KNOW
  if (value === NOT_APPLICABLE_VALUE) return NOT_APPLICABLE
  return LEVELS[value]
}

function bytesToBase64Url(bytes: Uint8Array): string {
  let text = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 6) {
      bits -= 6
      text += BASE64URL.charAt((buffer >> bits) & 63)
    }
    buffer &= (1 << bits) - 1
  }
  return bits > 0 ? text + BASE64URL.charAt((buffer << (6 - bits)) & 63) : text
}

/** Strict: one text per byte sequence, so unused trailing bits must be 0. */
function base64UrlToBytes(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of text) {
    const digit = BASE64URL.indexOf(char)
    if (digit === -1) return undefined
    buffer = (buffer << 6) | digit
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
      buffer &= (1 << bits) - 1
    }
  }
  return buffer === 0 ? Uint8Array.from(bytes) : undefined
}

/**
 * The low 12 bits of FNV-1a over the characters. Each step maps those 12 bits one-to-one for a given character, so
 * changing any one character of a code always changes the check; other damage gets through 1 time in 4096.
 */
function checkOf(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  }
  return BASE64URL.charAt((hash >>> 6) & 63) + BASE64URL.charAt(hash & 63)
}

function encodeAnswers(answers: PillarAnswers, bank: BankShape): string {
  const values = bank.questions.map((question) => answerToValue(getAnswer(answers, question.id)))
  let text = ''
  for (let index = 0; index < values.length; index += 2) {
    text += BASE64URL.charAt((values[index] ?? 0) * 8 + (values[index + 1] ?? 0))
  }
  return text
}

function decodeAnswers(text: string, bank: BankShape, errors: string[]): PillarAnswers {
  const count = bank.questions.length
  const expected = Math.ceil(count / 2)
  if (text.length !== expected) {
    errors.push(
      `answers: ${text.length} characters, but the ${count} questions of question bank version ${bank.bankVersion} need ${expected}`,
    )
    return {}
  }
  const digits = Array.from({ length: text.length }, (_, index) => BASE64URL.indexOf(text.charAt(index)))
  if (digits.includes(-1)) {
    errors.push('answers: only letters, digits, "-" and "_" can appear here')
    return {}
  }
  if (count % 2 === 1 && (digits.at(-1) ?? 0) % 8 !== 0) {
    errors.push('answers: the last character holds an answer past the last question')
  }
  const answers: PillarAnswers = {}
  bank.questions.forEach((question, index) => {
    const digit = digits[index >> 1] ?? 0
    const answer = valueToAnswer(index % 2 === 0 ? digit >> 3 : digit & 7)
    if (answer !== undefined) answers[question.id] = answer
  })
  return answers
}

function encodeDora(dora: DoraAnswers): string {
  return DORA_METRICS.map((metric) => {
    const answer = dora[metric]
    if (answer === undefined) return DORA_UNANSWERED_CODE
    if (answer === DORA_DONT_KNOW) return DORA_DONT_KNOW_CODE
    return String(DORA_METRIC_DEFINITIONS[metric].bands.findIndex((band) => band.id === answer))
  }).join('')
}

function decodeDora(text: string, errors: string[]): DoraAnswers {
  if (text.length !== DORA_METRICS.length) {
    errors.push(`DORA answers: ${text.length} characters, but there are ${DORA_METRICS.length} metrics`)
    return {}
  }
  const dora: DoraAnswers = {}
  DORA_METRICS.forEach((metric, index) => {
    const code = text.charAt(index)
    if (code === DORA_UNANSWERED_CODE) return
    if (code === DORA_DONT_KNOW_CODE) {
      dora[metric] = DORA_DONT_KNOW
      return
    }
    const definition = DORA_METRIC_DEFINITIONS[metric]
    const band = /^[0-9]$/.test(code) ? definition.bands[Number(code)] : undefined
    if (band === undefined) errors.push(`DORA answers: "${code}" is not an answer to ${definition.label}`)
    else dora[metric] = band.id
  })
  return dora
}

function decodeCreatedAt(text: string, errors: string[]): string {
  const seconds = BASE36_SECONDS.test(text) ? parseInt(text, 36) : undefined
  if (seconds === undefined || seconds * 1000 > LATEST_CREATED_AT) {
    errors.push('time of the answers: not a valid time')
    return ''
  }
  return formatCreatedAt(new Date(seconds * 1000))
}

function decodeRole(text: string, errors: string[]): Role | undefined {
  if (text === '') return undefined
  const role = ROLES.find((candidate) => ROLE_CODES[candidate] === text)
  if (role === undefined) errors.push(`role: "${shorten(text, 10)}" is not one of the roles`)
  return role
}

function decodeAlias(text: string, errors: string[]): string | undefined {
  const bytes = base64UrlToBytes(text)
  try {
    if (bytes !== undefined && bytes.length > 0)
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Not UTF-8: reported below like any other unreadable alias.
  }
  errors.push('alias: not readable text')
  return undefined
}

/**
 * The response must fit the bank (the questionnaire and the parsers only make such responses); anything else is
 * a programming error and throws, because a link that cannot be opened again must not be handed out.
 */
export function encodeShareCode(response: Response, bank: BankShape): string {
  const checked = parseResponse(response, (version) => (version === bank.bankVersion ? bank : undefined))
  if (!checked.ok) {
    throw new Error(
      `Cannot share a response that does not fit its question bank: ${checked.errors.join(' ')}`,
    )
  }
  const { value } = checked
  const parts = [
    String(SHARE_CODE_FORMAT),
    String(value.bankVersion),
    encodeAnswers(value.answers, bank),
    encodeDora(value.dora),
    Math.floor(Date.parse(value.createdAt) / 1000).toString(36),
  ]
  if (value.role !== undefined || value.alias !== undefined) {
    parts.push(value.role === undefined ? '' : ROLE_CODES[value.role])
  }
  if (value.alias !== undefined) parts.push(bytesToBase64Url(new TextEncoder().encode(value.alias)))
  parts.splice(CHECK_PART, 0, checkOf(parts.join(SEPARATOR)))
  return parts.join(SEPARATOR)
}

function decode(code: string, getBank: GetBank): ParseResult<Response> {
  if (code.length > MAX_SHARE_CODE_LENGTH) {
    return fail(
      `This share code is ${code.length} characters long, and a CALMS Radar code has at most ${MAX_SHARE_CODE_LENGTH}. Paste only the link.`,
    )
  }
  if (code === '') return fail('The share code is empty. Paste the whole link.')
  const stray = /[^A-Za-z0-9._~-]/u.exec(code)
  if (stray !== null) {
    return fail(
      `This is not a CALMS Radar share code: it contains ${JSON.stringify(stray[0])}, and a code has only letters, digits and - _ . ~`,
    )
  }
  const parts = code.split(SEPARATOR)
  const [format = ''] = parts
  if (format !== String(SHARE_CODE_FORMAT)) {
    return NUMBER.test(format)
      ? fail(
          `This link was made by a newer CALMS Radar (share-code format ${format}). Update the app, or ask the sender for their response file.`,
        )
      : fail(
          'This is not a CALMS Radar share code: it does not start with a format number. Paste the whole link.',
        )
  }
  if (parts.length < MIN_PARTS || parts.length > MAX_PARTS) {
    return fail(
      DAMAGED,
      `The code has ${parts.length} parts separated by ".", and a CALMS Radar code has ${MIN_PARTS} to ${MAX_PARTS}.`,
    )
  }
  const [check] = parts.splice(CHECK_PART, 1)
  if (check !== checkOf(parts.join(SEPARATOR))) {
    return fail(DAMAGED, 'Some characters are missing or changed: the check part does not match the rest.')
  }
  const [, version = '', answers = '', dora = '', createdAt = '', role = '', alias] = parts
  if (!NUMBER.test(version)) return fail(DAMAGED, 'question bank version: not a number')
  const bankVersion = Number(version)
  const bank = getBank(bankVersion)
  if (bank === undefined) return fail(unknownBankVersionMessage(bankVersion))

  const errors: string[] = []
  const decodedRole = decodeRole(role, errors)
  const decodedAlias = alias === undefined ? undefined : decodeAlias(alias, errors)
  const response = {
    bankVersion,
    answers: decodeAnswers(answers, bank, errors),
    dora: decodeDora(dora, errors),
    createdAt: decodeCreatedAt(createdAt, errors),
    ...(decodedRole === undefined ? {} : { role: decodedRole }),
    ...(decodedAlias === undefined ? {} : { alias: decodedAlias }),
  }
  if (errors.length > 0) return fail(DAMAGED, ...errors)
  // Read by position, every other part can only hold what the bank and the DORA bands offer, so the whole response
  // need not go through ResponseSchema again (a zod union per answer, the most of pasting 50 codes): what a position
  // cannot tell is checked here, the alias's text and which questions take "not applicable".
  const read = DecodedAliasSchema.safeParse({ alias: response.alias })
  if (!read.success) return fail(DAMAGED, ...formatZodIssues(read.error))
  const checked = { ...response, ...(read.data.alias === undefined ? {} : { alias: read.data.alias }) }
  const misfits = checkAgainstBank(checked, bank)
  return misfits.length > 0 ? fail(DAMAGED, ...misfits) : ok(checked)
}

const DecodedAliasSchema = z.object({ alias: z.optional(AliasSchema) })

export function decodeShareCode(code: string, getBank: GetBank): ParseResult<Response> {
  try {
    return decode(code, getBank)
  } catch {
    // Nothing above is known to throw; this keeps a future slip from taking the page down on a pasted link.
    return fail(DAMAGED)
  }
}

/** Any fragment already on the base URL (the page's own route) is replaced by the share route. */
export function buildShareLink(baseUrl: string, code: string): string {
  return linkTo(baseUrl, { name: 'shared', code })
}

/**
 * Finds the code in what a person pasted: a link (possibly inside a sentence), or a bare code.
 * Returns undefined when nothing looks like one; whether it decodes is decodeShareCode's question.
 */
export function extractShareCode(input: string): string | undefined {
  const words = input.split(/\s+/).filter((word) => word !== '')
  const [only] = words
  const afterLink = words.map((word) => textAfterSharedRoute(word)).find((text) => text !== undefined)
  let candidate: string | undefined
  if (afterLink !== undefined) {
    // Markdown and chat wrap links in brackets or quotes: the code ends where the URL-safe characters end.
    candidate = URL_SAFE_RUN.exec(afterLink)?.[0]
  } else if (words.length === 1 && only !== undefined && URL_SAFE_RUN.exec(only)?.[0] === only) {
    candidate = only
  }
  // A sentence may end right after the link; a code itself never ends with ".".
  const code = candidate?.replace(/\.+$/, '')
  return code === '' ? undefined : code
}

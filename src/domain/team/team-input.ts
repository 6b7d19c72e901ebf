import { fail, shorten, type ParseResult } from '../common/parse-result.ts'
import { formatCount } from '../common/format-count.ts'
import { plural } from '../common/plural.ts'
import { megabytes } from '../common/file-size.ts'
import type { GetBank } from '../bank/question-bank-schema.ts'
import { parseResponseFile, type Response } from '../formats/response.ts'
import { decodeShareCode, extractShareCode } from '../formats/share-code.ts'
import { textAfterSharedRoute } from '../routes/route-table.ts'
import { describeTeamSizeLimit } from './team-membership.ts'

/** What a facilitator added in one go: every good response, and one readable line per entry that failed. */
export interface TeamInput {
  responses: Response[]
  problems: string[]
}

export const MAX_PASTE_LENGTH = 1_000_000
export const MAX_FILE_BYTES = 2 * 1024 * 1024

/*
 * A bare code starts with its format number and a dot, and has at least three dot-separated parts (see
 * share-code.ts). A chat line such as "thanks!", "ok" or "v1.2" does not look like one.
 */
const CODE_LIKE = /^[0-9]+\.[A-Za-z0-9_~-]*\.[A-Za-z0-9._~-]*$/

/** A line that holds a share link, or is nothing but something shaped like a bare code. */
function looksLikeResponse(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => word !== '')
  if (words.some((word) => textAfterSharedRoute(word) !== undefined)) return true
  const [only] = words
  return words.length === 1 && only !== undefined && CODE_LIKE.test(only)
}

/**
 * Reads pasted share links or codes, one per line, as a whole chat thread pasted at once: a line with no share link
 * and no code (a greeting, a name, a link to somewhere else) is skipped without comment. A line that holds a link
 * or code that cannot be read is reported by its number and never blocks the good ones.
 */
export function parsePastedResponses(text: string, getBank: GetBank): TeamInput {
  if (text.length > MAX_PASTE_LENGTH) {
    return {
      responses: [],
      problems: [
        `The pasted text is ${formatCount(text.length)} characters; at most ` +
          `${formatCount(MAX_PASTE_LENGTH)} are read at once. Paste fewer links at a time.`,
      ],
    }
  }
  const responses: Response[] = []
  const problems: string[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (!looksLikeResponse(line)) return
    const code = extractShareCode(line)
    const result: ParseResult<Response> =
      code === undefined
        ? fail(`"${shorten(line.trim())}" is not a CALMS Radar share link or code.`)
        : decodeShareCode(code, getBank)
    if (result.ok) responses.push(result.value)
    else problems.push(`Line ${index + 1}: ${result.errors.join(' ')}`)
  })
  return { responses, problems }
}

export interface NamedText {
  name: string
  size: number
  text: string
}

/** Reads response files; a file that is too big or unreadable is named with what is wrong. */
export function parseResponseFiles(files: readonly NamedText[], getBank: GetBank): TeamInput {
  const responses: Response[] = []
  const problems: string[] = []
  for (const file of files) {
    const result =
      file.size > MAX_FILE_BYTES
        ? fail(
            `it is ${(file.size / 1024 / 1024).toFixed(1)} MB; response files are at most ${megabytes(MAX_FILE_BYTES)}.`,
          )
        : parseResponseFile(file.text, getBank)
    if (result.ok) responses.push(result.value)
    else problems.push(`${shorten(file.name, 60)}: ${result.errors.join(' ')}`)
  }
  return { responses, problems }
}

/** What adding responses to the team view came to: the counts the store reports and the entries that failed. */
export interface AdditionReport {
  added: number
  duplicates: number
  refusedOverLimit: number
  problems: readonly string[]
}

/**
 * The outcome in one line, e.g. "6 added, 1 duplicate ignored", so a facilitator who pasted a whole thread sees at
 * a glance whether everyone is in. Problems, if any, are listed after it.
 */
export function describeAddition(report: AdditionReport): string {
  const { added, duplicates, refusedOverLimit, problems } = report
  if (added + duplicates + refusedOverLimit + problems.length === 0) {
    return 'No share links or codes found: paste the lines that hold them, one per line.'
  }
  const parts = [`${added} added`]
  if (duplicates > 0) parts.push(`${plural(duplicates, 'duplicate', 'duplicates')} ignored`)
  if (refusedOverLimit > 0) parts.push(`${refusedOverLimit} did not fit (${describeTeamSizeLimit()})`)
  if (problems.length > 0) parts.push(`${problems.length} could not be read`)
  return `${parts.join(', ')}${problems.length > 0 ? ':' : '.'}`
}

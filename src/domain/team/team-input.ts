import { fail, shorten, type ParseResult } from '../common/parse-result.ts'
import { parseResponseFile, type GetBank, type Response } from '../formats/response.ts'
import { decodeShareCode, extractShareCode } from '../formats/share-code.ts'

/** What a facilitator added in one go: every good response, and one readable line per entry that failed. */
export interface TeamInput {
  responses: Response[]
  problems: string[]
}

export const MAX_PASTE_LENGTH = 1_000_000
export const MAX_FILE_BYTES = 2 * 1024 * 1024

/**
 * Reads pasted share links or codes, one per line. Blank lines are skipped; a bad line is reported by its number
 * and never blocks the good ones.
 */
export function parsePastedResponses(text: string, getBank: GetBank): TeamInput {
  if (text.length > MAX_PASTE_LENGTH) {
    return {
      responses: [],
      problems: [
        `The pasted text is ${text.length.toLocaleString('en')} characters; at most ` +
          `${MAX_PASTE_LENGTH.toLocaleString('en')} are read at once. Paste fewer links at a time.`,
      ],
    }
  }
  const responses: Response[] = []
  const problems: string[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return
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
        ? fail(`it is ${(file.size / 1024 / 1024).toFixed(1)} MB; response files are at most 2 MB.`)
        : parseResponseFile(file.text, getBank)
    if (result.ok) responses.push(result.value)
    else problems.push(`${shorten(file.name, 60)}: ${result.errors.join(' ')}`)
  }
  return { responses, problems }
}

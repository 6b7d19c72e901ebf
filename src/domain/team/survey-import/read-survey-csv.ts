import Papa from 'papaparse'
import { fail, ok, type ParseResult } from '../../common/parse-result.ts'
import { megabytes } from '../../common/file-size.ts'
import { formatCount } from '../../common/format-count.ts'
import { MAX_TEAM_RESPONSES } from '../team-membership.ts'

/*
 * Reads the CSV export of a generic form tool (Google Forms, Microsoft Forms, LimeSurvey, a spreadsheet): one row
 * per person, one column per question, maybe timestamp, name and role columns. Reading happens in three steps so a
 * person can correct the middle one: parse the file into a table (here), suggest which column is which
 * (column-mapping.ts), then read the rows with the (corrected) mapping (survey-rows.ts).
 */

export const MAX_SURVEY_BYTES = 2 * 1024 * 1024
/** The bank has 40 questions; a form with far more columns is not this survey, and each column gets a select. */
export const MAX_SURVEY_COLUMNS = 300

export interface SurveyRow {
  /** The row as a spreadsheet numbers it: the header is row 1, so the first person is row 2. */
  number: number
  cells: string[]
}

export interface SurveyTable {
  headers: string[]
  rows: SurveyRow[]
}

const NOT_A_SURVEY = 'This file cannot be read as a survey export:'

/** The one reader of a survey file. `size` is the file's size in bytes, checked before anything is parsed. */
export function parseSurveyCsv(file: { size: number; text: string }): ParseResult<SurveyTable> {
  if (file.size > MAX_SURVEY_BYTES || file.text.length > MAX_SURVEY_BYTES) {
    const size = (Math.max(file.size, file.text.length) / 1024 / 1024).toFixed(1)
    return fail(
      `${NOT_A_SURVEY} it is ${size} MB, and a survey export is read up to ${megabytes(MAX_SURVEY_BYTES)}.`,
    )
  }
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text
  // The separator is guessed without blank lines, which would make every candidate look inconsistent; the file
  // is then read with its blank lines, skipped below, so row numbers match what the spreadsheet shows.
  const { delimiter } = Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: 'greedy' }).meta
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false })
  const broken = parsed.errors.filter((error) => error.type === 'Quotes')
  if (broken.length > 0) {
    return fail(
      ...broken.map(
        (error) =>
          `${NOT_A_SURVEY} row ${(error.row ?? 0) + 1}: a quoted cell is not closed properly, so everything after it would be misread.`,
      ),
    )
  }
  const records = parsed.data.map((cells, index) => ({ number: index + 1, cells }))
  const filled = records.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
  const [head, ...rows] = filled
  if (head === undefined) return fail(`${NOT_A_SURVEY} it is empty.`)
  if (head.cells.length > MAX_SURVEY_COLUMNS) {
    return fail(
      `${NOT_A_SURVEY} its first row has ${head.cells.length} columns; a survey of this app has about 45, and at most ${MAX_SURVEY_COLUMNS} are read.`,
    )
  }
  if (rows.length === 0) {
    return fail(`${NOT_A_SURVEY} it has a header row but no rows of answers below it.`)
  }
  // More rows than a team view holds could never all be added, and reading them again on every change of the
  // mapping would freeze the page.
  if (rows.length > MAX_TEAM_RESPONSES) {
    return fail(
      `${NOT_A_SURVEY} it has ${formatCount(rows.length)} rows of answers, and a team view holds at most ` +
        `${formatCount(MAX_TEAM_RESPONSES)} responses. Split it into smaller files.`,
    )
  }
  const headers = head.cells.map((cell) => cell.trim())
  // Not Math.max(...rows): a 2 MB file can hold a million rows, too many arguments for one call.
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), headers.length)
  // A row longer than the header has cells no column names; they get columns of their own, mapped to "ignore".
  while (headers.length < width && headers.length < MAX_SURVEY_COLUMNS) headers.push('')
  return ok({ headers, rows: rows.map((row) => ({ number: row.number, cells: row.cells })) })
}

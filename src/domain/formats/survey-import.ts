import Papa from 'papaparse'
import { DONT_KNOW, LEVELS, NOT_APPLICABLE, type PillarAnswer, type PillarAnswers } from '../bank/answers.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  isDoraMetric,
  type DoraAnswers,
  type DoraMetric,
} from '../dora/dora-metrics.ts'
import { fail, ok, shorten, type ParseResult } from '../common/parse-result.ts'
import type { Question, QuestionBank } from '../bank/question-bank-schema.ts'
import {
  AliasSchema,
  formatCreatedAt,
  LATEST_CREATED_AT,
  ROLE_LABELS,
  ROLES,
  type Response,
  type Role,
} from './response.ts'
import { MAX_TEAM_RESPONSES } from '../team/team-aggregation.ts'

/*
 * Reads the CSV export of a generic form tool (Google Forms, Microsoft Forms, LimeSurvey, a spreadsheet): one row
 * per person, one column per question, maybe timestamp, name and role columns. Reading happens in three steps so a
 * person can correct the middle one: parse the file into a table, suggest which column is which, then read the
 * rows with the (corrected) mapping.
 */

export const MAX_SURVEY_BYTES = 2 * 1024 * 1024
/** The bank has 40 questions; a form with far more columns is not this survey, and each column gets a select. */
export const MAX_SURVEY_COLUMNS = 300
/** A person reads these lines; hostile or mismapped files can make thousands. */
export const MAX_SURVEY_PROBLEMS = 100

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
    const megabytes = (Math.max(file.size, file.text.length) / 1024 / 1024).toFixed(1)
    return fail(`${NOT_A_SURVEY} it is ${megabytes} MB, and a survey export is read up to 2 MB.`)
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
      `${NOT_A_SURVEY} it has ${rows.length.toLocaleString('en')} rows of answers, and a team view holds at most ` +
        `${MAX_TEAM_RESPONSES.toLocaleString('en')} responses. Split it into smaller files.`,
    )
  }
  const headers = head.cells.map((cell) => cell.trim())
  // Not Math.max(...rows): a 2 MB file can hold a million rows, too many arguments for one call.
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), headers.length)
  // A row longer than the header has cells no column names; they get columns of their own, mapped to "ignore".
  while (headers.length < width && headers.length < MAX_SURVEY_COLUMNS) headers.push('')
  return ok({ headers, rows: rows.map((row) => ({ number: row.number, cells: row.cells })) })
}

/**
 * Case, accents written as separate marks, whitespace and punctuation do not matter: "Don't know", "dont-know"
 * and "DON’T  KNOW" all read "dont know". Apostrophes vanish rather than split words.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export type ColumnTarget =
  | { kind: 'ignore' }
  | { kind: 'alias' }
  | { kind: 'role' }
  | { kind: 'timestamp' }
  | { kind: 'question'; questionId: string }
  | { kind: 'dora'; metric: DoraMetric }

/**
 * Digits in answer cells: a form's linear scale numbers the options 1 to 5 (1 = least mature); levels 0 to 4 are
 * this app's own values. "1" to "4" fit both, so the whole file is read one way.
 */
export type NumberScale = 'options-1-5' | 'levels-0-4'

export interface SurveyMapping {
  columns: ColumnTarget[]
  numberScale: NumberScale
}

/** A stable text for a target: the value of its select option and the key for finding duplicates. */
export function targetKey(target: ColumnTarget): string {
  switch (target.kind) {
    case 'question':
      return `question:${target.questionId}`
    case 'dora':
      return `dora:${target.metric}`
    default:
      return target.kind
  }
}

/** Reads a select's value back; anything unknown is "ignore". */
export function targetFromKey(key: string, bank: QuestionBank): ColumnTarget {
  if (key === 'alias' || key === 'role' || key === 'timestamp') return { kind: key }
  if (key.startsWith('question:')) {
    const questionId = key.slice('question:'.length)
    if (bank.questions.some((question) => question.id === questionId)) return { kind: 'question', questionId }
  }
  if (key.startsWith('dora:')) {
    const metric = key.slice('dora:'.length)
    if (isDoraMetric(metric)) return { kind: 'dora', metric }
  }
  return { kind: 'ignore' }
}

export function describeTarget(target: ColumnTarget, bank: QuestionBank): string {
  switch (target.kind) {
    case 'ignore':
      return 'Ignore'
    case 'alias':
      return 'Name or alias'
    case 'role':
      return 'Role'
    case 'timestamp':
      return 'Timestamp'
    case 'question':
      return `Question: ${bank.questions.find((question) => question.id === target.questionId)?.text ?? target.questionId}`
    case 'dora':
      return `DORA: ${DORA_METRIC_DEFINITIONS[target.metric].label}`
  }
}

const ALIAS_HEADERS = new Set([
  'name',
  'alias',
  'your name',
  'name or alias',
  'nickname',
  'respondent',
  'full name',
])
const ROLE_HEADERS = new Set(['role', 'your role', 'job role', 'team role'])
const TIMESTAMP_HEADERS = new Set([
  'timestamp',
  'time',
  'date',
  'submitted',
  'submitted at',
  'submission date',
  'date submitted',
  'created',
  'created at',
  'createdat',
  'start time',
  'completion time',
  'end time',
])

/** Whole words: "q1 when your service breaks at 3 am who gets paged" contains the question, "paged2" does not. */
const containsWords = (haystack: string, needle: string): boolean =>
  needle !== '' && ` ${haystack} `.includes(` ${needle} `)

function guessTarget(header: string, bank: QuestionBank): ColumnTarget {
  const name = normaliseText(header)
  if (name === '') return { kind: 'ignore' }
  const exact = bank.questions.find(
    (question) => normaliseText(question.id) === name || normaliseText(question.text) === name,
  )
  if (exact !== undefined) return { kind: 'question', questionId: exact.id }
  const exactMetric = DORA_METRICS.find((metric) => {
    const definition = DORA_METRIC_DEFINITIONS[metric]
    return [metric, definition.label, definition.question].some((text) => normaliseText(text) === name)
  })
  if (exactMetric !== undefined) return { kind: 'dora', metric: exactMetric }
  if (ALIAS_HEADERS.has(name)) return { kind: 'alias' }
  if (ROLE_HEADERS.has(name)) return { kind: 'role' }
  if (TIMESTAMP_HEADERS.has(name)) return { kind: 'timestamp' }
  // A header that holds a question's text or id among other words ("3. When ... paged? [Culture]"); the longest
  // match wins, so a question whose text lies inside another's never takes its column.
  const candidates: { target: ColumnTarget; length: number }[] = [
    ...bank.questions.flatMap((question) =>
      [question.text, question.id]
        .map(normaliseText)
        .filter((text) => containsWords(name, text))
        .map((text) => ({
          target: { kind: 'question', questionId: question.id } as const,
          length: text.length,
        })),
    ),
    ...DORA_METRICS.flatMap((metric) => {
      const text = normaliseText(DORA_METRIC_DEFINITIONS[metric].question)
      return containsWords(name, text)
        ? [{ target: { kind: 'dora', metric } as const, length: text.length }]
        : []
    }),
  ]
  const best = candidates.sort((a, b) => b.length - a.length)[0]
  return best?.target ?? { kind: 'ignore' }
}

/**
 * A first mapping for a person to check: by question id or text, by the names form tools give the other columns.
 * Each target goes to its first column only, so the suggestion itself never maps two columns to one question.
 */
export function suggestMapping(table: SurveyTable, bank: QuestionBank): SurveyMapping {
  const taken = new Set<string>()
  const columns = table.headers.map((header): ColumnTarget => {
    const target = guessTarget(header, bank)
    const key = targetKey(target)
    if (target.kind === 'ignore' || taken.has(key)) return { kind: 'ignore' }
    taken.add(key)
    return target
  })
  // Only this app's own values use 0, so a 0 in any answer column means digits are levels.
  const questionColumns = columns.flatMap((target, index) => (target.kind === 'question' ? [index] : []))
  const hasZero = table.rows.some((row) => questionColumns.some((index) => row.cells[index]?.trim() === '0'))
  return { columns, numberScale: hasZero ? 'levels-0-4' : 'options-1-5' }
}

const DONT_KNOW_TEXTS = new Set(['dont know', 'do not know', 'i dont know'])
const NOT_APPLICABLE_TEXTS = new Set(['not applicable', 'n a', 'na', 'does not apply'])
// A Map, not an object: a cell reading "constructor" must not find Object.prototype's.
const ROLE_SYNONYMS = new Map<string, Role>([
  ['dev', 'developer'],
  ['ops', 'operations'],
  ['tester', 'qa'],
])

type CellResult<T> = { value?: T; problem?: string }

function readQuestionCell(text: string, question: Question, scale: NumberScale): CellResult<PillarAnswer> {
  if (/^[0-9]+$/.test(text)) {
    const number = Number(text)
    const level = LEVELS[scale === 'options-1-5' ? number - 1 : number]
    if (level !== undefined) return { value: level }
    const range = scale === 'options-1-5' ? 'numbers mean options 1 to 5' : 'numbers mean levels 0 to 4'
    return { problem: `"${shorten(text)}" is not one of the answers (${range})` }
  }
  const name = normaliseText(text)
  if (DONT_KNOW_TEXTS.has(name)) return { value: DONT_KNOW }
  if (NOT_APPLICABLE_TEXTS.has(name)) {
    return question.allowNotApplicable
      ? { value: NOT_APPLICABLE }
      : { problem: `"${shorten(text)}" is not one of the answers: this question has no "Not applicable"` }
  }
  const level = LEVELS[question.options.findIndex((option) => normaliseText(option) === name)]
  return level === undefined ? { problem: `"${shorten(text)}" is not one of the answers` } : { value: level }
}

function readDoraCell(text: string, metric: DoraMetric): CellResult<string> {
  const name = normaliseText(text)
  if (DONT_KNOW_TEXTS.has(name)) return { value: DORA_DONT_KNOW }
  const definition = DORA_METRIC_DEFINITIONS[metric]
  const band = definition.bands.find((candidate) =>
    [candidate.id, candidate.label].some((known) => normaliseText(known) === name),
  )
  return band === undefined
    ? { problem: `"${shorten(text)}" is not one of the answers for ${definition.label.toLowerCase()}` }
    : { value: band.id }
}

function readRoleCell(text: string): CellResult<Role> {
  const name = normaliseText(text)
  const role =
    ROLES.find(
      (candidate) => normaliseText(candidate) === name || normaliseText(ROLE_LABELS[candidate]) === name,
    ) ?? ROLE_SYNONYMS.get(name)
  return role === undefined
    ? {
        problem: `"${shorten(text)}" is not one of the roles (${ROLES.map((r) => ROLE_LABELS[r]).join(', ')})`,
      }
    : { value: role }
}

function readAliasCell(text: string): CellResult<string> {
  const parsed = AliasSchema.safeParse(text)
  return parsed.success
    ? { value: parsed.data }
    : {
        problem: `"${shorten(text)}" cannot be a name: it ${parsed.error.issues[0]?.message ?? 'is not valid'}`,
      }
}

const TIMESTAMP =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm)?)?\s*(z|utc|gmt|(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?)?$/i

/**
 * Year-first timestamps as ISO 8601 and most form tools write them ("2025-01-31T09:30:00Z", "2025/01/31 9:30:00
 * PM GMT+1", "2025-01-31 09:30"); without a zone they are read as UTC. Day-first and month-first dates are
 * ambiguous ("03/04/2025") and are not read.
 */
export function parseTimestamp(text: string): Date | undefined {
  const match = TIMESTAMP.exec(text.trim())
  if (match === null) return undefined
  const [, year, month, day, hourText, minute, second, half, , sign, offsetHours, offsetMinutes] = match
  let hour = Number(hourText ?? 0)
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (half.toLowerCase() === 'pm' ? 12 : 0)
  }
  const parts = [Number(year), Number(month) - 1, Number(day), hour, Number(minute ?? 0), Number(second ?? 0)]
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = parts
  if (mo > 11 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined
  const offset =
    sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0))
  const time = Date.UTC(y, mo, d, h, mi, s) - offset * 60_000
  // Date.UTC rolls 31 February into March; a date that does not round-trip did not exist.
  if (new Date(Date.UTC(y, mo, d)).getUTCDate() !== d) return undefined
  return time >= 0 && time <= LATEST_CREATED_AT ? new Date(time) : undefined
}

export interface SurveyImportResult {
  responses: Response[]
  /** One line per cell, row or mapping choice that kept a row out, e.g. `row 7, column "Q3": ...`. */
  problems: string[]
  /** Facts worth knowing that kept nothing out. */
  notes: string[]
  /** Rows with any content below the header. */
  rowsRead: number
  /** Rows left out because of a problem. */
  rowsSkipped: number
}

const columnName = (headers: readonly string[], index: number): string => {
  const header = headers[index] ?? ''
  return header === '' ? `column ${index + 1}` : `column "${shorten(header, 60)}"`
}

function checkMapping(table: SurveyTable, mapping: SurveyMapping, bank: QuestionBank): string[] {
  const byTarget = new Map<string, number[]>()
  mapping.columns.forEach((target, index) => {
    if (target.kind === 'ignore') return
    const key = targetKey(target)
    byTarget.set(key, [...(byTarget.get(key) ?? []), index])
  })
  const problems = [...byTarget.values()].flatMap((indexes) => {
    const [first] = indexes
    if (indexes.length < 2 || first === undefined) return []
    const target = describeTarget(mapping.columns[first] ?? { kind: 'ignore' }, bank)
    const names = indexes.map((index) => columnName(table.headers, index))
    return [
      `${names.join(', ')} are all mapped to ${shorten(target, 80)}: keep one and set the others to Ignore.`,
    ]
  })
  const answers = mapping.columns.some((target) => target.kind === 'question' || target.kind === 'dora')
  if (!answers)
    problems.push('No column is mapped to a question or a DORA outcome, so there are no answers to read.')
  return problems
}

function capProblems(problems: string[]): string[] {
  if (problems.length <= MAX_SURVEY_PROBLEMS) return problems
  const shown = problems.slice(0, MAX_SURVEY_PROBLEMS - 1)
  return [...shown, `…and ${problems.length - shown.length} more problems.`]
}

/**
 * Reads every row with the mapping. A row with any unreadable cell is left out whole, and each such cell is
 * named, so a person fixes the file or the mapping instead of getting half a response. A row's time comes from
 * its timestamp column when that can be read, else from `importedAt` plus one second per row, which keeps rows
 * with equal answers apart.
 */
export function readSurveyResponses(
  table: SurveyTable,
  mapping: SurveyMapping,
  bank: QuestionBank,
  importedAt: Date,
): SurveyImportResult {
  const mappingProblems = checkMapping(table, mapping, bank)
  if (mappingProblems.length > 0) {
    return {
      responses: [],
      problems: mappingProblems,
      notes: [],
      rowsRead: table.rows.length,
      rowsSkipped: 0,
    }
  }
  const questions = new Map(bank.questions.map((question) => [question.id, question]))
  const hasTimestamp = mapping.columns.some((target) => target.kind === 'timestamp')
  const responses: Response[] = []
  const problems: string[] = []
  let rowsSkipped = 0
  let untimed = 0

  table.rows.forEach((row, rowIndex) => {
    const answers: PillarAnswers = {}
    const dora: DoraAnswers = {}
    let alias: string | undefined
    let role: Role | undefined
    let createdAt: Date | undefined
    const rowProblems: string[] = []
    mapping.columns.forEach((target, index) => {
      const text = (row.cells[index] ?? '').trim()
      if (text === '' || target.kind === 'ignore') return
      const report = (problem: string | undefined) => {
        if (problem !== undefined)
          rowProblems.push(`row ${row.number}, ${columnName(table.headers, index)}: ${problem}`)
      }
      switch (target.kind) {
        case 'question': {
          const question = questions.get(target.questionId)
          if (question === undefined) return
          const cell = readQuestionCell(text, question, mapping.numberScale)
          if (cell.value !== undefined) answers[question.id] = cell.value
          report(cell.problem)
          return
        }
        case 'dora': {
          const cell = readDoraCell(text, target.metric)
          if (cell.value !== undefined) dora[target.metric] = cell.value
          report(cell.problem)
          return
        }
        case 'alias': {
          const cell = readAliasCell(text)
          alias = cell.value
          report(cell.problem)
          return
        }
        case 'role': {
          const cell = readRoleCell(text)
          role = cell.value
          report(cell.problem)
          return
        }
        case 'timestamp':
          createdAt = parseTimestamp(text)
          return
      }
    })
    const answered = Object.keys(answers).length + Object.keys(dora).length
    if (rowProblems.length === 0 && answered === 0) {
      rowProblems.push(`row ${row.number}: no answer in any column mapped to a question or a DORA outcome`)
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems)
      rowsSkipped += 1
      return
    }
    if (createdAt === undefined) untimed += 1
    responses.push({
      bankVersion: bank.bankVersion,
      answers,
      dora,
      ...(alias === undefined ? {} : { alias }),
      ...(role === undefined ? {} : { role }),
      createdAt: formatCreatedAt(createdAt ?? new Date(importedAt.getTime() + rowIndex * 1000)),
    })
  })

  const notes: string[] = []
  if (!hasTimestamp) {
    notes.push(
      'No column is a timestamp, so each row gets the time of this import: importing the same file again adds its rows again.',
    )
  } else if (untimed > 0) {
    notes.push(
      `${untimed} ${untimed === 1 ? 'row has' : 'rows have'} no timestamp this app can read (it reads year-first dates such as 2025-01-31 09:30) and got the time of this import instead.`,
    )
  }
  return { responses, problems: capProblems(problems), notes, rowsRead: table.rows.length, rowsSkipped }
}

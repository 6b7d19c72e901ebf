import {
  DONT_KNOW,
  LEVELS,
  NOT_APPLICABLE,
  type PillarAnswer,
  type PillarAnswers,
} from '../../bank/answers.ts'
import type { Question, QuestionBank } from '../../bank/question-bank-schema.ts'
import { shorten } from '../../common/parse-result.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRIC_DEFINITIONS,
  type DoraAnswers,
  type DoraMetric,
} from '../../dora/dora-metrics.ts'
import { FORMER_DORA_BAND_LABELS } from '../../dora/dora-former-wording.ts'
import { AliasSchema, formatCreatedAt, type Response } from '../../formats/response.ts'
import { ROLE_LABELS, ROLES, type Role } from '../../formats/profile.ts'
import { checkMapping, columnName, type NumberScale, type SurveyMapping } from './column-mapping.ts'
import { normaliseText } from './normalise-text.ts'
import type { SurveyTable } from './read-survey-csv.ts'
import { parseTimestamp } from './survey-timestamps.ts'

/*
 * The last step of a survey import: every row read with the (corrected) mapping into a response, or left out with
 * the reasons named.
 */

/** A person reads these lines; hostile or mismapped files can make thousands. */
export const MAX_SURVEY_PROBLEMS = 100

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
    [candidate.id, candidate.label, ...(FORMER_DORA_BAND_LABELS[candidate.id] ?? [])].some(
      (known) => normaliseText(known) === name,
    ),
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

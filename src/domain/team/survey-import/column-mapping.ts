import { shorten } from '../../common/parse-result.ts'
import type { QuestionBank } from '../../bank/question-bank-schema.ts'
import {
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  isDoraMetric,
  type DoraMetric,
} from '../../dora/dora-metrics.ts'
import { FORMER_DORA_QUESTIONS } from '../../dora/dora-former-wording.ts'
import { normaliseText } from './normalise-text.ts'
import type { SurveyTable } from './read-survey-csv.ts'

/*
 * The middle step of a survey import: which column holds which question, DORA outcome, name, role or time. The app
 * suggests a mapping and a person corrects it before any row is read.
 */

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

/** A question's or metric's names, normalised once per import rather than once per header. */
interface KnownNames {
  questions: { questionId: string; id: string; text: string }[]
  metrics: { metric: DoraMetric; exact: string[]; question: string }[]
}

function knownNames(bank: QuestionBank): KnownNames {
  return {
    questions: bank.questions.map((question) => ({
      questionId: question.id,
      id: normaliseText(question.id),
      text: normaliseText(question.text),
    })),
    metrics: DORA_METRICS.map((metric) => {
      const definition = DORA_METRIC_DEFINITIONS[metric]
      return {
        metric,
        exact: [metric, definition.label, definition.question, ...FORMER_DORA_QUESTIONS[metric]].map(
          normaliseText,
        ),
        question: normaliseText(definition.question),
      }
    }),
  }
}

function guessTarget(header: string, known: KnownNames): ColumnTarget {
  const name = normaliseText(header)
  if (name === '') return { kind: 'ignore' }
  const exact = known.questions.find((question) => question.id === name || question.text === name)
  if (exact !== undefined) return { kind: 'question', questionId: exact.questionId }
  const exactMetric = known.metrics.find((metric) => metric.exact.includes(name))
  if (exactMetric !== undefined) return { kind: 'dora', metric: exactMetric.metric }
  if (ALIAS_HEADERS.has(name)) return { kind: 'alias' }
  if (ROLE_HEADERS.has(name)) return { kind: 'role' }
  if (TIMESTAMP_HEADERS.has(name)) return { kind: 'timestamp' }
  // A header that holds a question's text or id among other words ("3. When ... paged? [Culture]"); the longest
  // match wins, so a question whose text lies inside another's never takes its column.
  const candidates: { target: ColumnTarget; length: number }[] = [
    ...known.questions.flatMap((question) =>
      [question.text, question.id]
        .filter((text) => containsWords(name, text))
        .map((text) => ({
          target: { kind: 'question', questionId: question.questionId } as const,
          length: text.length,
        })),
    ),
    ...known.metrics.flatMap(({ metric, question }) =>
      containsWords(name, question)
        ? [{ target: { kind: 'dora', metric } as const, length: question.length }]
        : [],
    ),
  ]
  const best = candidates.sort((a, b) => b.length - a.length)[0]
  return best?.target ?? { kind: 'ignore' }
}

export function suggestMapping(table: SurveyTable, bank: QuestionBank): SurveyMapping {
  const taken = new Set<string>()
  const known = knownNames(bank)
  const columns = table.headers.map((header): ColumnTarget => {
    const target = guessTarget(header, known)
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

export const columnName = (headers: readonly string[], index: number): string => {
  const header = headers[index] ?? ''
  return header === '' ? `column ${index + 1}` : `column "${shorten(header, 60)}"`
}

export function checkMapping(table: SurveyTable, mapping: SurveyMapping, bank: QuestionBank): string[] {
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

import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { parseResponse } from './response.ts'
import {
  MAX_SURVEY_BYTES,
  MAX_SURVEY_PROBLEMS,
  normaliseText,
  parseSurveyCsv,
  parseTimestamp,
  readSurveyResponses,
  suggestMapping,
  targetFromKey,
  targetKey,
  type ColumnTarget,
  type SurveyMapping,
  type SurveyTable,
} from './survey-import.ts'

const question = (id: string) => {
  const found = QUESTION_BANK.questions.find((candidate) => candidate.id === id)
  if (found === undefined) throw new Error(`no question ${id}`)
  return found
}
// On call allows "Not applicable"; outcome ownership does not.
const onCall = question('culture-dev-on-call')
const ownership = question('culture-outcome-ownership')
const importedAt = new Date('2026-11-21T10:00:00Z')

const fileOf = (text: string) => ({ size: text.length, text })
const csv = (rows: string[][]) => Papa.unparse(rows)

function tableOf(text: string): SurveyTable {
  const parsed = parseSurveyCsv(fileOf(text))
  if (!parsed.ok) throw new Error(parsed.errors.join(' '))
  return parsed.value
}

// A Google Forms export: timestamp, name, role, question texts as headers (one with a number and a section),
// a DORA question, and a column the app does not know.
const FORM_EXPORT = csv([
  [
    'Timestamp',
    'Name',
    'Your role',
    onCall.text,
    `2. ${ownership.text} [Culture]`,
    'How often does your team deploy? (deploymentFrequency)',
    'Email address',
  ],
  [
    '2025/01/31 9:30:00 PM GMT+1',
    'Ana',
    'QA / testing',
    onCall.options[4],
    '2',
    'On demand (multiple deploys per day)',
    'ana@example.org',
  ],
  ['', 'Bo', 'dev', "Don't know", '', 'df-daily-weekly', ''],
  ['', '', '', '', '', '', ''],
  ['2025-02-01 08:00', '', '', 'NOT APPLICABLE', 'n/a', 'dont-know', ''],
  ['not a date', 'x'.repeat(41), 'constructor', '6', 'sometimes?', '', ''],
])

describe('parseSurveyCsv', () => {
  test('reads header and rows, numbering rows as a spreadsheet does and skipping blank ones', () => {
    const table = tableOf(`\uFEFF${FORM_EXPORT}`)
    expect(table.headers[0]).toBe('Timestamp')
    expect(table.headers).toHaveLength(7)
    expect(table.rows.map((row) => row.number)).toEqual([2, 3, 5, 6])
    expect(table.rows[0]?.cells[1]).toBe('Ana')
  })

  test('semicolon-separated exports (spreadsheets in many European locales) are read too', () => {
    const table = tableOf('Name;culture-dev-on-call\r\nAna;3\r\n')
    expect(table.headers).toEqual(['Name', 'culture-dev-on-call'])
    expect(table.rows).toEqual([{ number: 2, cells: ['Ana', '3'] }])
  })

  test('refuses what is not a survey export, saying why', () => {
    const errorOf = (text: string) => {
      const result = parseSurveyCsv(fileOf(text))
      return result.ok ? '' : result.errors.join(' ')
    }
    expect(errorOf('')).toBe('This file cannot be read as a survey export: it is empty.')
    expect(errorOf('Name,Q1\n')).toBe(
      'This file cannot be read as a survey export: it has a header row but no rows of answers below it.',
    )
    expect(errorOf('Name,Q1\nAna,"unclosed\nBo,2\n')).toBe(
      'This file cannot be read as a survey export: row 2: a quoted cell is not closed properly, so everything after it would be misread.',
    )
    expect(errorOf(`${Array.from({ length: 301 }, (_, index) => `c${index}`).join(',')}\n1\n`)).toMatch(
      /its first row has 301 columns/,
    )
  })

  test('more rows than a team view holds are refused, before any is read', () => {
    const result = parseSurveyCsv(fileOf(`culture-dev-on-call\n${'1\n'.repeat(1001)}`))
    expect(result).toEqual({
      ok: false,
      errors: [
        'This file cannot be read as a survey export: it has 1,001 rows of answers, and a team view holds at most 1,000 responses. Split it into smaller files.',
      ],
    })
    expect(parseSurveyCsv(fileOf(`culture-dev-on-call\n${'1\n'.repeat(1000)}`)).ok).toBe(true)
  })

  test('a file over 2 MB is refused by its size before it is parsed', () => {
    expect(parseSurveyCsv({ size: MAX_SURVEY_BYTES + 1, text: '' })).toEqual({
      ok: false,
      errors: [
        'This file cannot be read as a survey export: it is 2.0 MB, and a survey export is read up to 2 MB.',
      ],
    })
  })
})

describe('suggestMapping', () => {
  test('maps by question text (also inside a longer header), by id, and the usual names of other columns', () => {
    const mapping = suggestMapping(tableOf(FORM_EXPORT), QUESTION_BANK)
    expect(mapping.columns).toEqual<ColumnTarget[]>([
      { kind: 'timestamp' },
      { kind: 'alias' },
      { kind: 'role' },
      { kind: 'question', questionId: onCall.id },
      { kind: 'question', questionId: ownership.id },
      { kind: 'ignore' },
      { kind: 'ignore' },
    ])
    // No "0" in any answer column: digits are read as options 1 to 5.
    expect(mapping.numberScale).toBe('options-1-5')
  })

  test('ids, DORA metric names, a second column for the same question, and a 0 that means levels 0 to 4', () => {
    const table = tableOf(
      csv([
        [
          'culture-dev-on-call',
          'Culture Dev On Call',
          'Deployment frequency',
          'leadTime',
          'Start time',
          'Completion time',
        ],
        ['0', '1', '', '', '', ''],
      ]),
    )
    expect(suggestMapping(table, QUESTION_BANK)).toEqual<SurveyMapping>({
      columns: [
        { kind: 'question', questionId: onCall.id },
        { kind: 'ignore' },
        { kind: 'dora', metric: 'deploymentFrequency' },
        { kind: 'dora', metric: 'leadTime' },
        { kind: 'timestamp' },
        { kind: 'ignore' },
      ],
      numberScale: 'levels-0-4',
    })
  })

  test('select values read back to the same target; unknown values are "ignore"', () => {
    const targets: ColumnTarget[] = [
      { kind: 'ignore' },
      { kind: 'alias' },
      { kind: 'role' },
      { kind: 'timestamp' },
      { kind: 'question', questionId: onCall.id },
      { kind: 'dora', metric: 'timeToRestore' },
    ]
    for (const target of targets) expect(targetFromKey(targetKey(target), QUESTION_BANK)).toEqual(target)
    expect(targetFromKey('question:no-such-question', QUESTION_BANK)).toEqual({ kind: 'ignore' })
    expect(targetFromKey('dora:constructor', QUESTION_BANK)).toEqual({ kind: 'ignore' })
  })
})

describe('readSurveyResponses', () => {
  const table = tableOf(FORM_EXPORT)
  const mapping: SurveyMapping = {
    ...suggestMapping(table, QUESTION_BANK),
    // The person corrects the DORA column the suggestion could not place.
    columns: suggestMapping(table, QUESTION_BANK).columns.map((target, index) =>
      index === 5 ? { kind: 'dora', metric: 'deploymentFrequency' } : target,
    ),
  }
  const result = readSurveyResponses(table, mapping, QUESTION_BANK, importedAt)

  test('good rows become responses: option text, digits 1-5, "Don\'t know", "n/a", DORA label or id, role', () => {
    expect(result.responses).toEqual([
      {
        bankVersion: 1,
        answers: { [onCall.id]: 4, [ownership.id]: 1 },
        dora: { deploymentFrequency: 'df-on-demand' },
        alias: 'Ana',
        role: 'qa',
        // 9:30 PM at GMT+1 is 20:30 UTC.
        createdAt: '2025-01-31T20:30:00Z',
      },
      {
        bankVersion: 1,
        answers: { [onCall.id]: 'dont-know' },
        dora: { deploymentFrequency: 'df-daily-weekly' },
        alias: 'Bo',
        role: 'developer',
        // No timestamp: the import time plus one second per row (second data row).
        createdAt: '2026-11-21T10:00:01Z',
      },
    ])
  })

  test('every unreadable cell is named by row and column, and its row is left out', () => {
    expect(result.problems).toEqual([
      'row 5, column "2. Once a change is in production, who is responsible for h…": "n/a" is not one of the answers: this question has no "Not applicable"',
      `row 6, column "Name": "${'x'.repeat(39)}…" cannot be a name: it must be at most 40 characters`,
      'row 6, column "Your role": "constructor" is not one of the roles (Developer, Operations, QA / testing, Product, Manager, Other)',
      'row 6, column "When your service breaks at 3 AM, who gets paged?": "6" is not one of the answers (numbers mean options 1 to 5)',
      'row 6, column "2. Once a change is in production, who is responsible for h…": "sometimes?" is not one of the answers',
    ])
    expect(result.rowsRead).toBe(4)
    expect(result.rowsSkipped).toBe(2)
    expect(result.notes).toEqual([
      '1 row has no timestamp this app can read (it reads year-first dates such as 2025-01-31 09:30) and got the time of this import instead.',
    ])
  })

  test('with levels 0 to 4 a "5" is the unreadable one; a row without answers is named', () => {
    const levels = tableOf(csv([['culture-dev-on-call'], ['0'], ['4'], ['5']]))
    const read = readSurveyResponses(
      levels,
      { columns: [{ kind: 'question', questionId: onCall.id }], numberScale: 'levels-0-4' },
      QUESTION_BANK,
      importedAt,
    )
    expect(read.responses.map((response) => response.answers[onCall.id])).toEqual([0, 4])
    expect(read.problems).toEqual([
      'row 4, column "culture-dev-on-call": "5" is not one of the answers (numbers mean levels 0 to 4)',
    ])
    expect(read.notes[0]).toMatch(/^No column is a timestamp/)

    const empty = readSurveyResponses(
      tableOf(
        csv([
          ['Name', 'culture-dev-on-call'],
          ['Ana', ''],
        ]),
      ),
      {
        columns: [{ kind: 'alias' }, { kind: 'question', questionId: onCall.id }],
        numberScale: 'options-1-5',
      },
      QUESTION_BANK,
      importedAt,
    )
    expect(empty.problems).toEqual(['row 2: no answer in any column mapped to a question or a DORA outcome'])
  })

  test('a mapping with two columns on one target, or with no answer column, reads nothing and says why', () => {
    const twice = readSurveyResponses(
      table,
      {
        ...mapping,
        columns: mapping.columns.map((target, index) => (index === 6 ? { kind: 'alias' } : target)),
      },
      QUESTION_BANK,
      importedAt,
    )
    expect(twice.responses).toEqual([])
    expect(twice.problems).toEqual([
      'column "Name", column "Email address" are all mapped to Name or alias: keep one and set the others to Ignore.',
    ])
    const none = readSurveyResponses(table, { ...mapping, columns: [] }, QUESTION_BANK, importedAt)
    expect(none.problems).toEqual([
      'No column is mapped to a question or a DORA outcome, so there are no answers to read.',
    ])
  })

  test(`at most ${MAX_SURVEY_PROBLEMS} problem lines, the last one counting the rest`, () => {
    const rows = Array.from({ length: 150 }, () => ['maybe'])
    const read = readSurveyResponses(
      tableOf(csv([['culture-dev-on-call'], ...rows])),
      { columns: [{ kind: 'question', questionId: onCall.id }], numberScale: 'options-1-5' },
      QUESTION_BANK,
      importedAt,
    )
    expect(read.problems).toHaveLength(MAX_SURVEY_PROBLEMS)
    expect(read.problems.at(-1)).toBe('…and 51 more problems.')
    expect(read.rowsSkipped).toBe(150)
  })
})

describe('text and timestamps', () => {
  test('normaliseText ignores case, whitespace, punctuation and apostrophes', () => {
    expect(normaliseText('  Don’t   KNOW! ')).toBe('dont know')
    expect(normaliseText('dont-know')).toBe('dont know')
    expect(normaliseText('N/A')).toBe('n a')
  })

  test('parseTimestamp reads year-first dates with optional time, AM/PM and zone; others are undefined', () => {
    const iso = (text: string) => parseTimestamp(text)?.toISOString()
    expect(iso('2025-01-31T09:30:00Z')).toBe('2025-01-31T09:30:00.000Z')
    expect(iso('2025-01-31 09:30')).toBe('2025-01-31T09:30:00.000Z')
    expect(iso('2025-01-31T09:30:00.123+02:00')).toBe('2025-01-31T07:30:00.000Z')
    expect(iso('2025/01/31 12:05:00 AM GMT-5')).toBe('2025-01-31T05:05:00.000Z')
    expect(iso('2025-01-31')).toBe('2025-01-31T00:00:00.000Z')
    expect(['31/01/2025', '2025-02-30', '2025-01-31 24:00', '2025-13-01', 'yesterday', ''].map(iso)).toEqual(
      Array.from({ length: 6 }, () => undefined),
    )
  })
})

describe('properties', () => {
  test('arbitrary text never makes the parser throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(typeof parseSurveyCsv(fileOf(text)).ok).toBe('boolean')
      }),
    )
  })

  test('arbitrary tables and mappings never make suggesting or reading throw, and every response is valid', () => {
    const targetArb = fc.oneof(
      fc.constantFrom<ColumnTarget>(
        { kind: 'ignore' },
        { kind: 'alias' },
        { kind: 'role' },
        { kind: 'timestamp' },
      ),
      fc.constantFrom(
        ...QUESTION_BANK.questions.map((q): ColumnTarget => ({ kind: 'question', questionId: q.id })),
      ),
      fc.constantFrom<ColumnTarget>({ kind: 'dora', metric: 'leadTime' }),
    )
    const cellArb = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('0', '3', '5', "Don't know", 'n/a'),
    )
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cellArb, { maxLength: 7 }), { minLength: 1, maxLength: 6 }),
        fc.array(targetArb, { maxLength: 7 }),
        (headers, cells, columns) => {
          const table: SurveyTable = {
            headers,
            rows: cells.map((row, index) => ({ number: index + 2, cells: row })),
          }
          suggestMapping(table, QUESTION_BANK)
          const read = readSurveyResponses(
            table,
            { columns, numberScale: 'options-1-5' },
            QUESTION_BANK,
            importedAt,
          )
          expect(read.responses.length + read.rowsSkipped).toBeLessThanOrEqual(table.rows.length)
          for (const response of read.responses)
            expect(parseResponse(response, getBank)).toEqual({ ok: true, value: response })
        },
      ),
    )
  })
})

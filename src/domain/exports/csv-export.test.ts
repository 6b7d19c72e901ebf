import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, test } from 'vitest'
import {
  ANSWER_CSV_FIELDS,
  COMPARISON_CSV_FIELDS,
  neutraliseCell,
  writeComparisonCsv,
  writeSelfCheckAnswersCsv,
  writeSelfCheckSummaryCsv,
  writeTeamAnswersCsv,
  writeTeamSummaryCsv,
} from './csv-export.ts'
import { BANK_V1 } from '../bank/versions/bank-v1.ts'
import type { Response } from '../formats/response.ts'
import { buildDoraReport } from '../dora/dora-report.ts'
import type { ScoreChanges } from '../scoring/snapshot-comparison.ts'
import { buildSelfCheckReport } from '../scoring/self-check-report.ts'

const versions = { bankVersion: 1, app: '0.1.0' }
const ROWS_PER_PERSON = BANK_V1.questions.length + 4

/** The cells as a spreadsheet reads them (the byte order mark is for Excel and not part of the first cell). */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

const response = (extra: Partial<Response>): Response => ({
  bankVersion: 1,
  answers: {},
  dora: {},
  createdAt: '2026-11-20T09:00:00Z',
  ...extra,
})

describe('neutraliseCell', () => {
  test('cells starting with = + - @ tab or carriage return get a leading quote; others are unchanged', () => {
    expect(['=1+1', '+1', '-1+1', '-A1', '@SUM(A1)', '\tx', '\rx'].map(neutraliseCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1+1",
      "'-A1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ])
    expect(['Ana', '1', '', ' =x', "'=x"].map(neutraliseCell)).toEqual(['Ana', '1', '', ' =x', "'=x"])
    // A negative number (a change of -25) stays a number.
    expect(['-25', '-12.5'].map(neutraliseCell)).toEqual(['-25', '-12.5'])
  })

  test('a formula followed by a line break is neutralised too (papaparse escapeFormulae misses it)', () => {
    expect(neutraliseCell('=1+1\nnext')).toBe("'=1+1\nnext")
  })
})

describe('answers CSV', () => {
  test('self-check: one row per question and DORA outcome, with the bank and app version on every row', () => {
    const text = writeSelfCheckAnswersCsv(
      {
        name: 'You',
        answers: { 'culture-dev-on-call': 3, 'culture-outcome-ownership': 'dont-know' },
        dora: { deploymentFrequency: 'df-on-demand', leadTime: 'dont-know' },
      },
      BANK_V1,
      versions,
    )
    const [header, ...rows] = readCsv(text)
    expect(header).toEqual([...ANSWER_CSV_FIELDS])
    expect(rows).toHaveLength(ROWS_PER_PERSON)
    expect(rows[0]).toEqual([
      'You',
      '',
      'Culture',
      'Shared ownership (developers on call)',
      'culture-dev-on-call',
      'When your service breaks at 3 AM, who gets paged?',
      '3',
      'Developers and operations share one on-call rota for the service and fix issues together',
      '75',
      '1',
      '0.1.0',
    ])
    expect(rows[1]?.slice(4, 9)).toEqual([
      'culture-outcome-ownership',
      expect.any(String),
      'dont-know',
      "Don't know",
      '',
    ])
    // Unanswered: answer and score stay empty, never 0.
    expect(rows[2]?.slice(6, 9)).toEqual(['', '', ''])
    expect(rows.slice(-4).map((row) => row.slice(2, 9))).toEqual([
      [
        'DORA outcomes',
        'Deployment frequency',
        'deploymentFrequency',
        'How often does your team deploy to production?',
        'df-on-demand',
        'On demand, several times a day',
        '',
      ],
      [
        'DORA outcomes',
        'Lead time for changes',
        'leadTime',
        expect.any(String),
        'dont-know',
        "Don't know",
        '',
      ],
      ['DORA outcomes', 'Change failure rate', 'changeFailureRate', expect.any(String), '', '', ''],
      ['DORA outcomes', 'Failed deployment recovery time', 'timeToRestore', expect.any(String), '', '', ''],
    ])
    expect(text.endsWith('\r\n')).toBe(true)
  })

  test('team: respondents by alias or "Respondent N" (their kept number) in team order, with their role', () => {
    // The second person is number 4: numbers 2 and 3 were removed from the team view before the export.
    const text = writeTeamAnswersCsv(
      {
        responses: [
          response({ alias: 'Ana', role: 'qa', answers: { 'culture-dev-on-call': 0 } }),
          response({ createdAt: '2026-11-21T09:00:00Z', answers: { 'culture-dev-on-call': 4 } }),
        ],
        numbers: [1, 4],
      },
      BANK_V1,
      versions,
    )
    const rows = readCsv(text).slice(1)
    expect(rows).toHaveLength(2 * ROWS_PER_PERSON)
    expect(rows[0]?.slice(0, 2)).toEqual(['Ana', 'QA / testing'])
    expect(rows[0]?.slice(6, 9)).toEqual(['0', expect.any(String), '0'])
    expect(rows[ROWS_PER_PERSON]?.slice(0, 2)).toEqual(['Respondent 4', ''])
    expect(rows[ROWS_PER_PERSON]?.slice(6, 9)).toEqual(['4', expect.any(String), '100'])
  })

  test('a formula in an alias is written as text: =HYPERLINK(...) gets a leading quote', () => {
    const alias = '=HYPERLINK("http://evil.example","click")'
    const rows = readCsv(
      writeTeamAnswersCsv({ responses: [response({ alias })], numbers: [1] }, BANK_V1, versions),
    ).slice(1)
    expect(rows[0]?.[0]).toBe(`'${alias}`)
  })
})

describe('summary CSV', () => {
  test('self-check: score, one respondent, min = max = score, answered and "Don\'t know" per pillar', () => {
    const report = buildSelfCheckReport(
      BANK_V1,
      {
        // Culture: 75 and 25 scored -> 50; one "Don't know"; three answered.
        'culture-dev-on-call': 3,
        'culture-outcome-ownership': 'dont-know',
        'culture-blameless-incident-review': 1,
      },
      {},
    )
    const text = writeSelfCheckSummaryCsv(report, versions)
    expect(readCsv(text)).toEqual([
      [
        'pillar',
        'score',
        'respondents',
        'min',
        'max',
        'answered',
        'dont_know',
        'bank_version',
        'app_version',
      ],
      ['Culture', '50', '1', '50', '50', '3', '1', '1', '0.1.0'],
      ['Automation', '', '0', '', '', '0', '0', '1', '0.1.0'],
      ['Lean', '', '0', '', '', '0', '0', '1', '0.1.0'],
      ['Measurement', '', '0', '', '', '0', '0', '1', '0.1.0'],
      ['Sharing', '', '0', '', '', '0', '0', '1', '0.1.0'],
    ])
  })

  test('team: median, people with a score, min, max, answers and "Don\'t know" summed over the team', () => {
    const responses = [
      // Culture scores 25, 75 and (100 + 50) / 2 = 75 -> median 75, min 25, max 75.
      response({ answers: { 'culture-dev-on-call': 1 }, createdAt: '2026-11-20T09:00:01Z' }),
      response({ answers: { 'culture-dev-on-call': 3 }, createdAt: '2026-11-20T09:00:02Z' }),
      response({
        answers: { 'culture-dev-on-call': 4, 'culture-outcome-ownership': 2 },
        createdAt: '2026-11-20T09:00:03Z',
      }),
      // Only "Don't know": answered, but no culture score.
      response({ answers: { 'culture-dev-on-call': 'dont-know' }, createdAt: '2026-11-20T09:00:04Z' }),
    ]
    const [header, culture, automation] = readCsv(writeTeamSummaryCsv(responses, BANK_V1, versions))
    expect(header?.slice(0, 7)).toEqual([
      'pillar',
      'median',
      'respondents',
      'min',
      'max',
      'answered',
      'dont_know',
    ])
    expect(culture).toEqual(['Culture', '75', '3', '25', '75', '5', '1', '1', '0.1.0'])
    expect(automation).toEqual(['Automation', '', '0', '', '', '0', '0', '1', '0.1.0'])
  })

  test('medians are written with one decimal', () => {
    const responses = ([1, 2] as const).map((level) =>
      response({ answers: { 'culture-dev-on-call': level }, createdAt: `2026-11-20T09:00:0${level}Z` }),
    )
    // Scores 25 and 50 -> median 37.5.
    expect(readCsv(writeTeamSummaryCsv(responses, BANK_V1, versions))[1]?.slice(0, 2)).toEqual([
      'Culture',
      '37.5',
    ])
  })
})

test('property: whatever aliases and app version hold, no written cell starts with a formula character', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 3 }),
      fc.string({ maxLength: 8 }),
      (aliases, app) => {
        const responses = aliases.map((alias, index) =>
          response({ alias, createdAt: `2026-11-20T09:00:0${index}Z` }),
        )
        const text = writeTeamAnswersCsv(
          { responses, numbers: responses.map((_, index) => index + 1) },
          BANK_V1,
          { bankVersion: 1, app },
        )
        const cells = Papa.parse<string[]>(text.slice(1)).data.flat()
        const formulaLike = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-[0-9]+(\.[0-9]+)?$/.test(cell)
        expect(cells.filter(formulaLike)).toEqual([])
        // And nothing else changed: every respondent cell reads back as written, quote aside.
        const rows = Papa.parse<string[]>(text.slice(1)).data.slice(1)
        aliases.forEach((alias, index) => {
          expect(rows[index * ROWS_PER_PERSON]?.[0]).toBe(neutraliseCell(alias))
        })
      },
    ),
  )
})

test('comparison CSV: a row per pillar, then per practice, then DORA in the words of the page; no score is empty', () => {
  const changes: ScoreChanges = {
    baselineLabel: '=Kickoff',
    baselineTakenAt: '2026-10-01T08:00:00Z',
    baselineTitle: '2026-10-01 =Kickoff',
    // Then: on demand, over 60% failing (stability Low: worse than every 2024 value). Now: on demand, 21-30%
    // failing (one band beyond High's 20%: stability High).
    outcomes: {
      previous: buildDoraReport({ deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-over-60' }),
      current: buildDoraReport({ deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-21-30' }),
    },
    pillars: [
      { key: 'culture', label: 'Culture', previous: 25, current: 62.5, change: 37.5 },
      { key: 'lean', label: 'Lean', previous: 50, current: null, change: null },
    ],
    practices: [
      {
        key: 'blameless-postmortems',
        label: 'Blameless post-mortems',
        previous: 75,
        current: 50,
        change: -25,
      },
    ],
  }
  const tail = ['1', '0.1.0']
  expect(readCsv(writeComparisonCsv(changes, versions))).toEqual([
    [...COMPARISON_CSV_FIELDS],
    // A baseline name that starts with "=" is neutralised like every other cell.
    ['pillar', 'Culture', "'=Kickoff", '2026-10-01T08:00:00Z', '25', '62.5', '37.5', ...tail],
    ['pillar', 'Lean', "'=Kickoff", '2026-10-01T08:00:00Z', '50', '', '', ...tail],
    ['practice', 'Blameless post-mortems', "'=Kickoff", '2026-10-01T08:00:00Z', '75', '50', '-25', ...tail],
    [
      'dora',
      'DORA verdict',
      "'=Kickoff",
      '2026-10-01T08:00:00Z',
      'DORA 2024 cluster: Low (throughput Elite, stability Low), from 2 of the 4 metrics; lead time for changes ' +
        'and failed deployment recovery time are missing.',
      'DORA 2024 cluster: High (throughput Elite, stability High), from 2 of the 4 metrics; lead time for ' +
        'changes and failed deployment recovery time are missing.',
      '',
      ...tail,
    ],
    [
      'dora',
      'Deployment frequency',
      "'=Kickoff",
      '2026-10-01T08:00:00Z',
      'On demand, several times a day: Elite (on demand)',
      'On demand, several times a day: Elite (on demand)',
      '',
      ...tail,
    ],
    [
      'dora',
      'Lead time for changes',
      "'=Kickoff",
      '2026-10-01T08:00:00Z',
      'not answered',
      'not answered',
      '',
      ...tail,
    ],
    [
      'dora',
      'Change failure rate',
      "'=Kickoff",
      '2026-10-01T08:00:00Z',
      'Over 60%: worse than Low (40%)',
      '21-30%: between High (20%) and Low (40%)',
      '',
      ...tail,
    ],
    [
      'dora',
      'Failed deployment recovery time',
      "'=Kickoff",
      '2026-10-01T08:00:00Z',
      'not answered',
      'not answered',
      '',
      ...tail,
    ],
  ])
})

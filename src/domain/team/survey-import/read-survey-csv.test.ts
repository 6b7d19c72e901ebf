import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { MAX_SURVEY_BYTES, parseSurveyCsv } from './read-survey-csv.ts'
import { countedCheck } from '../../../test-support/fuzz-checks.ts'
import { FORM_EXPORT, surveyFileOf, surveyTableOf } from '../../../test-support/survey-export.ts'

const check = countedCheck()

describe('parseSurveyCsv', () => {
  test('reads header and rows, numbering rows as a spreadsheet does and skipping blank ones', () => {
    const table = surveyTableOf(`\uFEFF${FORM_EXPORT}`)
    expect(table.headers[0]).toBe('Timestamp')
    expect(table.headers).toHaveLength(7)
    expect(table.rows.map((row) => row.number)).toEqual([2, 3, 5, 6])
    expect(table.rows[0]?.cells[1]).toBe('Ana')
  })

  test('semicolon-separated exports (spreadsheets in many European locales) are read too', () => {
    const table = surveyTableOf('Name;culture-dev-on-call\r\nAna;3\r\n')
    expect(table.headers).toEqual(['Name', 'culture-dev-on-call'])
    expect(table.rows).toEqual([{ number: 2, cells: ['Ana', '3'] }])
  })

  test('refuses what is not a survey export, saying why', () => {
    const errorOf = (text: string) => {
      const result = parseSurveyCsv(surveyFileOf(text))
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
    const result = parseSurveyCsv(surveyFileOf(`culture-dev-on-call\n${'1\n'.repeat(1001)}`))
    expect(result).toEqual({
      ok: false,
      errors: [
        'This file cannot be read as a survey export: it has 1,001 rows of answers, and a team view holds at most 1,000 responses. Split it into smaller files.',
      ],
    })
    expect(parseSurveyCsv(surveyFileOf(`culture-dev-on-call\n${'1\n'.repeat(1000)}`)).ok).toBe(true)
  })

  test('a file over 2 MB is refused by its size before it is parsed', () => {
    expect(parseSurveyCsv({ size: MAX_SURVEY_BYTES + 1, text: '' })).toEqual({
      ok: false,
      errors: [
        'This file cannot be read as a survey export: it is 2.0 MB, and a survey export is read up to 2 MB.',
      ],
    })
  })

  test('arbitrary text never makes the parser throw', () => {
    check(
      'parseSurveyCsv: arbitrary text',
      100,
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(typeof parseSurveyCsv(surveyFileOf(text)).ok).toBe('boolean')
      }),
    )
  })
})

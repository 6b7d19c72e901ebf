import { describe, expect, test } from 'vitest'
import { getBank as getAppBank } from '../bank/bank-registry.ts'
import { fail, formatZodIssues, MAX_ERRORS } from '../common/parse-result.ts'
import type { Pillar } from '../bank/pillars.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import {
  checkAgainstBank,
  getResponseKey,
  parseResponse,
  parseResponseFile,
  ResponseSchema,
  serializeResponseFile,
  type Response,
} from './response.ts'
import type { GetBank } from '../bank/question-bank-schema.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'

const question = (id: string, pillar: Pillar, allowNotApplicable: boolean) =>
  fixtureQuestion(id, pillar, { allowNotApplicable })

const bank: QuestionBank = {
  bankVersion: 1,
  questions: [
    question('culture-a', 'culture', false),
    question('culture-b', 'culture', true),
    question('automation-a', 'automation', false),
  ],
}
const getBank: GetBank = (version) => (version === 1 ? bank : undefined)

const response: Response = {
  bankVersion: 1,
  answers: { 'culture-a': 3, 'culture-b': 'not-applicable', 'automation-a': 'dont-know' },
  dora: { deploymentFrequency: 'df-on-demand', changeFailureRate: 'dont-know' },
  alias: 'Ana 🦊',
  role: 'qa',
  createdAt: '2025-01-31T09:30:00Z',
}

const fileWith = (changes: Record<string, unknown>): string =>
  JSON.stringify({ format: 'calms-radar-response', version: 1, app: '0.1.0', response, ...changes })
const fileWithResponse = (changes: Record<string, unknown>): string =>
  fileWith({ response: { ...response, ...changes } })

const errorsOf = (result: { ok: boolean; errors?: string[] }): string[] => result.errors ?? []

describe('ResponseSchema', () => {
  test('a complete response parses unchanged', () => {
    expect(ResponseSchema.parse(response)).toEqual(response)
  })

  test('the alias is trimmed, and 1 to 40 UTF-16 units long after trimming', () => {
    expect(ResponseSchema.parse({ ...response, alias: '  Ana  ' }).alias).toBe('Ana')
    expect(ResponseSchema.safeParse({ ...response, alias: '   ' }).success).toBe(false)
    expect(ResponseSchema.safeParse({ ...response, alias: 'a'.repeat(40) }).success).toBe(true)
    expect(ResponseSchema.safeParse({ ...response, alias: 'a'.repeat(41) }).success).toBe(false)
    // 🦊 is two UTF-16 units: 19 foxes + "ab" = 40 units fits, 20 foxes + "a" = 41 does not
    expect(ResponseSchema.safeParse({ ...response, alias: `${'🦊'.repeat(19)}ab` }).success).toBe(true)
    expect(ResponseSchema.safeParse({ ...response, alias: `${'🦊'.repeat(20)}a` }).success).toBe(false)
  })

  test('an alias with a line break or a lone surrogate is refused', () => {
    expect(ResponseSchema.safeParse({ ...response, alias: 'Ana\nBob' }).success).toBe(false)
    expect(ResponseSchema.safeParse({ ...response, alias: 'Ana\uD83E' }).success).toBe(false)
  })

  test('createdAt is stored in UTC to the second, whatever offset and fraction it came with', () => {
    // 10:15:30.789 at +01:00 is 09:15:30.789 UTC; the fraction is dropped, not rounded
    expect(ResponseSchema.parse({ ...response, createdAt: '2025-03-10T10:15:30.789+01:00' }).createdAt).toBe(
      '2025-03-10T09:15:30Z',
    )
  })

  test('createdAt must be an ISO timestamp from 1970 on', () => {
    for (const createdAt of [
      'yesterday',
      '2025-02-30T00:00:00Z',
      '2025-03-10T10:15:30',
      '1969-12-31T23:59:59Z',
    ]) {
      expect(ResponseSchema.safeParse({ ...response, createdAt }).success, createdAt).toBe(false)
    }
  })

  test('no other personal data travels: an unknown field is refused by name', () => {
    const result = ResponseSchema.safeParse({ ...response, email: 'ana@example.org' })
    expect(result.error && formatZodIssues(result.error)).toEqual(['Unrecognized key: "email"'])
  })
})

describe('getResponseKey', () => {
  test('the same answers at the same second give the same key, whatever the alias, role or key order', () => {
    const reordered: Response = {
      bankVersion: 1,
      answers: { 'automation-a': 'dont-know', 'culture-b': 'not-applicable', 'culture-a': 3 },
      dora: { changeFailureRate: 'dont-know', deploymentFrequency: 'df-on-demand' },
      alias: 'Someone else',
      createdAt: '2025-01-31T09:30:00.400Z',
    }
    expect(getResponseKey(reordered)).toBe(getResponseKey(response))
  })

  test('another answer, another DORA answer or another second gives another key', () => {
    const key = getResponseKey(response)
    expect(getResponseKey({ ...response, answers: { ...response.answers, 'culture-a': 4 } })).not.toBe(key)
    expect(getResponseKey({ ...response, dora: { deploymentFrequency: 'df-on-demand' } })).not.toBe(key)
    expect(getResponseKey({ ...response, createdAt: '2025-01-31T09:30:01Z' })).not.toBe(key)
  })
})

describe('checkAgainstBank and parseResponse', () => {
  test('unknown ids and "not applicable" where a question does not offer it are named', () => {
    const answers = { 'culture-a': 'not-applicable' as const, 'culture-x': 2 as const }
    expect(checkAgainstBank({ ...response, answers }, bank)).toEqual([
      'answers.culture-a: "not applicable" is not one of the answers to this question',
      'answers.culture-x: not a question in question bank version 1',
    ])
  })

  test('a response of another version does not fit the bank', () => {
    expect(checkAgainstBank({ ...response, bankVersion: 2 }, bank)).toEqual([
      'bankVersion: 2 does not match question bank version 1',
    ])
  })

  test('a question id shaped like an Object.prototype member is an unknown question, not a crash', () => {
    const result = parseResponse({ ...response, answers: { constructor: 1 } }, getBank)
    expect(errorsOf(result)).toEqual(['answers.constructor: not a question in question bank version 1'])
  })

  test('an answer outside 0-4, "dont-know" and "not-applicable" is refused with its path', () => {
    expect(errorsOf(parseResponse({ ...response, answers: { 'culture-a': 5 } }, getBank))).toEqual([
      'answers.culture-a: not one of the allowed values',
    ])
  })
})

describe('response files', () => {
  test('a saved file reads back as the same response', () => {
    const text = serializeResponseFile(response, '0.1.0')
    expect(text).toContain('\n  "format": "calms-radar-response",\n  "version": 1,\n  "app": "0.1.0"')
    expect(parseResponseFile(text, getBank)).toEqual({ ok: true, value: response })
  })

  test('text that is not a response file says what it is not', () => {
    const notAFile = 'Not a CALMS Radar response file:'
    expect(errorsOf(parseResponseFile('{"format": ', getBank))).toEqual([
      `${notAFile} it is not valid JSON. Choose the .json file CALMS Radar saved for you.`,
    ])
    expect(errorsOf(parseResponseFile('[1, 2]', getBank))).toEqual([
      `${notAFile} it does not hold a JSON object.`,
    ])
    expect(errorsOf(parseResponseFile('{"version": 1}', getBank))).toEqual([
      `${notAFile} the "format" field is missing.`,
    ])
    expect(errorsOf(parseResponseFile(fileWith({ format: 'calms-radar-backup' }), getBank))).toEqual([
      `${notAFile} the "format" field is "calms-radar-backup", not "calms-radar-response".`,
    ])
    expect(errorsOf(parseResponseFile(' '.repeat(100_001), getBank))).toEqual([
      `${notAFile} it is 101 kB, and a response file is about 2 kB. Choose the file CALMS Radar saved for you.`,
    ])
    expect(errorsOf(parseResponseFile(' '.repeat(2_500_000), getBank))).toEqual([
      `${notAFile} it is 2,500 kB, and a response file is about 2 kB. Choose the file CALMS Radar saved for you.`,
    ])
  })

  test('a newer file version or an unknown bank version is named, with what to do', () => {
    expect(errorsOf(parseResponseFile(fileWith({ version: 2 }), getBank))).toEqual([
      'This response file has file version 2, which this app does not know. Update the app to read it.',
    ])
    // a newer bank may also have new fields: the version is reported alone, not as a pile of field errors
    expect(
      errorsOf(parseResponseFile(fileWithResponse({ bankVersion: 7, newField: true }), getBank)),
    ).toEqual([
      'This response was made with a newer CALMS Radar (question bank version 7; this app knows up to version 3): reload the page.',
    ])
  })

  test('answers that do not fit the bank are listed under a line saying what to do', () => {
    const answers = { 'culture-a': 9, 'automation-a': 'not-applicable', 'culture-x': 1 }
    expect(errorsOf(parseResponseFile(fileWithResponse({ answers }), getBank))).toEqual([
      'This response file could not be read: it may have been edited or damaged. Ask its sender to save it again.',
      'response.answers.culture-a: not one of the allowed values',
    ])
    expect(
      errorsOf(
        parseResponseFile(fileWithResponse({ answers: { 'automation-a': 'not-applicable' } }), getBank),
      ),
    ).toEqual([
      'This response file could not be read: it may have been edited or damaged. Ask its sender to save it again.',
      'answers.automation-a: "not applicable" is not one of the answers to this question',
    ])
  })

  test('an unexpected field in the file is refused', () => {
    expect(errorsOf(parseResponseFile(fileWith({ exportedBy: 'x' }), getBank))).toContain(
      'Unrecognized key: "exportedBy"',
    )
  })
})

describe('parse results', () => {
  test('formatZodIssues puts the context before the path', () => {
    const result = ResponseSchema.safeParse({ ...response, role: 'boss' })
    expect(result.error && formatZodIssues(result.error, 'response')).toEqual([
      'response.role: Invalid option: expected one of "developer"|"operations"|"qa"|"product"|"manager"|"other"',
    ])
  })

  test('fail keeps a long list readable: the first lines and a count of the rest', () => {
    // 25 errors, 10 lines: 9 shown and "…and 16 more problems." (25 - 9 = 16)
    const errors = Array.from({ length: 25 }, (_, index) => `problem ${index + 1}`)
    const { errors: shown } = fail(...errors)
    expect(shown).toHaveLength(MAX_ERRORS)
    expect(shown.at(-2)).toBe('problem 9')
    expect(shown.at(-1)).toBe('…and 16 more problems.')
  })
})

describe('response file version 1', () => {
  // Exactly as "Download response" of the first team release saved it (two-space JSON, app version, newline).
  const VERSION_1_FIXTURE = `{
  "format": "calms-radar-response",
  "version": 1,
  "app": "0.1.0",
  "response": {
    "bankVersion": 1,
    "answers": {
      "culture-dev-on-call": 3,
      "culture-outcome-ownership": "dont-know"
    },
    "dora": {
      "timeToRestore": "ttr-1h-1d"
    },
    "alias": "Ana 🦊 שלום",
    "role": "operations",
    "createdAt": "2026-11-20T09:30:00Z"
  }
}
`

  test("loads with the app's question bank", () => {
    expect(parseResponseFile(VERSION_1_FIXTURE, getAppBank)).toEqual({
      ok: true,
      value: {
        bankVersion: 1,
        answers: { 'culture-dev-on-call': 3, 'culture-outcome-ownership': 'dont-know' },
        dora: { timeToRestore: 'ttr-1h-1d' },
        alias: 'Ana 🦊 שלום',
        role: 'operations',
        createdAt: '2026-11-20T09:30:00Z',
      },
    })
  })

  test('unknown fields are quoted short and few, however long and many they are', () => {
    const file = JSON.parse(VERSION_1_FIXTURE) as Record<string, unknown>
    const extra = Object.fromEntries(
      Array.from({ length: 7 }, (_, index) => [`${index}${'x'.repeat(5000)}`, 1]),
    )
    const errors = errorsOf(parseResponseFile(JSON.stringify({ ...file, ...extra }), getAppBank))
    // 5 keys of 40 characters (39 and "…"), then how many more: 7 - 5 = 2
    const shown = Array.from({ length: 5 }, (_, index) => `"${index}${'x'.repeat(38)}…"`).join(', ')
    expect(errors.at(-1)).toBe(`Unrecognized keys: ${shown} and 2 more`)
  })
})

/*
 * parseResponseFile and parseResponse (a JSON response file) fed hostile input; see src/test-support/fuzz-checks.ts
 * for what every parser must do with it.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { parseResponse, parseResponseFile, RESPONSE_FILE_VERSION } from './response.ts'
import { BANK_VERSION } from '../bank/question-bank.ts'
import {
  anyJsonText,
  anyText,
  damagedJson,
  damagedJsonValue,
  damagedText,
} from '../../test-support/fuzz-arbitraries.ts'
import { countedCheck, expectOutcome, expectValidResponse } from '../../test-support/fuzz-checks.ts'
import { fileOf, responseArbitrary } from '../../test-support/fuzz-valid-values.ts'

const check = countedCheck()

describe('parseResponseFile (a JSON response file)', () => {
  const expectFile = (text: string) => expectOutcome(parseResponseFile(text, getBank), expectValidResponse)
  const validFile = responseArbitrary.map((response) => JSON.parse(fileOf(response)) as unknown)

  test('arbitrary text, arbitrary JSON', () => {
    check('parseResponseFile: arbitrary text', 1000, fc.property(anyText, expectFile))
    check('parseResponseFile: arbitrary JSON', 1000, fc.property(anyJsonText, expectFile))
  })

  test('a valid file with characters replaced, deleted, inserted or cut', () => {
    check(
      'parseResponseFile: damaged text',
      1000,
      fc.property(damagedText(responseArbitrary.map(fileOf)), expectFile),
    )
  })

  test('a valid file with fields replaced by arbitrary JSON or removed', () => {
    check('parseResponseFile: damaged JSON', 1000, fc.property(damagedJson(validFile), expectFile))
  })

  test('unknown fields with long names are quoted short', () => {
    const longKey = fc.string({ unit: 'binary', minLength: 50, maxLength: 5000 })
    check(
      'parseResponseFile: long unknown keys',
      200,
      fc.property(validFile, fc.array(longKey, { minLength: 1, maxLength: 50 }), (file, keys) => {
        const extra = Object.fromEntries(keys.map((key) => [key, 1]))
        const result = parseResponseFile(JSON.stringify({ ...(file as object), ...extra }), getBank)
        expect(result.ok).toBe(false)
        expectOutcome(result, () => undefined)
      }),
    )
  })

  test('parseResponse: any value', () => {
    check(
      'parseResponse: any value',
      500,
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 4 }),
          fc.anything({ maxDepth: 3 }),
          damagedJsonValue(responseArbitrary),
        ),
        (value) => expectOutcome(parseResponse(value, getBank), expectValidResponse),
      ),
    )
  })

  test('round trip: a saved file reads back as the same response', () => {
    check(
      'parseResponseFile: round trip',
      500,
      fc.property(responseArbitrary, (response) => {
        expect(parseResponseFile(fileOf(response), getBank)).toEqual({ ok: true, value: response })
      }),
    )
  })

  test('a newer file version or question bank version is refused by number', () => {
    const beyond = fc.integer({ min: 1, max: 2 ** 31 })
    check(
      'parseResponseFile: unknown versions',
      300,
      fc.property(validFile, beyond, fc.boolean(), (file, by, bank) => {
        const version = (bank ? BANK_VERSION : RESPONSE_FILE_VERSION) + by
        const record = file as { response: object }
        const changed = bank
          ? { ...record, response: { ...record.response, bankVersion: version } }
          : { ...record, version }
        const result = parseResponseFile(JSON.stringify(changed), getBank)
        expect(result.ok).toBe(false)
        expect(result.ok ? '' : result.errors.join(' ')).toContain(`version ${version}`)
      }),
    )
  })
})

/*
 * decodeShareCode and extractShareCode (share links and codes) fed hostile input; see
 * src/test-support/fuzz-checks.ts for what every parser must do with it.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { decodeShareCode, extractShareCode, SHARE_CODE_FORMAT } from './share-code.ts'
import { BANK_VERSION } from '../bank/question-bank.ts'
import { anyText, CODE_CHARACTERS, damagedText } from '../../test-support/fuzz-arbitraries.ts'
import { countedCheck, expectOutcome, expectValidResponse } from '../../test-support/fuzz-checks.ts'
import { linkOf, responseArbitrary, shareCodeOf } from '../../test-support/fuzz-valid-values.ts'

const check = countedCheck()

describe('decodeShareCode and extractShareCode (share links and codes)', () => {
  const expectCode = (code: string) => expectOutcome(decodeShareCode(code, getBank), expectValidResponse)

  /** FNV-1a's low 12 bits as share-code.ts documents them, so damage can get past the check part. */
  const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const checkOf = (text: string): string => {
    let hash = 0x811c9dc5
    for (let index = 0; index < text.length; index += 1) {
      hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
    }
    return (BASE64URL[(hash >>> 6) & 63] ?? '') + (BASE64URL[hash & 63] ?? '')
  }
  const refitCheck = (parts: readonly string[]): string => {
    const [format = '', , ...rest] = parts
    return [format, checkOf([format, ...rest].join('.')), ...rest].join('.')
  }

  test('arbitrary text', () => {
    check('decodeShareCode: arbitrary text', 1000, fc.property(anyText, expectCode))
  })

  test('a valid code with characters replaced, deleted, inserted or cut', () => {
    check(
      'decodeShareCode: damaged text',
      1000,
      fc.property(damagedText(responseArbitrary.map(shareCodeOf)), expectCode),
    )
  })

  test('a valid code with one part replaced and the check made to fit, so every part decoder is reached', () => {
    const part = fc.oneof(
      fc.string({ unit: fc.constantFrom(...CODE_CHARACTERS.filter((c) => c !== '.')), maxLength: 30 }),
      fc.string({ unit: fc.constantFrom(...BASE64URL.split('')), maxLength: 200 }),
    )
    check(
      'decodeShareCode: damaged part, check refitted',
      1000,
      fc.property(responseArbitrary, fc.nat(), part, fc.boolean(), (response, pick, replacement, drop) => {
        const parts = shareCodeOf(response).split('.')
        const index = 2 + (pick % (parts.length - 1))
        if (drop) parts.splice(index, 1)
        else parts[index] = replacement
        expectCode(refitCheck(parts))
      }),
    )
  })

  test('extractShareCode: any text gives undefined or a run of URL-safe characters', () => {
    check(
      'extractShareCode: arbitrary text',
      1000,
      fc.property(fc.oneof(anyText, damagedText(responseArbitrary.map(linkOf))), (text) => {
        const code = extractShareCode(text)
        if (code !== undefined) {
          expect(code).toMatch(/^[A-Za-z0-9._~-]+$/)
          expect(code.endsWith('.')).toBe(false)
          expectCode(code)
        }
      }),
    )
  })

  test('round trip: a valid response survives link -> extract -> decode unchanged', () => {
    check(
      'decodeShareCode: round trip',
      500,
      fc.property(responseArbitrary, (response) => {
        const code = extractShareCode(`My answers: ${linkOf(response)} thanks`)
        expect(code).toBe(shareCodeOf(response))
        expect(decodeShareCode(code ?? '', getBank)).toEqual({ ok: true, value: response })
      }),
    )
  })

  test('a newer share-code format or question bank version is refused by number', () => {
    check(
      'decodeShareCode: unknown versions',
      300,
      fc.property(
        responseArbitrary,
        fc.integer({ min: 1, max: 999_000 }),
        fc.boolean(),
        (response, by, bank) => {
          const version = (bank ? BANK_VERSION : SHARE_CODE_FORMAT) + by
          const parts = shareCodeOf(response).split('.')
          const code = bank
            ? refitCheck(parts.with(2, String(version)))
            : refitCheck(parts.with(0, String(version)))
          const result = decodeShareCode(code, getBank)
          expect(result.ok ? '' : result.errors.join(' ')).toContain(
            `${bank ? 'version' : 'format'} ${version}`,
          )
        },
      ),
    )
  })
})

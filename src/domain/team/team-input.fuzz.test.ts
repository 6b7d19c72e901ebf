/*
 * parsePastedResponses and parseResponseFiles (what a facilitator adds) fed hostile input; see
 * src/test-support/fuzz-checks.ts for what every parser must do with it.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { parsePastedResponses, parseResponseFiles } from './team-input.ts'
import {
  anyJsonText,
  anyText,
  damagedJson,
  damagedText,
  HOSTILE_ALIASES,
} from '../../test-support/fuzz-arbitraries.ts'
import { countedCheck, expectReadableTeamInput } from '../../test-support/fuzz-checks.ts'
import { fileOf, linkOf, responseArbitrary, shareCodeOf } from '../../test-support/fuzz-valid-values.ts'

const check = countedCheck()

describe('parsePastedResponses and parseResponseFiles (what a facilitator adds)', () => {
  const pasted = fc
    .array(fc.oneof(responseArbitrary.map(linkOf), responseArbitrary.map(shareCodeOf), anyText), {
      maxLength: 6,
    })
    .map((lines) => lines.join('\n'))

  test('pasted text: arbitrary, and valid links damaged', () => {
    check(
      'parsePastedResponses: arbitrary and damaged text',
      1000,
      fc.property(fc.oneof(anyText, pasted, damagedText(pasted)), (text) =>
        expectReadableTeamInput(parsePastedResponses(text, getBank)),
      ),
    )
  })

  test('pasted valid links all come back, in order, whatever lines sit between them', () => {
    check(
      'parsePastedResponses: round trip',
      300,
      fc.property(
        fc.array(fc.tuple(responseArbitrary, fc.constantFrom('', '\n', '\r\n\r\n', '\nnot a link\n')), {
          maxLength: 5,
        }),
        (entries) => {
          const text = entries.map(([response, between]) => `${linkOf(response)}\n${between}`).join('')
          expect(parsePastedResponses(text, getBank).responses).toEqual(entries.map(([response]) => response))
        },
      ),
    )
  })

  test('files: arbitrary names, sizes and contents', () => {
    const file = fc.record({
      name: fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...HOSTILE_ALIASES)),
      size: fc.oneof(fc.nat(), fc.constant(2 * 1024 * 1024 + 1)),
      text: fc.oneof(
        anyText,
        anyJsonText,
        responseArbitrary.map(fileOf),
        damagedText(responseArbitrary.map(fileOf)),
        damagedJson(responseArbitrary.map((response) => JSON.parse(fileOf(response)) as unknown)),
      ),
    })
    check(
      'parseResponseFiles: arbitrary files',
      500,
      fc.property(fc.array(file, { maxLength: 5 }), (files) => {
        const result = parseResponseFiles(files, getBank)
        expectReadableTeamInput(result)
        expect(result.responses.length + result.problems.length).toBe(files.length)
      }),
    )
  })
})

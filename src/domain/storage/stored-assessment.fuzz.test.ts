/*
 * parseStoredAssessment and upgradeStoredAssessment (localStorage: the self-check) fed hostile input; see
 * src/test-support/fuzz-checks.ts for what every parser must do with it.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { createOwnResponse } from '../formats/own-response.ts'
import { formatCreatedAt } from '../formats/response.ts'
import {
  createEmptyAssessment,
  findNewerStoredAssessment,
  mergeStoredAssessments,
  parseStoredAssessment,
  STORED_ASSESSMENT_VERSION,
  upgradeStoredAssessment,
  type StoredAssessment,
} from './stored-assessment.ts'
import {
  anyJsonText,
  anyText,
  damagedJson,
  damagedJsonValue,
  damagedText,
} from '../../test-support/fuzz-arbitraries.ts'
import { countedCheck, expectOutcome } from '../../test-support/fuzz-checks.ts'
import {
  storedAssessmentArbitrary,
  storedText,
  storedV1Arbitrary,
} from '../../test-support/fuzz-valid-values.ts'

const check = countedCheck()

describe('parseStoredAssessment and upgradeStoredAssessment (localStorage: the self-check)', () => {
  const expectStored = (raw: string) =>
    expectOutcome(parseStoredAssessment(raw), ({ version, state }) => {
      const upgraded = upgradeStoredAssessment(state, version)
      // A self-check of a newer question bank has a shape this app reads, but storage never hands it back: the safe
      // storage finds it newer first and leaves it alone. Upgrading it asks for a reload.
      if (findNewerStoredAssessment(raw)?.bankVersion !== undefined) {
        expect(upgraded).toEqual({
          ok: false,
          errors: [
            expect.stringMatching(/newer CALMS Radar \(question bank version \d+;.*reload the page\.$/),
          ],
        })
        return
      }
      // What storage hands back must upgrade and serialize to the same data.
      expect(upgraded.ok).toBe(true)
      if (upgraded.ok) expect(JSON.parse(JSON.stringify(upgraded.value))).toEqual(upgraded.value)
    })

  const validV2 = storedAssessmentArbitrary.map((state) => storedText(state, STORED_ASSESSMENT_VERSION))
  const validV1 = storedV1Arbitrary.map((state) => storedText(state, 1))

  test('arbitrary text, arbitrary JSON', () => {
    check('parseStoredAssessment: arbitrary text', 1000, fc.property(anyText, expectStored))
    check('parseStoredAssessment: arbitrary JSON', 1000, fc.property(anyJsonText, expectStored))
  })

  test('valid v1 and v2 values with characters replaced, deleted, inserted or cut', () => {
    check(
      'parseStoredAssessment: damaged text',
      1000,
      fc.property(damagedText(fc.oneof(validV2, validV1)), expectStored),
    )
  })

  test('valid v1 and v2 values with fields replaced by arbitrary JSON or removed', () => {
    const envelope = (version: number) => (state: unknown) => ({ state, version })
    const valid = fc.oneof(
      storedAssessmentArbitrary.map(envelope(STORED_ASSESSMENT_VERSION)),
      storedV1Arbitrary.map(envelope(1)),
    )
    check('parseStoredAssessment: damaged JSON', 1000, fc.property(damagedJson(valid), expectStored))
  })

  test('upgradeStoredAssessment: any value and any version number', () => {
    const version = fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.integer(), fc.double())
    const state = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.anything({ maxDepth: 3 }),
      damagedJsonValue(storedAssessmentArbitrary),
    )
    check(
      'upgradeStoredAssessment: any state and version',
      1000,
      fc.property(state, version, (s, v) =>
        expectOutcome(upgradeStoredAssessment(s, v), (value) =>
          expect(JSON.parse(JSON.stringify(value))).toEqual(value),
        ),
      ),
    )
  })

  test('round trip: a valid v2 value reads back unchanged through JSON.stringify', () => {
    check(
      'parseStoredAssessment: v2 round trip',
      500,
      fc.property(storedAssessmentArbitrary, (state) => {
        const parsed = parseStoredAssessment(storedText(state, STORED_ASSESSMENT_VERSION))
        expect(parsed).toEqual({ ok: true, value: { version: STORED_ASSESSMENT_VERSION, state } })
        expect(upgradeStoredAssessment(state, STORED_ASSESSMENT_VERSION)).toEqual({ ok: true, value: state })
      }),
    )
  })

  test('whatever two tabs read, their merge is a valid stored value again', () => {
    const readable = (raw: string): StoredAssessment | undefined => {
      const parsed = parseStoredAssessment(raw)
      if (!parsed.ok) return undefined
      const upgraded = upgradeStoredAssessment(parsed.value.state, parsed.value.version)
      return upgraded.ok ? upgraded.value : undefined
    }
    const tab = fc.oneof(
      validV2,
      damagedJson(storedAssessmentArbitrary.map((state) => ({ state, version: 2 }))),
    )
    check(
      'mergeStoredAssessments: merged tabs store again',
      500,
      fc.property(tab, tab, (a, b) => {
        const mine = readable(a)
        const theirs = readable(b)
        if (mine === undefined || theirs === undefined) return
        const merged = mergeStoredAssessments(mine, theirs)
        expect(parseStoredAssessment(storedText(merged, STORED_ASSESSMENT_VERSION))).toEqual({
          ok: true,
          value: { version: STORED_ASSESSMENT_VERSION, state: merged },
        })
      }),
    )
  })

  test('a version this app does not know is refused by number', () => {
    check(
      'parseStoredAssessment: unknown version',
      300,
      fc.property(
        storedAssessmentArbitrary,
        fc.integer({ min: 0, max: 2 ** 31 }).filter((v) => v < 1 || v > 3),
        (state, version) => {
          const result = parseStoredAssessment(storedText(state, version))
          expect(result.ok ? [] : result.errors).toEqual([
            `The saved self-check has format version ${version}, which this version of CALMS Radar does not know. ` +
              'It may come from a newer version of the app.',
          ])
        },
      ),
    )
  })
})

describe('what the app does next with a stored value it accepted', () => {
  test('a hand-edited self-check with 200 000 answer times still makes a response to share', () => {
    const answeredAt = Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`x${index}`, index]))
    const raw = storedText(
      { ...createEmptyAssessment(QUESTION_BANK.bankVersion), answeredAt },
      STORED_ASSESSMENT_VERSION,
    )
    const parsed = parseStoredAssessment(raw)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    const upgraded = upgradeStoredAssessment(parsed.value.state, parsed.value.version)
    if (!upgraded.ok) throw new Error(upgraded.errors.join(' '))
    const own = createOwnResponse(upgraded.value, QUESTION_BANK, { alias: '', role: '' })
    expect(own.createdAt).toBe(formatCreatedAt(new Date(199_999)))
  })
})

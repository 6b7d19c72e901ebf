/*
 * SNAPSHOTS_FORMAT.parse fed hostile input. Every property has a fixed numRuns and no preconditions: 4 properties x
 * 500 = 2,000 cases (see src/test-support/fuzz-checks.ts).
 */
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { DONT_KNOW, LEVELS, NOT_APPLICABLE, type PillarAnswer } from '../bank/answers.ts'
import { DORA_DONT_KNOW, DORA_METRIC_DEFINITIONS, DORA_METRICS } from '../dora/dora-metrics.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { formatCreatedAt } from '../formats/response.ts'
import { MAX_SNAPSHOTS, SNAPSHOTS_FORMAT, type Snapshot } from './snapshots.ts'
import { countedCheck } from '../../test-support/fuzz-checks.ts'

const NUM_RUNS = 500
const check = countedCheck()

const answerArb = fc.constantFrom<PillarAnswer>(...LEVELS, DONT_KNOW, NOT_APPLICABLE)
const answersArb = fc.dictionary(fc.constantFrom(...QUESTION_BANK.questions.map((q) => q.id)), answerArb)
const doraArb = fc
  .record(
    Object.fromEntries(
      DORA_METRICS.map((metric) => [
        metric,
        fc.option(
          fc.constantFrom(DORA_DONT_KNOW, ...DORA_METRIC_DEFINITIONS[metric].bands.map((b) => b.id)),
          {
            nil: undefined,
          },
        ),
      ]),
    ),
  )
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)))
// Any text, made into a valid label without a precondition: control characters out, trimmed, cut to 60.
const labelArb = fc.string({ maxLength: 80, unit: 'grapheme' }).map(
  (text) =>
    text
      .replace(/[\p{Cc}\p{Cs}]/gu, '')
      .trim()
      .slice(0, 60)
      .trim() || 'Baseline',
)
const takenAtArb = fc
  .date({ min: new Date(0), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map(formatCreatedAt)
const snapshotArb = fc.record({
  takenAt: takenAtArb,
  label: labelArb,
  answers: answersArb,
  dora: doraArb,
})
const snapshotsArb = fc
  .array(snapshotArb, { maxLength: MAX_SNAPSHOTS })
  .map((list): Snapshot[] =>
    list.map((s, index) => ({ id: `snapshot-${index}`, bankVersion: 1, ...s, dora: s.dora })),
  )

test('arbitrary text never makes SNAPSHOTS_FORMAT.parse throw', () => {
  check(
    'SNAPSHOTS_FORMAT.parse: arbitrary text',
    NUM_RUNS,
    fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
      expect(typeof SNAPSHOTS_FORMAT.parse(text).ok).toBe('boolean')
    }),
  )
})

test('arbitrary JSON in the envelope gives a value or readable errors', () => {
  check(
    'SNAPSHOTS_FORMAT.parse: arbitrary JSON in the envelope',
    NUM_RUNS,
    fc.property(fc.jsonValue(), fc.oneof(fc.constant(1), fc.jsonValue()), (state, version) => {
      const result = SNAPSHOTS_FORMAT.parse(JSON.stringify({ state, version }))
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0)
        for (const error of result.errors) expect(typeof error).toBe('string')
      }
    }),
  )
})

test('valid snapshots survive a round trip through storage unchanged', () => {
  check(
    'SNAPSHOTS_FORMAT.parse: round trip',
    NUM_RUNS,
    fc.property(snapshotsArb, (snapshots) => {
      const raw = JSON.stringify({ state: { snapshots }, version: 1 })
      expect(SNAPSHOTS_FORMAT.parse(raw)).toEqual({ ok: true, value: { state: { snapshots }, version: 1 } })
    }),
  )
})

test('a valid value with one snapshot field replaced by arbitrary JSON never throws', () => {
  const fields = ['id', 'takenAt', 'label', 'bankVersion', 'answers', 'dora'] as const
  check(
    'SNAPSHOTS_FORMAT.parse: a field replaced by arbitrary JSON',
    NUM_RUNS,
    fc.property(snapshotsArb, fc.constantFrom(...fields), fc.jsonValue(), (snapshots, field, value) => {
      const damaged = snapshots.map((snapshot) => ({ ...snapshot, [field]: value }))
      const result = SNAPSHOTS_FORMAT.parse(JSON.stringify({ state: { snapshots: damaged }, version: 1 }))
      if (result.ok) expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value)
    }),
  )
})

import { describe, expect, test } from 'vitest'
import { ok } from '../common/parse-result.ts'
import { z } from '../common/zod-setup.ts'
import {
  checkStoredState,
  describeNewerStoredValue,
  findNewerStoredValue,
  openStoredValue,
  readStoredState,
  type StoredValueName,
} from './stored-value.ts'

const COUNTER: StoredValueName = { name: 'counter', plural: false, label: 'the counter' }
const TALLIES: StoredValueName = { name: 'tallies', plural: true, label: 'the tallies' }
const CounterSchema = z.object({ count: z.int() })

/** Version 1 held a bare number; version 2 an object. */
const readCounter = (state: unknown, version: number) =>
  readStoredState(COUNTER, state, version, {
    1: (v1) => {
      const count = checkStoredState(COUNTER, z.int(), v1)
      return count.ok ? ok({ count: count.value }) : count
    },
    2: (v2) => checkStoredState(COUNTER, CounterSchema, v2),
  })

describe('openStoredValue', () => {
  test('hands the state and the version it claims to the reader', () => {
    expect(openStoredValue('{"state":4,"version":1}', COUNTER, readCounter)).toEqual({
      ok: true,
      value: { count: 4 },
    })
    expect(openStoredValue('{"version":2,"state":{"count":5}}', COUNTER, readCounter)).toEqual({
      ok: true,
      value: { count: 5 },
    })
  })

  test('text that is not JSON is refused, naming the value', () => {
    expect(openStoredValue('{"state":', COUNTER, readCounter)).toEqual({
      ok: false,
      errors: ['The saved counter is not valid JSON (it may have been cut off or edited by hand).'],
    })
    expect(openStoredValue('', TALLIES, readCounter)).toEqual({
      ok: false,
      errors: ['The saved tallies are not valid JSON (they may have been cut off or edited by hand).'],
    })
  })

  test('JSON without a whole, non-negative version is refused as not written by the app', () => {
    const noVersion = ['The saved counter has no version: it was not written by CALMS Radar.']
    for (const raw of [
      '[1,2]',
      'null',
      '{"state":4}',
      '{"state":4,"version":"1"}',
      '{"state":4,"version":1.5}',
    ]) {
      expect(openStoredValue(raw, COUNTER, readCounter)).toEqual({ ok: false, errors: noVersion })
    }
    expect(openStoredValue('{"state":4,"version":-1}', TALLIES, readCounter)).toEqual({
      ok: false,
      errors: ['The saved tallies have no version: they were not written by CALMS Radar.'],
    })
  })

  test('a version without a reader is refused by its number', () => {
    expect(openStoredValue('{"state":{},"version":3}', COUNTER, readCounter)).toEqual({
      ok: false,
      errors: [
        'The saved counter has format version 3, which this version of CALMS Radar does not know. ' +
          'It may come from a newer version of the app.',
      ],
    })
  })
})

describe('readStoredState', () => {
  test('refuses any version it has no reader for, with the verb that agrees with the name', () => {
    expect(readStoredState(TALLIES, {}, 0, { 1: () => ok('read') })).toEqual({
      ok: false,
      errors: [
        'The saved tallies have format version 0, which this version of CALMS Radar does not know. ' +
          'They may come from a newer version of the app.',
      ],
    })
    expect(readCounter(4, 1.5).ok).toBe(false)
    expect(readCounter(4, Number.NaN).ok).toBe(false)
  })
})

describe('checkStoredState', () => {
  test('errors say where in the saved value the problem is', () => {
    expect(checkStoredState(COUNTER, CounterSchema, { count: 'many' })).toEqual({
      ok: false,
      errors: ['saved counter.count: Invalid input: expected number, received string'],
    })
    expect(readCounter('4', 1)).toEqual({
      ok: false,
      errors: ['saved counter: Invalid input: expected number, received string'],
    })
  })
})

describe('a value written by a newer CALMS Radar', () => {
  test('is found by its format version or by any bank version inside it, naming both versions', () => {
    const text = (state: unknown, version: number) => JSON.stringify({ state, version })
    expect(findNewerStoredValue(text({ bankVersion: 1 }, 3), 3, 1)).toBeUndefined()
    expect(findNewerStoredValue(text({ bankVersion: 1 }, 4), 3, 1)).toEqual({
      formatVersion: { found: 4, known: 3 },
      bankVersion: undefined,
    })
    const snapshots = { snapshots: [{ bankVersion: 1 }, { bankVersion: 2 }] }
    expect(findNewerStoredValue(text(snapshots, 1), 1, 1)).toEqual({
      formatVersion: undefined,
      bankVersion: { found: 2, known: 1 },
    })
    expect(findNewerStoredValue('not json', 1, 1)).toBeUndefined()
    expect(
      describeNewerStoredValue({
        formatVersion: { found: 4, known: 3 },
        bankVersion: { found: 2, known: 1 },
      }),
    ).toBe(
      'Your saved data uses storage format 4 (this page knows up to 3) and question bank version 2 (this page knows up to 1).',
    )
  })
})

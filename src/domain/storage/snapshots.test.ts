import { expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { BANK_VERSION } from '../bank/question-bank.ts'
import type { GroupScore } from '../scoring/scoring.ts'
import { addSnapshot, createSnapshot, MAX_SNAPSHOTS, SNAPSHOTS_FORMAT, type Snapshot } from './snapshots.ts'
import {
  compareGroups,
  compareWithSnapshot,
  describeChanges,
  formatChange,
  scoreSnapshot,
} from '../scoring/snapshot-comparison.ts'
import { describeSnapshot } from '../scoring/snapshot-name.ts'

const own = {
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 3, 'lean-change-size': 'dont-know' } as const,
  dora: { leadTime: 'lt-1d-1w' } as const,
}
const now = new Date('2026-11-26T09:30:15.789Z')

const baseline: Snapshot = {
  id: 'snapshot-2026-11-26T09:30:15Z',
  takenAt: '2026-11-26T09:30:15Z',
  label: 'Baseline, kickoff',
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 3, 'lean-change-size': 'dont-know' },
  dora: { leadTime: 'lt-1d-1w' },
}

const stored = (snapshots: unknown[], version = 1) => JSON.stringify({ state: { snapshots }, version })

test('a snapshot keeps the answers under a trimmed label, taken at whole seconds', () => {
  expect(createSnapshot(own, '  Baseline, kickoff ', now)).toEqual({ ok: true, value: baseline })
  expect(describeSnapshot(baseline)).toBe('2026-11-26 Baseline, kickoff')
})

test('a snapshot name must be 1 to 60 characters of text', () => {
  expect(createSnapshot(own, '   ', now)).toEqual({ ok: false, errors: ['Snapshot name: must not be empty'] })
  expect(createSnapshot(own, 'x'.repeat(60), now).ok).toBe(true)
  expect(createSnapshot(own, 'x'.repeat(61), now)).toEqual({
    ok: false,
    errors: ['Snapshot name: must be at most 60 characters'],
  })
  expect(createSnapshot(own, 'a\u0007b', now).ok).toBe(false)
})

test('stored snapshots read back exactly', () => {
  expect(SNAPSHOTS_FORMAT.parse(stored([baseline]))).toEqual({
    ok: true,
    value: { state: { snapshots: [baseline] }, version: 1 },
  })
  expect(SNAPSHOTS_FORMAT.parse(stored([]))).toEqual({
    ok: true,
    value: { state: { snapshots: [] }, version: 1 },
  })
})

test('unreadable stored snapshots come back as readable errors', () => {
  const errorsOf = (raw: string) => {
    const result = SNAPSHOTS_FORMAT.parse(raw)
    return result.ok ? [] : result.errors
  }
  expect(errorsOf('{')).toEqual([
    'The saved snapshots are not valid JSON (they may have been cut off or edited by hand).',
  ])
  expect(errorsOf('[]')).toEqual([
    'The saved snapshots have no version: they were not written by CALMS Radar.',
  ])
  expect(errorsOf(stored([], 3))[0]).toMatch(/^The saved snapshots have format version 3, which this version/)
  expect(errorsOf(stored([{ ...baseline, label: '' }]))).toEqual([
    'saved snapshots.snapshots.0.label: must not be empty',
  ])
  expect(errorsOf(stored([{ ...baseline, answers: { constructor: 1 } }]))).toEqual([
    'saved snapshots.snapshots.0.answers.constructor: Invalid key in record',
  ])
  expect(errorsOf(stored([baseline, baseline]))).toEqual(['saved snapshots.snapshots: ids must be unique'])
  expect(SNAPSHOTS_FORMAT.upgrade({ snapshots: [], extra: 1 }, 1).ok).toBe(false)
})

test('more than 50 stored snapshots are refused rather than cut', () => {
  const many = Array.from({ length: MAX_SNAPSHOTS + 1 }, (_, index) => ({ ...baseline, id: `s${index}` }))
  expect(SNAPSHOTS_FORMAT.parse(stored(many))).toEqual({
    ok: false,
    errors: ['saved snapshots.snapshots: at most 50 snapshots'],
  })
})

test('a 51st snapshot is refused with what to do, and nothing is dropped', () => {
  const fifty = Array.from({ length: MAX_SNAPSHOTS }, (_, index) => ({ ...baseline, id: `s${index}` }))
  expect(addSnapshot(fifty, baseline)).toEqual({
    ok: false,
    errors: [
      'You already have 50 snapshots, the most this app keeps. Delete one you no longer need, then save again.',
    ],
  })
  expect(addSnapshot(fifty.slice(1), baseline)).toEqual({ ok: true, value: [...fifty.slice(1), baseline] })
})

test('two snapshots taken in the same second get distinct ids', () => {
  const first = addSnapshot([], baseline)
  if (!first.ok) throw new Error('first refused')
  const second = addSnapshot(first.value, baseline)
  const third = second.ok ? addSnapshot(second.value, baseline) : second
  expect(third.ok && third.value.map((snapshot) => snapshot.id)).toEqual([
    'snapshot-2026-11-26T09:30:15Z',
    'snapshot-2026-11-26T09:30:15Z-2',
    'snapshot-2026-11-26T09:30:15Z-3',
  ])
})

const group = (key: string, label: string, score: number | null): GroupScore => ({
  key,
  label,
  questionIds: [],
  asked: 1,
  answered: score === null ? 0 : 1,
  scored: score === null ? 0 : 1,
  dontKnow: 0,
  notApplicable: 0,
  score,
  coverage: score === null ? 0 : 1,
})

test('compareGroups pairs groups by key and never treats "no score" as 0', () => {
  // Culture 400 / 7 = 57.14 now against 50 then: +7.14. Automation 25 now, no score then: no change can be told.
  // Lean 62.5 now against 75 then: -12.5. Measurement no score now, 50 then: none either. Sharing 75 both.
  const current = [
    group('culture', 'Culture', 400 / 7),
    group('automation', 'Automation', 25),
    group('lean', 'Lean', 62.5),
    group('measurement', 'Measurement', null),
    group('sharing', 'Sharing', 75),
  ]
  const previous = [
    group('sharing', 'Sharing', 75),
    group('lean', 'Lean', 75),
    group('culture', 'Culture', 50),
    group('measurement', 'Measurement', 50),
    group('automation', 'Automation', null),
    group('retired', 'Retired practice', 100),
  ]
  const comparison = compareGroups(current, previous)
  expect(comparison).toEqual([
    { key: 'culture', label: 'Culture', current: 400 / 7, previous: 50, change: 400 / 7 - 50 },
    { key: 'automation', label: 'Automation', current: 25, previous: null, change: null },
    { key: 'lean', label: 'Lean', current: 62.5, previous: 75, change: -12.5 },
    { key: 'measurement', label: 'Measurement', current: null, previous: 50, change: null },
    { key: 'sharing', label: 'Sharing', current: 75, previous: 75, change: 0 },
    { key: 'retired', label: 'Retired practice', current: null, previous: 100, change: null },
  ])
  expect(comparison.map((row) => formatChange(row.change))).toEqual([
    '+7',
    '-',
    '\u221212',
    '-',
    'no change',
    '-',
  ])
})

test('formatChange rounds like scores and says "no change" when the rounded change is 0', () => {
  expect(formatChange(15)).toBe('+15')
  expect(formatChange(-10)).toBe('\u221210')
  expect(formatChange(0.4)).toBe('no change')
  expect(formatChange(-0.4)).toBe('no change')
  expect(formatChange(0.5)).toBe('+1')
  expect(formatChange(null)).toBe('-')
})

test('a snapshot is scored by the rules of today, and not at all with a bank this app does not know', () => {
  // Culture: one question at level 3 = 75; Lean: only "Don't know", so no score.
  const scores = scoreSnapshot(baseline, getBank)
  expect(scores?.pillars.map((pillar) => [pillar.key, pillar.score])).toEqual([
    ['culture', 75],
    ['automation', null],
    ['lean', null],
    ['measurement', null],
    ['sharing', null],
  ])
  expect(scoreSnapshot({ ...baseline, bankVersion: 9 }, getBank)).toBeUndefined()
})

test('the changes the exports carry: the baseline named and dated, every pillar and practice, no score never 0', () => {
  const kickoff: Snapshot = {
    id: 'kickoff',
    takenAt: '2026-10-01T08:00:00Z',
    label: 'Kickoff',
    bankVersion: BANK_VERSION,
    answers: { 'culture-dev-on-call': 1 },
    dora: { deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-over-60' },
  }
  const comparison = compareWithSnapshot(
    {
      answers: { 'culture-dev-on-call': 3 },
      dora: { deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-21-30' },
    },
    kickoff,
  )
  if (comparison === undefined) throw new Error('bank 2 is known')
  const changes = describeChanges(kickoff, comparison)
  expect(changes.baselineLabel).toBe('Kickoff')
  expect(changes.baselineTakenAt).toBe('2026-10-01T08:00:00Z')
  expect(changes.baselineTitle).toBe('2026-10-01 Kickoff')
  // Both sides' DORA by the same rule: over 60% is beyond every 2024 value (stability Low) then; 21-30% is one
  // band beyond High's 20% now (stability High). Deploying on demand is throughput Elite on both sides.
  expect(changes.outcomes.previous.classification.cluster).toBe('low')
  expect(changes.outcomes.current.classification.cluster).toBe('high')
  expect(changes.sharedQuestions).toBeUndefined()
  // Culture rests on its one answer: level 1 = 25 then, level 3 = 75 now, a change of +50.
  expect(changes.pillars.find((row) => row.key === 'culture')).toMatchObject({
    previous: 25,
    current: 75,
    change: 50,
  })
  // Nothing answered about automation on either side: no score and no change.
  expect(changes.pillars.find((row) => row.key === 'automation')).toMatchObject({
    previous: null,
    current: null,
    change: null,
  })
  expect(changes.pillars).toHaveLength(5)
  expect(changes.practices.find((row) => row.key === 'shared-ownership')).toMatchObject({
    previous: 25,
    current: 75,
    change: 50,
  })
})

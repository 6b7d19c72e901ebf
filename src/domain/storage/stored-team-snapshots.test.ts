import { describe, expect, test } from 'vitest'
import type { TeamSnapshot } from './team-snapshot.ts'
import { describeSnapshot } from '../scoring/snapshot-name.ts'
import {
  addTeamSnapshot,
  TEAM_SNAPSHOTS_FORMAT,
  MAX_TEAM_SNAPSHOTS,
  TEAM_SNAPSHOTS_FULL_MESSAGE,
} from './stored-team-snapshots.ts'

const round: TeamSnapshot = {
  id: 'team-snapshot-2026-11-26T09:30:15Z',
  takenAt: '2026-11-26T09:30:15Z',
  label: 'Round of 2026-11-26',
  bankVersion: 1,
  people: [
    { pillarScores: { culture: 75, automation: null, lean: null, measurement: null, sharing: null } },
    { pillarScores: { culture: 25, automation: null, lean: null, measurement: null, sharing: null } },
  ],
  questionLevels: { 'culture-1': { levels: [0, 1, 0, 1, 0], dontKnow: 0, notApplicable: 0, blank: 0 } },
}

const stored = (snapshots: unknown[], version = 1) => JSON.stringify({ state: { snapshots }, version })
const errorsOf = (raw: string) => {
  const result = TEAM_SNAPSHOTS_FORMAT.parse(raw)
  return result.ok ? [] : result.errors
}

describe('stored team snapshots', () => {
  test('read back exactly', () => {
    expect(TEAM_SNAPSHOTS_FORMAT.parse(stored([round]))).toEqual({
      ok: true,
      value: { state: { snapshots: [round] }, version: 1 },
    })
    expect(TEAM_SNAPSHOTS_FORMAT.upgrade({ snapshots: [] }, 1)).toEqual({
      ok: true,
      value: { snapshots: [] },
    })
  })

  test('unreadable ones come back as readable errors', () => {
    expect(errorsOf('{')).toEqual([
      'The saved team snapshots are not valid JSON (they may have been cut off or edited by hand).',
    ])
    expect(errorsOf(stored([], 2))[0]).toMatch(
      /^The saved team snapshots have format version 2, which this version/,
    )
    expect(errorsOf(stored([{ ...round, label: '' }]))).toEqual([
      'saved team snapshots.snapshots.0.label: must not be empty',
    ])
    expect(errorsOf(stored([round, round]))).toEqual(['saved team snapshots.snapshots: ids must be unique'])
    // A name kept with a round would undo the team page's anonymity: refused.
    expect(errorsOf(stored([{ ...round, sessionName: 'Payments' }]))).toEqual([
      'saved team snapshots.snapshots.0: Unrecognized key: "sessionName"',
    ])
  })

  test('at most 50', () => {
    const many = Array.from({ length: MAX_TEAM_SNAPSHOTS + 1 }, (_, i) => ({ ...round, id: `r${i}` }))
    expect(errorsOf(stored(many.slice(0, MAX_TEAM_SNAPSHOTS)))).toEqual([])
    expect(errorsOf(stored(many))).toEqual(['saved team snapshots.snapshots: at most 50 team snapshots'])
  })

  test('a newer app or bank is recognised and left alone', () => {
    expect(TEAM_SNAPSHOTS_FORMAT.findNewer(stored([round]))).toBeUndefined()
    expect(TEAM_SNAPSHOTS_FORMAT.findNewer(stored([], 2))).toEqual({
      formatVersion: { found: 2, known: 1 },
      bankVersion: undefined,
    })
    expect(TEAM_SNAPSHOTS_FORMAT.findNewer(stored([{ ...round, bankVersion: 99 }]))?.bankVersion?.found).toBe(
      99,
    )
  })
})

describe('addTeamSnapshot', () => {
  test('a second one of the same second gets a suffix', () => {
    const result = addTeamSnapshot([round], round)
    expect(result.ok && result.value.map((s) => s.id)).toEqual([
      'team-snapshot-2026-11-26T09:30:15Z',
      'team-snapshot-2026-11-26T09:30:15Z-2',
    ])
  })

  test('the 51st is refused, saying how to make room', () => {
    const full = Array.from({ length: MAX_TEAM_SNAPSHOTS }, (_, i) => ({ ...round, id: `r${i}` }))
    expect(addTeamSnapshot(full, round)).toEqual({ ok: false, errors: [TEAM_SNAPSHOTS_FULL_MESSAGE] })
    expect(TEAM_SNAPSHOTS_FULL_MESSAGE).toBe(
      'The team already has 50 snapshots, the most this app keeps. ' +
        'Delete one you no longer need under "Compare over time", then try again.',
    )
  })

  test('a snapshot is named by its date and label', () => {
    expect(describeSnapshot(round)).toBe('2026-11-26 Round of 2026-11-26')
  })
})

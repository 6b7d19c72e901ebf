import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { MAX_TEAM_SNAPSHOTS } from '../domain/formats/stored-team-snapshots.ts'
import type { TeamSnapshot } from '../domain/plan/team-snapshot.ts'
import { createMemoryStorage, storageEntries } from '../test-support/memory-storage.ts'
import { readStored, unreadableNoticesAbout } from '../test-support/stored-values.ts'
import { createTeamSnapshotStore, TEAM_SNAPSHOTS_STORAGE_KEY } from './team-snapshot-store.ts'

const KEY = TEAM_SNAPSHOTS_STORAGE_KEY

const round: TeamSnapshot = {
  id: 'team-snapshot-2026-11-26T09:30:15Z',
  takenAt: '2026-11-26T09:30:15Z',
  label: 'Round of 2026-11-26',
  bankVersion: 1,
  people: [{ pillarScores: { culture: 75, automation: null, lean: null, measurement: null, sharing: null } }],
  questionLevels: { 'culture-1': { levels: [0, 0, 0, 1, 0], dontKnow: 0, notApplicable: 0, blank: 0 } },
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.parse('2026-11-27T08:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

test('writes version 1 under its own key, with the list of team snapshots, never the actions', () => {
  expect(KEY).toBe('calms-radar:team-snapshots')
  const storage = createMemoryStorage()
  const store = createTeamSnapshotStore(() => storage)
  expect(store.persist.getOptions().version).toBe(1)

  store.getState().actions.teamSnapshotSaved(round)
  expect(readStored(storage, KEY)).toEqual({ state: { snapshots: [round] }, version: 1 })
  store.getState().actions.teamSnapshotDeleted(round.id)
  expect(readStored(storage, KEY)).toEqual({ state: { snapshots: [] }, version: 1 })
})

test('a full list refuses another snapshot and keeps every one it has', () => {
  const storage = createMemoryStorage()
  const store = createTeamSnapshotStore(() => storage)
  const full = Array.from({ length: MAX_TEAM_SNAPSHOTS }, (_, i) => ({ ...round, id: `r${i}` }))
  store.getState().actions.teamSnapshotsRestored(full)
  const result = store.getState().actions.teamSnapshotSaved(round)
  expect(result.ok).toBe(false)
  expect(store.getState().snapshots).toEqual(full)
})

test('unreadable team snapshots are kept aside and reported; a newer app is left alone', () => {
  const storage = createMemoryStorage()
  const raw = JSON.stringify({ state: { snapshots: [round, round] }, version: 1 })
  storage.setItem(KEY, raw)
  const store = createTeamSnapshotStore(() => storage)
  const keptAs = `${KEY}:unreadable:2026-11-27T08:00:00.000Z`
  expect(store.getState().snapshots).toEqual([])
  expect(storageEntries(storage)).toEqual({ [KEY]: raw, [keptAs]: raw })
  expect(unreadableNoticesAbout(raw)).toEqual([
    { kind: 'unreadable', raw, errors: ['saved team snapshots.snapshots: ids must be unique'], keptAs },
  ])

  const newer = createMemoryStorage()
  const newerRaw = JSON.stringify({ state: { snapshots: [] }, version: 2 })
  newer.setItem(KEY, newerRaw)
  createTeamSnapshotStore(() => newer)
  expect(newer.getItem(KEY)).toBe(newerRaw)
  expect(unreadableNoticesAbout(newerRaw)).toEqual([])
})

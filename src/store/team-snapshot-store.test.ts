import { expect, test } from 'vitest'
import { MAX_TEAM_SNAPSHOTS } from '../domain/storage/stored-team-snapshots.ts'
import type { TeamSnapshot } from '../domain/storage/team-snapshot.ts'
import { createMemoryStorage } from '../test-support/memory-storage.ts'
import { readStored } from '../test-support/stored-values.ts'
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

test('a deleted team snapshot is gone from storage too', () => {
  const storage = createMemoryStorage()
  const store = createTeamSnapshotStore(() => storage)
  store.getState().actions.snapshotSaved(round)
  store.getState().actions.snapshotDeleted(round.id)
  expect(readStored(storage, KEY)).toEqual({ state: { snapshots: [] }, version: 1 })
})

test('a full list refuses another snapshot and keeps every one it has', () => {
  const storage = createMemoryStorage()
  const store = createTeamSnapshotStore(() => storage)
  const full = Array.from({ length: MAX_TEAM_SNAPSHOTS }, (_, i) => ({ ...round, id: `r${i}` }))
  store.getState().actions.snapshotsRestored(full)
  const result = store.getState().actions.snapshotSaved(round)
  expect(result.ok).toBe(false)
  expect(store.getState().snapshots).toEqual(full)
})

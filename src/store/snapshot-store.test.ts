import { expect, test } from 'vitest'
import type { Snapshot } from '../domain/storage/snapshots.ts'
import { createMemoryStorage } from '../test-support/memory-storage.ts'
import { readStored } from '../test-support/stored-values.ts'
import { createSnapshotStore, SNAPSHOTS_STORAGE_KEY } from './snapshot-store.ts'

const KEY = SNAPSHOTS_STORAGE_KEY

const baseline: Snapshot = {
  id: 'snapshot-2026-11-26T09:30:15Z',
  takenAt: '2026-11-26T09:30:15Z',
  label: 'Baseline, kickoff',
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 3, 'lean-change-size': 'dont-know' },
  dora: { leadTime: 'lt-1d-1w' },
}

const stored = (storage: Storage) => readStored(storage, KEY)

test('a deleted snapshot is gone from storage too', () => {
  const storage = createMemoryStorage()
  const store = createSnapshotStore(() => storage)
  store.getState().actions.snapshotSaved(baseline)
  store.getState().actions.snapshotDeleted(baseline.id)
  expect(stored(storage)).toEqual({ state: { snapshots: [] }, version: 2 })
})

test('saving gives back the snapshot as saved: a second one taken the same second gets the suffix "-2"', () => {
  const storage = createMemoryStorage()
  const store = createSnapshotStore(() => storage)
  const first = store.getState().actions.snapshotSaved(baseline)
  const second = store.getState().actions.snapshotSaved({ ...baseline, label: 'Again' })
  expect(first).toEqual({ ok: true, value: baseline })
  expect(second).toEqual({ ok: true, value: { ...baseline, id: `${baseline.id}-2`, label: 'Again' } })
  expect(store.getState().snapshots.map((snapshot) => snapshot.id)).toEqual([baseline.id, `${baseline.id}-2`])
})

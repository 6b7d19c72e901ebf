import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { Snapshot } from '../domain/formats/snapshots.ts'
import { createMemoryStorage, storageEntries } from '../test-support/memory-storage.ts'
import { readStored, unreadableNoticesAbout } from '../test-support/stored-values.ts'
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
const noticesAbout = unreadableNoticesAbout

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.parse('2026-11-27T08:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

test('writes version 2 with the list of snapshots, never the actions', () => {
  const storage = createMemoryStorage()
  const store = createSnapshotStore(() => storage)
  expect(store.persist.getOptions().version).toBe(2)

  store.getState().actions.snapshotSaved(baseline)
  expect(stored(storage)).toEqual({ state: { snapshots: [baseline] }, version: 2 })
  store.getState().actions.snapshotDeleted(baseline.id)
  expect(stored(storage)).toEqual({ state: { snapshots: [] }, version: 2 })
})

test('version 1 snapshots, from before targets and plans, load as they were', () => {
  const storage = createMemoryStorage()
  storage.setItem(KEY, JSON.stringify({ state: { snapshots: [baseline] }, version: 1 }))
  const store = createSnapshotStore(() => storage)
  expect(store.getState().snapshots).toEqual([baseline])
})

test('reads stored snapshots as they are, without migrate', async () => {
  const storage = createMemoryStorage()
  const store = createSnapshotStore(() => storage)
  const migrate = vi.fn(store.persist.getOptions().migrate)
  store.persist.setOptions({ migrate })
  storage.setItem(KEY, JSON.stringify({ state: { snapshots: [baseline] }, version: 2 }))

  await store.persist.rehydrate()
  expect(store.getState().snapshots).toEqual([baseline])
  expect(migrate).not.toHaveBeenCalled()
})

test('unreadable snapshots are kept aside, reported, and the next write does not destroy the copy', () => {
  const storage = createMemoryStorage()
  const raw = JSON.stringify({ state: { snapshots: [baseline, baseline] }, version: 2 })
  storage.setItem(KEY, raw)
  const store = createSnapshotStore(() => storage)
  const keptAs = `${KEY}:unreadable:2026-11-27T08:00:00.000Z`

  expect(store.getState().snapshots).toEqual([])
  expect(storageEntries(storage)).toEqual({ [KEY]: raw, [keptAs]: raw })
  expect(noticesAbout(raw)).toEqual([
    { kind: 'unreadable', raw, errors: ['saved snapshots.snapshots: ids must be unique'], keptAs },
  ])

  store.getState().actions.snapshotSaved(baseline)
  expect(storageEntries(storage)).toEqual({
    [KEY]: JSON.stringify({ state: { snapshots: [baseline] }, version: 2 }),
    [keptAs]: raw,
  })
  expect(noticesAbout(raw)).toHaveLength(1)
})

test('snapshots from a newer app are neither kept aside as unreadable nor overwritten', () => {
  const storage = createMemoryStorage()
  const raw = JSON.stringify({ state: { snapshots: [] }, version: 3 })
  storage.setItem(KEY, raw)
  createSnapshotStore(() => storage)
  expect(storage.getItem(`${KEY}:unreadable:2026-11-27T08:00:00.000Z`)).toBeNull()
  expect(noticesAbout(raw)).toEqual([])
  expect(storage.getItem(KEY)).toBe(raw)
})

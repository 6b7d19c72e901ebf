import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { Response } from '../domain/formats/response.ts'
import { createMemoryStorage, storageEntries } from '../test-support/memory-storage.ts'
import { readStored, unreadableNoticesAbout } from '../test-support/stored-values.ts'
import { createTeamStore, TEAM_STORAGE_KEY } from './team-store.ts'

const KEY = TEAM_STORAGE_KEY

const ana: Response = {
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 3, 'lean-change-size': 'dont-know' },
  dora: { leadTime: 'lt-1d-1w' },
  alias: 'Ana',
  role: 'qa',
  createdAt: '2026-11-20T09:30:00Z',
}

const stored = (storage: Storage) => readStored(storage, KEY)
const noticesAbout = unreadableNoticesAbout

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.parse('2026-11-20T10:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

test('writes version 1 with the session name and responses, never the actions', () => {
  const storage = createMemoryStorage()
  const store = createTeamStore(() => storage)
  expect(store.persist.getOptions().version).toBe(1)

  store.getState().actions.sessionRenamed('Retro')
  store.getState().actions.responsesAdded([ana])
  expect(stored(storage)).toEqual({ state: { sessionName: 'Retro', responses: [ana] }, version: 1 })
})

test('reads a stored version 1 team view as it is, without migrate', async () => {
  const storage = createMemoryStorage()
  const store = createTeamStore(() => storage)
  const migrate = vi.fn(store.persist.getOptions().migrate)
  store.persist.setOptions({ migrate })
  storage.setItem(KEY, JSON.stringify({ state: { sessionName: 'Retro', responses: [ana] }, version: 1 }))

  await store.persist.rehydrate()
  expect(store.getState()).toMatchObject({ sessionName: 'Retro', responses: [ana] })
  expect(migrate).not.toHaveBeenCalled()
})

test('an unreadable team view is kept aside, reported, and the next write does not destroy the copy', () => {
  const storage = createMemoryStorage()
  // Valid JSON, edited by hand into a shape no version wrote.
  const raw = '{"state":{"sessionName":42,"responses":"all of them"},"version":1}'
  storage.setItem(KEY, raw)
  const store = createTeamStore(() => storage)
  const keptAs = `${KEY}:unreadable:2026-11-20T10:00:00.000Z`

  expect(store.getState()).toMatchObject({ sessionName: '', responses: [] })
  expect(storageEntries(storage)).toEqual({ [KEY]: raw, [keptAs]: raw })
  expect(noticesAbout(raw)).toEqual([
    {
      kind: 'unreadable',
      raw,
      errors: [
        'saved team view.sessionName: Invalid input: expected string, received number',
        'saved team view.responses: Invalid input: expected array, received string',
      ],
      keptAs,
    },
  ])

  store.getState().actions.sessionRenamed('Retro')
  expect(storageEntries(storage)).toEqual({
    [KEY]: '{"state":{"sessionName":"Retro","responses":[]},"version":1}',
    [keptAs]: raw,
  })
  expect(noticesAbout(raw)).toHaveLength(1)
})

test('a team view from a newer app is neither kept aside as unreadable nor overwritten', () => {
  const storage = createMemoryStorage()
  const raw = JSON.stringify({ state: { sessionName: 'Retro', responses: [] }, version: 2 })
  storage.setItem(KEY, raw)
  const store = createTeamStore(() => storage)
  store.getState().actions.sessionRenamed('Older tab')
  expect(storage.getItem(`${KEY}:unreadable:2026-11-20T10:00:00.000Z`)).toBeNull()
  expect(noticesAbout(raw)).toEqual([])
  expect(storage.getItem(KEY)).toBe(raw)
})

test('two tabs: the last to save wins, as with any document', () => {
  const storage = createMemoryStorage()
  const tabA = createTeamStore(() => storage)
  const tabB = createTeamStore(() => storage)
  tabA.getState().actions.responsesAdded([ana])
  tabB.getState().actions.sessionRenamed('Tab B')
  expect(stored(storage)).toEqual({ state: { sessionName: 'Tab B', responses: [] }, version: 1 })
})

test('a removed response is restored at its place, once', () => {
  const store = createTeamStore(() => createMemoryStorage())
  const bo: Response = { ...ana, alias: 'Bo', createdAt: '2026-11-20T09:31:00Z' }
  const chi: Response = { ...ana, alias: 'Chi', createdAt: '2026-11-20T09:32:00Z' }
  const { actions } = store.getState()
  actions.responsesAdded([ana, bo, chi])
  actions.responseRemoved(bo)
  expect(actions.responseRestored(bo, 1)).toBe(true)
  expect(store.getState().responses.map((r) => r.alias)).toEqual(['Ana', 'Bo', 'Chi'])
  // Already back: nothing changes.
  expect(actions.responseRestored(bo, 0)).toBe(false)
  expect(store.getState().responses).toHaveLength(3)
  // A position past the end puts it last.
  actions.responseRemoved(ana)
  expect(actions.responseRestored(ana, 9)).toBe(true)
  expect(store.getState().responses.map((r) => r.alias)).toEqual(['Bo', 'Chi', 'Ana'])
})

test('a new round clears the responses and keeps the session name', () => {
  const storage = createMemoryStorage()
  const store = createTeamStore(() => storage)
  store.getState().actions.sessionRenamed('Retro')
  store.getState().actions.responsesAdded([ana])
  store.getState().actions.roundStarted()
  expect(store.getState().responses).toEqual([])
  expect(stored(storage)).toEqual({ state: { sessionName: 'Retro', responses: [] }, version: 1 })
})

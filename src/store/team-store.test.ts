import { expect, test } from 'vitest'
import type { Response } from '../domain/formats/response.ts'
import { createMemoryStorage } from '../test-support/memory-storage.ts'
import { readStored } from '../test-support/stored-values.ts'
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

test('two tabs: the last to save wins, as with any document', () => {
  const storage = createMemoryStorage()
  const tabA = createTeamStore(() => storage)
  const tabB = createTeamStore(() => storage)
  tabA.getState().actions.responsesAdded([ana])
  tabB.getState().actions.sessionRenamed('Tab B')
  expect(stored(storage)).toEqual({ state: { sessionName: 'Tab B', responses: [] }, version: 2 })
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
  expect(stored(storage)).toEqual({ state: { sessionName: 'Retro', responses: [] }, version: 2 })
})

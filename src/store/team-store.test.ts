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
  expect(stored(storage)).toEqual({
    state: { sessionName: 'Tab B', responses: [], numbers: [], nextNumber: 1 },
    version: 3,
  })
})

const bo: Response = { ...ana, alias: 'Bo', createdAt: '2026-11-20T09:31:00Z' }
const chi: Response = { ...ana, alias: 'Chi', createdAt: '2026-11-20T09:32:00Z' }
const dee: Response = { ...ana, alias: 'Dee', createdAt: '2026-11-20T09:33:00Z' }

test('a removed response is restored at its place with its number, once', () => {
  const store = createTeamStore(() => createMemoryStorage())
  const { actions } = store.getState()
  actions.responsesAdded([ana, bo, chi])
  const removed = actions.responseRemoved(bo)
  expect(removed).toEqual({ response: bo, number: 2, position: 1 })
  if (removed === undefined) return
  expect(actions.responseRestored(removed)).toBe(true)
  expect(store.getState().responses.map((r) => r.alias)).toEqual(['Ana', 'Bo', 'Chi'])
  expect(store.getState().numbers).toEqual([1, 2, 3])
  // Already back: nothing changes.
  expect(actions.responseRestored({ ...removed, position: 0 })).toBe(false)
  expect(store.getState().responses).toHaveLength(3)
  // A position past the end puts it last.
  actions.responseRemoved(ana)
  expect(actions.responseRestored({ response: ana, number: 1, position: 9 })).toBe(true)
  expect(store.getState().responses.map((r) => r.alias)).toEqual(['Bo', 'Chi', 'Ana'])
  expect(store.getState().numbers).toEqual([2, 3, 1])
  // Not in the team view: nothing to undo.
  expect(actions.responseRemoved(dee)).toBeUndefined()
})

test('numbers survive removing, adding and a reload; a new round starts again at 1', () => {
  const storage = createMemoryStorage()
  const store = createTeamStore(() => storage)
  const { actions } = store.getState()
  // Ana 1, Bo 2, Chi 3; Bo removed; Dee gets 4, not 2 or 3: 1, 3, 4.
  actions.responsesAdded([ana, bo, chi])
  actions.responseRemoved(bo)
  expect(actions.responsesAdded([dee])).toEqual({ added: 1, duplicates: 0, refusedOverLimit: 0 })
  expect(store.getState().numbers).toEqual([1, 3, 4])
  expect(stored(storage)).toMatchObject({ state: { numbers: [1, 3, 4], nextNumber: 5 }, version: 3 })

  const reloaded = createTeamStore(() => storage)
  expect(reloaded.getState().responses.map((r) => r.alias)).toEqual(['Ana', 'Chi', 'Dee'])
  expect(reloaded.getState().numbers).toEqual([1, 3, 4])
  // Removing the highest does not free its number: the next newcomer is 5.
  reloaded.getState().actions.responseRemoved(dee)
  reloaded.getState().actions.responsesAdded([bo])
  expect(reloaded.getState().numbers).toEqual([1, 3, 5])

  reloaded.getState().actions.roundStarted()
  reloaded.getState().actions.responsesAdded([chi])
  expect(reloaded.getState().numbers).toEqual([1])
})

test('a team view saved before the numbers existed is numbered in its order', () => {
  const storage = createMemoryStorage()
  storage.setItem(
    KEY,
    JSON.stringify({ state: { sessionName: 'Retro', responses: [ana, bo, chi] }, version: 1 }),
  )
  const store = createTeamStore(() => storage)
  expect(store.getState().numbers).toEqual([1, 2, 3])
  expect(store.getState().nextNumber).toBe(4)
})

test('a backup replaces the team view numbered 1 to n in its order', () => {
  const store = createTeamStore(() => createMemoryStorage())
  store.getState().actions.responsesAdded([ana, bo, chi])
  store.getState().actions.responseRemoved(ana)
  store.getState().actions.teamRestored({ sessionName: 'Backup', responses: [dee, chi] })
  expect(store.getState()).toMatchObject({ numbers: [1, 2], nextNumber: 3 })
})

test('a new round clears the responses and keeps the session name', () => {
  const storage = createMemoryStorage()
  const store = createTeamStore(() => storage)
  store.getState().actions.sessionRenamed('Retro')
  store.getState().actions.responsesAdded([ana])
  store.getState().actions.roundStarted()
  expect(store.getState().responses).toEqual([])
  expect(stored(storage)).toEqual({
    state: { sessionName: 'Retro', responses: [], numbers: [], nextNumber: 1 },
    version: 3,
  })
})

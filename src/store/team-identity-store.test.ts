import { expect, test } from 'vitest'
import { createMemoryStorage } from '../test-support/memory-storage.ts'
import { createTeamIdentityStore, TEAM_IDENTITY_STORAGE_KEY } from './team-identity-store.ts'

test('the team id is made with the first team file, then kept across page loads', () => {
  const storage = createMemoryStorage()
  const store = createTeamIdentityStore(() => storage)
  expect(store.getState().teamId).toBeUndefined()
  // Nothing to keep yet: a team view that never made a file writes nothing.
  expect(storage.getItem(TEAM_IDENTITY_STORAGE_KEY)).toBeNull()

  const teamId = store.getState().actions.teamFileDownloaded()
  expect(teamId).toMatch(/^[A-Za-z0-9_-]{22}$/)
  expect(store.getState().actions.teamFileDownloaded()).toBe(teamId)

  const reopened = createTeamIdentityStore(() => storage)
  expect(reopened.getState().teamId).toBe(teamId)
  expect(reopened.getState().actions.teamFileDownloaded()).toBe(teamId)
})

test('the pseudonym is kept as typed; "Clear this device" forgets both', () => {
  const storage = createMemoryStorage()
  const store = createTeamIdentityStore(() => storage)
  const teamId = store.getState().actions.teamFileDownloaded()
  store.getState().actions.teamPseudonymChanged('Team Kiwi ')
  expect(JSON.parse(storage.getItem(TEAM_IDENTITY_STORAGE_KEY) ?? '')).toEqual({
    state: { teamId, pseudonym: 'Team Kiwi ' },
    version: 1,
  })
  store.getState().actions.deviceCleared()
  expect(store.getState()).toMatchObject({ teamId: undefined, pseudonym: '' })
  expect(store.getState().actions.teamFileDownloaded()).not.toBe(teamId)
})

test('a backup with an identity replaces this one', () => {
  const store = createTeamIdentityStore(() => createMemoryStorage())
  store.getState().actions.teamFileDownloaded()
  store.getState().actions.teamIdentityRestored({ teamId: 'team-payments-01', pseudonym: 'Payments' })
  expect(store.getState()).toMatchObject({ teamId: 'team-payments-01', pseudonym: 'Payments' })
})

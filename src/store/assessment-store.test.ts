import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createMemoryStorage } from '../test-support/memory-storage.ts'
import { readStored } from '../test-support/stored-values.ts'
import { ASSESSMENT_STORAGE_KEY } from '../domain/storage/assessment-storage-key.ts'
import { createAssessmentStore, followOtherTabs, type AssessmentStore } from './assessment-store.ts'

const KEY = ASSESSMENT_STORAGE_KEY

/** The self-check exactly as the first release wrote it: version 1, answers without times. */
const VERSION_1_STATE = {
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 3, 'lean-batch-size': 'dont-know' },
  dora: { deploymentFrequency: 'df-daily-weekly' },
  lastStep: 3,
}

const at = (iso: string) => vi.setSystemTime(Date.parse(iso))
const stored = (storage: Storage) => readStored(storage, KEY)
const answersOf = (store: AssessmentStore) => store.getState().answers

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  at('2026-11-20T09:30:00Z')
})

afterEach(() => {
  vi.useRealTimers()
})

describe('what the self-check writes', () => {
  test('the profile is written once a person gives one', () => {
    const storage = createMemoryStorage()
    const store = createAssessmentStore(() => storage)
    store.getState().actions.profileChanged({ alias: 'Ana', role: 'qa' })
    expect(stored(storage)).toMatchObject({ state: { profile: { alias: 'Ana', role: 'qa' } }, version: 3 })
  })

  test('the session a person was invited to is written, and read back by the next tab', () => {
    const storage = createMemoryStorage()
    createAssessmentStore(() => storage)
      .getState()
      .actions.invitationAccepted('Payments retro')
    expect(stored(storage)).toMatchObject({ state: { invitation: 'Payments retro' }, version: 3 })
    expect(createAssessmentStore(() => storage).getState().invitation).toBe('Payments retro')
  })

  test("an invitation's live session is written with it, read back, and replaced with the next invitation", () => {
    const storage = createMemoryStorage()
    const live = {
      relay: 'wss://relay.example.org',
      room: 'AbCdEfGhIjKlMnOpQrStUv',
      facilitatorKey: `B${'k'.repeat(86)}`,
    }
    const store = createAssessmentStore(() => storage)
    store.getState().actions.invitationAccepted('Payments retro', live)
    expect(stored(storage)).toMatchObject({ state: { invitation: 'Payments retro', liveInvitation: live } })
    expect(createAssessmentStore(() => storage).getState().liveInvitation).toEqual(live)

    // A plain invitation leaves no live session of the one before it behind.
    store.getState().actions.invitationAccepted('Checkout retro')
    expect(stored(storage)).not.toHaveProperty('state.liveInvitation')
    expect(createAssessmentStore(() => storage).getState()).toMatchObject({ invitation: 'Checkout retro' })
    expect(createAssessmentStore(() => storage).getState().liveInvitation).toBeUndefined()
  })

  /** A self-check of format version 3 invited to "Payments retro", as written before live sessions, plus `extra`. */
  const storedBeforeLiveSessions = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      version: 3,
      state: {
        bankVersion: 1,
        answers: { 'culture-dev-on-call': 3 },
        dora: {},
        answeredAt: { 'culture-dev-on-call': 1_000 },
        lastStep: 2,
        resetAt: 0,
        setAside: [],
        setAsideAcknowledged: 0,
        invitation: 'Payments retro',
        ...extra,
      },
    })

  test('a self-check stored before invitations had a live session loads as it was', () => {
    const storage = createMemoryStorage()
    storage.setItem(KEY, storedBeforeLiveSessions())
    const state = createAssessmentStore(() => storage).getState()
    expect(state.invitation).toBe('Payments retro')
    expect(state.liveInvitation).toBeUndefined()
    expect(state.answers).toEqual({ 'culture-dev-on-call': 3 })
  })

  test('a stored live session that is not one (an http relay) is refused with the rest, as any malformed value is', () => {
    const storage = createMemoryStorage()
    const raw = storedBeforeLiveSessions({
      liveInvitation: { relay: 'http://relay.example.org', room: 'x', facilitatorKey: 'y' },
    })
    storage.setItem(KEY, raw)
    expect(createAssessmentStore(() => storage).getState().answers).toEqual({})
  })

  test('an invitation of 120 emoji is cut to the 120 code units the stored format allows, so it reads back', () => {
    const storage = createMemoryStorage()
    createAssessmentStore(() => storage)
      .getState()
      .actions.invitationAccepted('🎉'.repeat(120))
    // each emoji is two UTF-16 code units: 60 of them fill 120
    expect(createAssessmentStore(() => storage).getState().invitation).toBe('🎉'.repeat(60))
  })

  test('continuing a quick check to the full one is written, kept on reload, and ends with another depth or "Start over"', () => {
    const storage = createMemoryStorage()
    const store = createAssessmentStore(() => storage)
    const { depthChosen, resetAssessment } = store.getState().actions
    depthChosen('quick')
    expect(stored(storage)).not.toHaveProperty('state.continuedFromQuick')
    depthChosen('full')
    expect(stored(storage)).toMatchObject({ state: { depth: 'full', continuedFromQuick: true } })
    expect(createAssessmentStore(() => storage).getState().continuedFromQuick).toBe(true)
    // Choosing the full check again keeps the marks; choosing the quick check ends them.
    depthChosen('full')
    expect(store.getState().continuedFromQuick).toBe(true)
    depthChosen('quick')
    expect(stored(storage)).not.toHaveProperty('state.continuedFromQuick')
    depthChosen('full')
    resetAssessment()
    expect(store.getState().continuedFromQuick).toBe(false)
  })

  test('a full check started as one is not marked as continued', () => {
    const storage = createMemoryStorage()
    const store = createAssessmentStore(() => storage)
    store.getState().actions.depthChosen('full')
    expect(store.getState().continuedFromQuick).toBe(false)
    expect(stored(storage)).not.toHaveProperty('state.continuedFromQuick')
  })
})

describe('two tabs of one browser', () => {
  /**
   * Two stores over one storage, each following storage events. A browser tells only the other tabs of a write;
   * here both hear it, and a tab merging its own write changes nothing.
   */
  function openTwoTabs() {
    const storage = createMemoryStorage()
    const tabA = createAssessmentStore(() => storage)
    const tabB = createAssessmentStore(() => storage)
    const unfollow = [followOtherTabs(tabA, () => storage), followOtherTabs(tabB, () => storage)]
    const announce = () =>
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: storage.getItem(KEY) }))
    const close = () => unfollow.forEach((stop) => stop())
    return { storage, tabA, tabB, announce, close }
  }

  test('answers given in either tab are all kept; for one question the newer answer wins', () => {
    const { storage, tabA, tabB, announce, close } = openTwoTabs()

    at('2026-11-20T09:30:01Z')
    tabA.getState().actions.answerQuestion('culture-dev-on-call', 1)
    at('2026-11-20T09:30:02Z')
    // Tab B has not heard of tab A's answer yet: its write merges with storage instead of replacing it.
    tabB.getState().actions.answerQuestion('automation-ci-every-commit', 4)
    expect(stored(storage)).toMatchObject({
      state: { answers: { 'culture-dev-on-call': 1, 'automation-ci-every-commit': 4 } },
    })

    at('2026-11-20T09:30:03Z')
    tabB.getState().actions.answerQuestion('culture-dev-on-call', 3)
    at('2026-11-20T09:30:04Z')
    // Tab A still holds its older answer to that question, and writes after tab B: tab B's newer answer stays.
    tabA.getState().actions.answerQuestion('lean-batch-size', 2)
    expect(stored(storage)).toMatchObject({
      state: {
        answers: { 'culture-dev-on-call': 3, 'automation-ci-every-commit': 4, 'lean-batch-size': 2 },
        answeredAt: {
          'culture-dev-on-call': Date.parse('2026-11-20T09:30:03Z'),
          'automation-ci-every-commit': Date.parse('2026-11-20T09:30:02Z'),
          'lean-batch-size': Date.parse('2026-11-20T09:30:04Z'),
        },
      },
    })

    announce()
    const all = { 'culture-dev-on-call': 3, 'automation-ci-every-commit': 4, 'lean-batch-size': 2 }
    expect(answersOf(tabA)).toEqual(all)
    expect(answersOf(tabB)).toEqual(all)
    close()
  })

  test('"Start over" in one tab clears the answers the other tab gave before it, not those given after', () => {
    const { storage, tabA, tabB, announce, close } = openTwoTabs()

    at('2026-11-20T09:30:01Z')
    tabA.getState().actions.answerQuestion('culture-dev-on-call', 1)
    at('2026-11-20T09:30:02Z')
    tabB.getState().actions.answerQuestion('automation-ci-every-commit', 4)
    announce()
    expect(Object.keys(answersOf(tabA)).sort()).toEqual(['automation-ci-every-commit', 'culture-dev-on-call'])

    at('2026-11-20T09:31:00Z')
    tabA.getState().actions.resetAssessment()
    expect(stored(storage)).toMatchObject({
      state: { answers: {}, answeredAt: {}, resetAt: Date.parse('2026-11-20T09:31:00Z') },
    })
    announce()
    expect(answersOf(tabA)).toEqual({})
    expect(answersOf(tabB)).toEqual({})

    at('2026-11-20T09:31:30Z')
    tabB.getState().actions.answerQuestion('lean-batch-size', 2)
    announce()
    expect(answersOf(tabA)).toEqual({ 'lean-batch-size': 2 })
    expect(answersOf(tabB)).toEqual({ 'lean-batch-size': 2 })
    close()
  })

  test('a write of another key, or a cleared key, is not read as answers', () => {
    const { storage, tabA, close } = openTwoTabs()
    storage.setItem(KEY, JSON.stringify({ state: VERSION_1_STATE, version: 1 }))
    window.dispatchEvent(new StorageEvent('storage', { key: 'calms-radar:team', newValue: '{}' }))
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null }))
    expect(answersOf(tabA)).toEqual({})
    close()
  })
})

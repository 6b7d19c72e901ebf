import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { BANK_VERSION } from '../domain/bank/question-bank.ts'
import { createMemoryStorage, storageEntries } from '../test-support/memory-storage.ts'
import { readStored, unreadableNoticesAbout } from '../test-support/stored-values.ts'
import {
  ASSESSMENT_STORAGE_KEY,
  createAssessmentStore,
  followOtherTabs,
  type AssessmentStore,
} from './assessment-store.ts'
import { useStorageNotices } from './storage-status-store.ts'

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
const noticesAbout = unreadableNoticesAbout

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  at('2026-11-20T09:30:00Z')
})

afterEach(() => {
  vi.useRealTimers()
})

describe('what the self-check writes', () => {
  test('version 3, and only the stored format: answers with their times, never the actions', () => {
    const storage = createMemoryStorage()
    const store = createAssessmentStore(() => storage)
    expect(store.persist.getOptions().version).toBe(3)

    store.getState().actions.answerQuestion('culture-dev-on-call', 4)
    store.getState().actions.answerDoraMetric('leadTime', 'lt-1d-1w')
    store.getState().actions.stepVisited(2)
    expect(stored(storage)).toEqual({
      state: {
        bankVersion: BANK_VERSION,
        answers: { 'culture-dev-on-call': 4 },
        dora: { leadTime: 'lt-1d-1w' },
        answeredAt: {
          'culture-dev-on-call': Date.parse('2026-11-20T09:30:00Z'),
          'dora:leadTime': Date.parse('2026-11-20T09:30:00Z'),
        },
        lastStep: 2,
        resetAt: 0,
        setAside: [],
        setAsideAcknowledged: 0,
      },
      version: 3,
    })
  })

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

  test('an invitation of 120 emoji is cut to the 120 code units the stored format allows, so it reads back', () => {
    const storage = createMemoryStorage()
    createAssessmentStore(() => storage)
      .getState()
      .actions.invitationAccepted('🎉'.repeat(120))
    // each emoji is two UTF-16 code units: 60 of them fill 120
    expect(createAssessmentStore(() => storage).getState().invitation).toBe('🎉'.repeat(60))
  })
})

describe('reading a stored self-check', () => {
  // Brought to bank v2: culture-dev-on-call keeps level 3; lean-batch-size was never a v1 question, so it is kept
  // aside rather than dropped.
  const UPGRADED = {
    bankVersion: 2,
    answers: { 'culture-dev-on-call': 3 },
    dora: { deploymentFrequency: 'df-daily-weekly' },
    answeredAt: { 'culture-dev-on-call': 1, 'dora:deploymentFrequency': 1 },
    lastStep: 3,
    resetAt: 0,
    setAside: [
      { bankVersion: 1, questionId: 'lean-batch-size', answer: 'dont-know', reason: 'question-removed' },
    ],
    setAsideAcknowledged: 0,
  }

  test('a version 1 value migrates: migrate gets the old state and its version', async () => {
    const storage = createMemoryStorage()
    const store = createAssessmentStore(() => storage)
    const migrate = vi.fn(store.persist.getOptions().migrate)
    store.persist.setOptions({ migrate })
    storage.setItem(KEY, JSON.stringify({ state: VERSION_1_STATE, version: 1 }))

    await store.persist.rehydrate()
    expect(migrate).toHaveBeenCalledExactlyOnceWith(VERSION_1_STATE, 1)
    expect(store.getState()).toMatchObject(UPGRADED)
    expect(stored(storage)).toEqual({ state: UPGRADED, version: 3 })
  })

  test('a version 1 value found at start-up is upgraded and written back as version 3', () => {
    const storage = createMemoryStorage()
    storage.setItem(KEY, JSON.stringify({ state: VERSION_1_STATE, version: 1 }))
    const store = createAssessmentStore(() => storage)
    expect(store.getState()).toMatchObject(UPGRADED)
    expect(stored(storage)).toEqual({ state: UPGRADED, version: 3 })
  })

  test('an unreadable value is kept aside under a key of its own, reported once, and never destroyed', () => {
    const storage = createMemoryStorage()
    const raw = '{"state":{"bankVersion":1,"answers":{"culture-dev-on-call":3,"<img src=x>'
    storage.setItem(KEY, raw)
    const store = createAssessmentStore(() => storage)
    const keptAs = `${KEY}:unreadable:2026-11-20T09:30:00.000Z`

    expect(answersOf(store)).toEqual({})
    expect(storageEntries(storage)).toEqual({ [KEY]: raw, [keptAs]: raw })
    expect(noticesAbout(raw)).toEqual([
      {
        kind: 'unreadable',
        raw,
        errors: ['The saved self-check is not valid JSON (it may have been cut off or edited by hand).'],
        keptAs,
      },
    ])

    // The first write re-reads the key to merge with other tabs and finds the same text: no second copy.
    at('2026-11-20T09:31:00Z')
    store.getState().actions.answerQuestion('culture-dev-on-call', 2)
    expect(Object.keys(storageEntries(storage)).sort()).toEqual([KEY, keptAs])
    expect(storage.getItem(keptAs)).toBe(raw)
    expect(stored(storage)).toMatchObject({ state: { answers: { 'culture-dev-on-call': 2 } }, version: 3 })
    expect(noticesAbout(raw)).toHaveLength(1)
  })

  test('a value from a newer app is not kept aside as unreadable: it is left as it is', () => {
    const storage = createMemoryStorage()
    const raw = JSON.stringify({ state: { answers: {} }, version: 4 })
    storage.setItem(KEY, raw)
    createAssessmentStore(() => storage)
    expect(storage.getItem(`${KEY}:unreadable:2026-11-20T09:30:00.000Z`)).toBeNull()
    expect(noticesAbout(raw)).toEqual([])
    expect(storage.getItem(KEY)).toBe(raw)
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

describe('a self-check a newer CALMS Radar wrote', () => {
  test('is neither kept aside as unreadable nor overwritten, and this tab says to reload', async () => {
    const storage = createMemoryStorage()
    const newer = JSON.stringify({ state: { bankVersion: BANK_VERSION + 1, answers: {} }, version: 99 })
    storage.setItem(KEY, newer)
    const store = createAssessmentStore(() => storage)
    await store.persist.rehydrate()
    store.getState().actions.answerQuestion('culture-dev-on-call', 2)
    expect(storage.getItem(KEY)).toBe(newer)
    expect(Object.keys(storageEntries(storage)).filter((key) => key.includes(':unreadable:'))).toEqual([])
    // The notice store is shared by the whole test file and keeps one "newer" notice however often it is found.
    const notices = renderHook(() => useStorageNotices()).result.current
    expect(notices.filter((notice) => notice.kind === 'newer')).toHaveLength(1)
  })
})

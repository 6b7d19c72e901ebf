import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { fail, ok } from '../domain/common/parse-result.ts'
import { createMemoryStorage, storageEntries } from '../test-support/memory-storage.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import type { SafeStorageCodec } from './safe-storage.ts'
import { useStorageNotices } from './storage-status-store.ts'

/*
 * The helper on a made-up format, as zustand's own persist tests do it: version 1 stored `{ n }`, version 2
 * stores `{ count }`. persist-contract.test.ts checks the same on every real store and format.
 */
interface Counter {
  count: number
}
type CounterState = Counter & { increment: () => void }

function counterFormat() {
  const upgrade = vi.fn((state: unknown, version: number) => {
    const value = state as { n?: unknown; count?: unknown }
    if (version === 1 && typeof value.n === 'number') return ok({ count: value.n })
    if (version === 2 && typeof value.count === 'number') return ok({ count: value.count })
    return fail(`not a counter of version ${version}`)
  })
  const format: SafeStorageCodec<Counter> = {
    stored: { name: 'counter', plural: false, label: 'the counter' },
    parse: (raw) => {
      const value = JSON.parse(raw) as { state: unknown; version: number }
      return upgrade(value.state, value.version).ok ? ok(value) : fail('unreadable counter')
    },
    upgrade,
    isEmpty: ({ count }) => count === 0,
    version: 2,
    findNewer: () => undefined,
  }
  return { format, upgrade }
}

function createCounterStore(storage: Storage, format: SafeStorageCodec<Counter>) {
  return create<CounterState>()(
    persist(
      (set) => ({ count: 0, increment: () => set((state) => ({ count: state.count + 1 })) }),
      persistedStoreOptions({
        name: 'counter',
        format,
        partialize: ({ count }: CounterState): Counter => ({ count }),
        getStorage: () => storage,
      }),
    ),
  )
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-20T09:30:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

test("the store's version is the format's, and only the partialized state is written", () => {
  const storage = createMemoryStorage()
  const { format } = counterFormat()
  const store = createCounterStore(storage, format)
  expect(store.persist.getOptions().version).toBe(2)

  store.getState().increment()
  expect(storageEntries(storage)).toEqual({ counter: '{"state":{"count":1},"version":2}' })
})

test('an older version goes through the format upgrade: migrate gets the old state and its version', () => {
  const storage = createMemoryStorage()
  storage.setItem('counter', '{"state":{"n":41},"version":1}')
  const { format, upgrade } = counterFormat()
  const store = createCounterStore(storage, format)

  expect(upgrade).toHaveBeenCalledWith({ n: 41 }, 1)
  expect(store.getState().count).toBe(41)
  // persist writes a migrated value back at once, in the current version.
  expect(storageEntries(storage)).toEqual({ counter: '{"state":{"count":41},"version":2}' })
})

test('a value of the current version is read as it is, without migrate', async () => {
  const storage = createMemoryStorage()
  const { format } = counterFormat()
  const store = createCounterStore(storage, format)
  const migrate = vi.fn(store.persist.getOptions().migrate)
  store.persist.setOptions({ migrate })

  storage.setItem('counter', '{"state":{"count":7},"version":2}')
  await store.persist.rehydrate()
  expect(store.getState().count).toBe(7)
  expect(migrate).not.toHaveBeenCalled()
})

test('an upgrade that fails leaves the store as it started and the stored value as it was', async () => {
  const storage = createMemoryStorage()
  const { format, upgrade } = counterFormat()
  const store = createCounterStore(storage, format)
  // getItem accepts it, so only migrate can find it wrong: a bug, not outside input.
  upgrade.mockReturnValueOnce(ok({ count: 0 })).mockReturnValueOnce(fail('a bug'))
  storage.setItem('counter', '{"state":{"n":3},"version":1}')

  await store.persist.rehydrate()
  expect(store.getState().count).toBe(0)
  expect(storageEntries(storage)).toEqual({ counter: '{"state":{"n":3},"version":1}' })
})

test('an empty state leaves no entry where there was none, and is written over one that holds something', async () => {
  const storage = createMemoryStorage()
  const { format } = counterFormat()
  const store = createCounterStore(storage, format)
  store.setState({ count: 0 })
  expect(storageEntries(storage)).toEqual({})

  storage.setItem('counter', '{"state":{"count":3},"version":2}')
  await store.persist.rehydrate()
  store.setState({ count: 0 })
  expect(storageEntries(storage)).toEqual({ counter: '{"state":{"count":0},"version":2}' })
})

test('a storage that refuses writes: the store keeps working in memory and says so once', () => {
  const storage = createMemoryStorage()
  storage.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }
  const { format } = counterFormat()
  const store = createCounterStore(storage, format)
  store.getState().increment()
  store.getState().increment()

  expect(store.getState().count).toBe(2)
  const notices = renderHook(() => useStorageNotices()).result.current
  expect(notices).toEqual([{ kind: 'unavailable', detail: 'Your browser storage is full.' }])
})

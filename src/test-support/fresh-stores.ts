/*
 * The stores' side of a page load, without importing the app again: every zustand store back to its first state,
 * the persisted ones read again from whatever localStorage holds, and each safe storage's memory (values it kept
 * aside, keys a newer app holds) gone. test-setup.ts hands zustand's `create` (as zustand's testing guide does)
 * and `createSafeStorage` through here, so every store and storage the app makes is known.
 */
import type { StateCreator, create as zustandCreate } from 'zustand'
import type { createSafeStorage as safeStorageCreate } from '../store/safe-storage.ts'

interface TrackedStore {
  /** Back to the state its module gave it, without writing that to storage. */
  reset: () => void
  /** Reads its key again, as the store did when its module loaded. */
  rehydrate?: () => Promise<void>
}

const stores = new Set<TrackedStore>()
const storageResets = new Set<() => void>()

interface Rehydratable {
  persist: { rehydrate: () => Promise<void> }
}
const isPersisted = (store: object): store is Rehydratable => 'persist' in store

/** zustand's `create`, keeping each store it makes so it can be reset and read again. */
export function trackStores(create: typeof zustandCreate): typeof zustandCreate {
  const createTracked = (createState: StateCreator<unknown>) => {
    let replaceState: (state: unknown) => void = () => undefined
    const useStore = create((set, get, api) => {
      // persist wraps the api's setState to write every change; the `set` handed in here does not.
      replaceState = (state) => set(state, true)
      return createState(set, get, api)
    })
    stores.add({
      reset: () => replaceState(useStore.getInitialState()),
      ...(isPersisted(useStore) ? { rehydrate: () => useStore.persist.rehydrate() } : {}),
    })
    return useStore
  }
  // create<State>()(initializer), as the stores call it, or create(initializer).
  const tracked = (createState?: StateCreator<unknown>) =>
    createState === undefined ? createTracked : createTracked(createState)
  return tracked as typeof zustandCreate
}

/** `createSafeStorage`, making storages whose memory can be forgotten, as a new page would start without it. */
export function trackSafeStorages(createSafeStorage: typeof safeStorageCreate): typeof safeStorageCreate {
  return (codec, getStorage) => {
    let storage = createSafeStorage(codec, getStorage)
    storageResets.add(() => {
      storage = createSafeStorage(codec, getStorage)
    })
    return {
      getItem: (name) => storage.getItem(name),
      setItem: (name, value) => storage.setItem(name, value),
      removeItem: (name) => storage.removeItem(name),
    }
  }
}

/** Every store back to its first state, nothing read or written: between tests. */
export function resetStores(): void {
  for (const reset of storageResets) reset()
  for (const store of stores) store.reset()
}

/** What a page load does to the stores: each starts afresh and the persisted ones read localStorage again. */
export async function reloadStores(): Promise<void> {
  resetStores()
  for (const store of stores) await store.rehydrate?.()
}

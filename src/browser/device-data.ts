import { selectCacheNames, selectStorageKeys } from '../domain/formats/device-data.ts'

export type RemovedStorage = { ok: true; keys: string[] } | { ok: false }

/** Removes every localStorage key of CALMS Radar (none of another app's); says which, or that storage was out of reach. */
export function removeDeviceStorage(): RemovedStorage {
  try {
    const storage = window.localStorage
    const all: string[] = []
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index)
      if (key !== null) all.push(key)
    }
    const keys = selectStorageKeys(all)
    for (const key of keys) storage.removeItem(key)
    return { ok: true, keys }
  } catch {
    // Private modes and sandboxed frames throw on reading the property itself.
    return { ok: false }
  }
}

export interface RemovedOfflineCopy {
  cacheNames: string[]
  /** The service worker of this copy of the app was unregistered. */
  serviceWorker: boolean
  /** Something was there but could not be removed. */
  failed: boolean
}

/**
 * Deletes the service worker's caches and unregisters the worker, so the next visit starts as a first one. This
 * page keeps working online; it loads what it still needs from the network.
 */
export async function removeOfflineCopy(): Promise<RemovedOfflineCopy> {
  const removed: RemovedOfflineCopy = { cacheNames: [], serviceWorker: false, failed: false }
  try {
    // Both exist only in secure contexts (https, localhost).
    if ('caches' in window) {
      const { caches } = window
      removed.cacheNames = selectCacheNames(await caches.keys())
      await Promise.all(removed.cacheNames.map((name) => caches.delete(name)))
    }
    if ('serviceWorker' in navigator) {
      // Only this copy's own worker: another app on the same host may have one with a wider scope.
      const scope = new URL('./', window.location.href).href
      const registrations = await navigator.serviceWorker.getRegistrations()
      const own = registrations.filter((registration) => registration.scope === scope)
      const results = await Promise.all(own.map((registration) => registration.unregister()))
      removed.serviceWorker = results.includes(true)
    }
  } catch {
    removed.failed = true
  }
  return removed
}

/** Every key CALMS Radar writes into localStorage starts with this, the unreadable values kept aside included. */
export const STORAGE_KEY_PREFIX = 'calms-radar:'

/**
 * The service worker's caches are named `<CACHE_ID>-<purpose>-<scope>` (workbox's `cacheId`), which tells them
 * apart from the caches of other apps served from the same origin.
 */
export const CACHE_ID = 'calms-radar'

export interface DeviceData {
  storageKeys: string[]
  cacheNames: string[]
}

/**
 * What "Clear this device" removes out of everything the browser holds for this origin: only what CALMS Radar
 * wrote, because another app on the same host keeps its own data beside it.
 */
export function selectDeviceData(found: {
  storageKeys: readonly string[]
  cacheNames: readonly string[]
}): DeviceData {
  return {
    storageKeys: found.storageKeys.filter((key) => key.startsWith(STORAGE_KEY_PREFIX)),
    cacheNames: found.cacheNames.filter((name) => name.startsWith(`${CACHE_ID}-`)),
  }
}

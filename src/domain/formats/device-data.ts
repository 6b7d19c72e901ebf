/*
 * What "Clear this device" removes out of everything the browser holds for this origin: only what CALMS Radar
 * wrote, because another app served from the same host keeps its own data beside it.
 */

/** Every key CALMS Radar writes into localStorage starts with this, the unreadable values kept aside included. */
export const STORAGE_KEY_PREFIX = 'calms-radar:'

/**
 * The service worker's caches are named `<CACHE_ID>-<purpose>-<scope>` (workbox's `cacheId`), which tells them
 * apart from the caches of other apps on the same origin.
 */
export const CACHE_ID = 'calms-radar'

export function selectStorageKeys(keys: readonly string[]): string[] {
  return keys.filter((key) => key.startsWith(STORAGE_KEY_PREFIX))
}

export function selectCacheNames(names: readonly string[]): string[] {
  return names.filter((name) => name.startsWith(`${CACHE_ID}-`))
}

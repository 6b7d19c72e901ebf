import { expect, test } from 'vitest'
import { selectCacheNames, selectStorageKeys } from './device-data.ts'

test('every calms-radar: key is selected, the unreadable copies kept aside included, and nothing else', () => {
  const storageKeys = [
    'calms-radar:self-check',
    'other-app:settings',
    'calms-radar:team',
    'calms-radar:self-check:unreadable:2026-11-20T09:00:00.000Z',
    'calms-radar:snapshots',
    'calms-radar:team:unreadable:2026-11-21T10:00:00.000Z',
    // Look-alikes of another app: no colon after the name, another case, a space in front.
    'calms-radar',
    'calms-radar-settings',
    'CALMS-RADAR:self-check',
    ' calms-radar:self-check',
    '',
  ]
  expect(selectStorageKeys(storageKeys)).toEqual([
    'calms-radar:self-check',
    'calms-radar:team',
    'calms-radar:self-check:unreadable:2026-11-20T09:00:00.000Z',
    'calms-radar:snapshots',
    'calms-radar:team:unreadable:2026-11-21T10:00:00.000Z',
  ])
})

test("only the service worker's own caches are selected, for any scope, never another app's", () => {
  const cacheNames = [
    'calms-radar-precache-v2-https://example.org/tools/calms/',
    'workbox-precache-v2-https://example.org/other-app/',
    'calms-radar-runtime-https://example.org/tools/calms/',
    'calms-radar-precache-v2-https://example.org/old-copy/',
    'calms-radarish-precache-v2-https://example.org/',
    'calms-radar',
  ]
  expect(selectCacheNames(cacheNames)).toEqual([
    'calms-radar-precache-v2-https://example.org/tools/calms/',
    'calms-radar-runtime-https://example.org/tools/calms/',
    'calms-radar-precache-v2-https://example.org/old-copy/',
  ])
})

test('nothing found, nothing selected', () => {
  expect(selectStorageKeys([])).toEqual([])
  expect(selectCacheNames([])).toEqual([])
})

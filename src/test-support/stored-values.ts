import { renderHook } from '@testing-library/react'
import { useStorageNotices } from '../store/storage-status-store.ts'

/** What a store wrote under a key, as JSON, to compare in one assertion. */
export const readStored = (storage: Storage, key: string) =>
  JSON.parse(storage.getItem(key) ?? 'null') as unknown

/** The "could not be read" notices shown about one stored text. */
export const unreadableNoticesAbout = (raw: string) =>
  renderHook(() => useStorageNotices()).result.current.filter(
    (notice) => notice.kind === 'unreadable' && notice.raw === raw,
  )

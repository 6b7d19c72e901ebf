import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'
import { parseLiveOutbox, type LiveOutbox } from '../domain/live/live-outbox.ts'

const OUTBOX_KEY = `${STORAGE_KEY_PREFIX}live-outbox`

/** What waits for, or went to, a live room; undefined when nothing readable is kept or storage is out of reach. */
export function readLiveOutbox(): LiveOutbox | undefined {
  try {
    return parseLiveOutbox(window.localStorage.getItem(OUTBOX_KEY))
  } catch {
    return undefined
  }
}

/** Kept for the next visit; false where storage is out of reach (the answers then go only while the page is open). */
export function writeLiveOutbox(outbox: LiveOutbox): boolean {
  try {
    window.localStorage.setItem(OUTBOX_KEY, JSON.stringify(outbox))
    return true
  } catch {
    return false
  }
}

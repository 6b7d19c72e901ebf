/**
 * Whether anything is kept under a key, without reading or parsing it: for a page that loads a store only when
 * there is something in it. False where storage is out of reach.
 */
export function isKeyStored(key: string): boolean {
  try {
    return window.localStorage.getItem(key) !== null
  } catch {
    return false
  }
}

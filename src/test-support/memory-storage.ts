/** A Storage kept in memory: one per test, or one shared by two stores to play two tabs of one browser. */
export function createMemoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key)
    },
    setItem: (key, value) => {
      items.set(key, value)
    },
  }
}

/** Every key and its text, to compare a whole storage in one assertion. */
export function storageEntries(storage: Storage): Record<string, string> {
  const entries: Record<string, string> = {}
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)
    if (key !== null) entries[key] = storage.getItem(key) ?? ''
  }
  return entries
}

import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { takeFocusRequest } from './browser/hash-route.ts'
import { resetStores } from './test-support/fresh-stores.ts'

// Every store and safe storage the app makes is known, so a test can start them afresh as a page load would.
vi.mock(import('zustand'), async (importOriginal) => {
  const actual = await importOriginal()
  const { trackStores } = await import('./test-support/fresh-stores.ts')
  return { ...actual, create: trackStores(actual.create) }
})
vi.mock(import('./store/safe-storage.ts'), async (importOriginal) => {
  const actual = await importOriginal()
  const { trackSafeStorages } = await import('./test-support/fresh-stores.ts')
  return { ...actual, createSafeStorage: trackSafeStorages(actual.createSafeStorage) }
})

// The first visit to a lazy screen imports its chunk (recharts for results), which is slow on a busy machine, and
// slower with two test files running side by side.
configure({ asyncUtilTimeout: 10_000 })

// jsdom has no layout, so it cannot scroll; the app scrolls to the top on every page change.
vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
// Nor does it have scrollIntoView, which a changed answer's page uses to bring its question into view.
Element.prototype.scrollIntoView = vi.fn()

// Test files share one jsdom and one module graph per worker (isolate: false in vite.config.ts), so every test
// leaves the page as a fresh load finds it: nothing rendered, nothing stored, no store state, no route, no pending
// focus request.
afterEach(() => {
  cleanup()
  localStorage.clear()
  resetStores()
  window.location.hash = ''
  takeFocusRequest()
})

import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// The first visit to a lazy screen imports its chunk (recharts for results), which is slow on a busy machine.
configure({ asyncUtilTimeout: 5000 })

// jsdom has no layout, so it cannot scroll; the app scrolls to the top on every page change.
vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
// Nor does it have scrollIntoView, which a changed answer's page uses to bring its question into view.
Element.prototype.scrollIntoView = vi.fn()

afterEach(() => {
  cleanup()
  localStorage.clear()
  window.location.hash = ''
})

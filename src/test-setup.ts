import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// jsdom has no layout, so it cannot scroll; the app scrolls to the top on every page change.
vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)

afterEach(() => {
  cleanup()
  localStorage.clear()
  window.location.hash = ''
})

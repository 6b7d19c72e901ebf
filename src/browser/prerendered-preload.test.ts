import { expect, test, vi } from 'vitest'
import { preloadScreenOfPath, screenOfPath, type PreloadedScreen } from './prerendered-preload.ts'

const CHUNKS: Record<PreloadedScreen, string[]> = {
  questionnaire: ['./assets/questionnaire-page.js'],
  results: ['./assets/results-page.js', './assets/zod.js'],
  team: ['./assets/team-page.js'],
  present: ['./assets/present-page.js'],
}

const preloaded = () =>
  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'))

test('an address opened at a screen names that screen; the start page and a join link name none', () => {
  expect(screenOfPath('/results')).toBe('results')
  expect(screenOfPath('/team')).toBe('team')
  expect(screenOfPath('/team/present')).toBe('present')
  expect(screenOfPath('/step/1')).toBe('questionnaire')
  expect(screenOfPath('/step/12')).toBe('questionnaire')
  expect(screenOfPath('/self-check')).toBe('questionnaire')
  expect(screenOfPath('/self-check/quick/join/Platform%20team')).toBe('questionnaire')
  // Nothing is fetched at load on the start page: its first-load budget counts every script.
  expect(screenOfPath('/')).toBeUndefined()
  expect(screenOfPath('/join/Platform%20team')).toBeUndefined()
  // A changed answer and a shared code open other screens, whose chunks the build does not list.
  expect(screenOfPath('/results/change/blameless-postmortems')).toBeUndefined()
  expect(screenOfPath('/self-checking')).toBeUndefined()
  expect(screenOfPath('/stepped/1')).toBeUndefined()
})

test("opened at the results, the page asks for the results' chunks at once, and for nothing on the start page", () => {
  document.head.replaceChildren()
  preloadScreenOfPath(document, '/', (screen) => CHUNKS[screen])
  expect(preloaded()).toEqual([])

  preloadScreenOfPath(document, '/results', (screen) => CHUNKS[screen])
  expect(preloaded()).toEqual(['./assets/results-page.js', './assets/zod.js'])
  document.head.replaceChildren()
})

test('many chunks are asked for six per task, in order, so no one task of the page grows long', () => {
  vi.useFakeTimers()
  try {
    document.head.replaceChildren()
    const many = Array.from({ length: 14 }, (_, index) => `./assets/chunk-${index}.js`)
    preloadScreenOfPath(document, '/results', () => many)
    expect(preloaded()).toEqual(many.slice(0, 6))
    vi.advanceTimersToNextTimer()
    expect(preloaded()).toEqual(many.slice(0, 12))
    vi.advanceTimersToNextTimer()
    expect(preloaded()).toEqual(many)
    expect(vi.getTimerCount()).toBe(0)
  } finally {
    vi.useRealTimers()
    document.head.replaceChildren()
  }
})

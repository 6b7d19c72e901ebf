import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { RenderLater, RenderWhenNear } from './render-later.tsx'

// jsdom has neither IntersectionObserver nor matchMedia, so the app renders everything at once there; these tests
// give it both, to see the deferred parts wait, come near, and print.
let observed: { callback: IntersectionObserverCallback; target: Element }[] = []
const printQuery = new EventTarget()

beforeEach(() => {
  observed = []
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(target: Element) {
        observed.push({ callback: this.callback, target })
      }
      disconnect() {
        observed = observed.filter((entry) => entry.callback !== this.callback)
      }
    },
  )
  vi.stubGlobal('matchMedia', (query: string) =>
    Object.assign(query === 'print' ? printQuery : new EventTarget(), { matches: false, media: query }),
  )
})

afterEach(() => {
  vi.unstubAllGlobals()
})

function comeNear() {
  for (const { callback, target } of observed) {
    const entry = {
      isIntersecting: true,
      intersectionRatio: 1,
      target,
    } as unknown as IntersectionObserverEntry
    callback([entry], {} as IntersectionObserver)
  }
}

test('a part rendered later appears after the first paint, without scrolling', async () => {
  render(
    <>
      <h2>Scores</h2>
      <RenderLater>
        <h2>Try first</h2>
      </RenderLater>
    </>,
  )
  expect(screen.getByRole('heading', { name: 'Scores' })).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: 'Try first' })).not.toBeInTheDocument()
  expect(await screen.findByRole('heading', { name: 'Try first' })).toBeInTheDocument()
})

test('a part rendered when near waits until it comes near the screen', async () => {
  render(
    <RenderWhenNear>
      <h2>Action plan</h2>
    </RenderWhenNear>,
  )
  await waitFor(() => expect(observed).toHaveLength(1))
  expect(screen.queryByRole('heading', { name: 'Action plan' })).not.toBeInTheDocument()
  act(comeNear)
  expect(await screen.findByRole('heading', { name: 'Action plan' })).toBeInTheDocument()
})

test('printing renders every deferred part at once, in the same task', () => {
  render(
    <>
      <RenderLater>
        <h2>Try first</h2>
      </RenderLater>
      <RenderWhenNear>
        <h2>Compare over time</h2>
      </RenderWhenNear>
    </>,
  )
  expect(screen.queryByRole('heading', { name: 'Compare over time' })).not.toBeInTheDocument()
  act(() => {
    window.dispatchEvent(new Event('beforeprint'))
  })
  expect(screen.getByRole('heading', { name: 'Try first' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Compare over time' })).toBeInTheDocument()
})

test('the print media query coming on renders them too', () => {
  render(
    <RenderWhenNear>
      <h2>Export your results</h2>
    </RenderWhenNear>,
  )
  act(() => {
    printQuery.dispatchEvent(Object.assign(new Event('change'), { matches: true }))
  })
  expect(screen.getByRole('heading', { name: 'Export your results' })).toBeInTheDocument()
})

import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import {
  UPDATE_CHECK_INTERVAL_MS,
  watchForUpdates,
  type ServiceWorkers,
} from '../../browser/service-worker.ts'
import { UpdatePrompt } from './update-prompt.tsx'

/*
 * Stand-ins for the browser's service worker objects, moved through the states a real browser goes through: jsdom
 * has no service workers, and the real thing is covered by tests/offline.e2e.ts.
 */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing'
  readonly messages: unknown[] = []
  postMessage(message: unknown) {
    this.messages.push(message)
  }
  moveTo(state: ServiceWorkerState) {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null
  waiting: FakeWorker | null = null
  active: FakeWorker | null = null
  readonly update = vi.fn(() => Promise.resolve())
}

class FakeServiceWorkers extends EventTarget {
  readonly registration = new FakeRegistration()
  readonly register = vi.fn(() => Promise.resolve(this.registration))
  constructor(public controller: FakeWorker | null) {
    super()
  }
}

let stopWatching: (() => void) | undefined

afterEach(() => {
  act(() => stopWatching?.())
  stopWatching = undefined
  vi.useRealTimers()
})

async function watch(workers: FakeServiceWorkers) {
  const reload = vi.fn()
  stopWatching = watchForUpdates(workers as unknown as ServiceWorkers, './sw.js', reload)
  // register() resolves on the next turn.
  await act(async () => {
    await Promise.resolve()
  })
  return reload
}

/** A new worker is found, installs and, with an older one active, waits. */
function installNewVersion(workers: FakeServiceWorkers): FakeWorker {
  const { registration } = workers
  const next = new FakeWorker()
  act(() => {
    registration.installing = next
    registration.dispatchEvent(new Event('updatefound'))
    registration.installing = null
    registration.waiting = next
    next.moveTo('installed')
  })
  return next
}

const prompt = () => screen.queryByRole('status')

test('a new version that installs in the background is offered; "Reload" lets it take over and reloads', async () => {
  const current = new FakeWorker()
  const workers = new FakeServiceWorkers(current)
  workers.registration.active = current
  render(<UpdatePrompt />)
  const reload = await watch(workers)
  expect(workers.register).toHaveBeenCalledWith('./sw.js')
  expect(prompt()).not.toBeInTheDocument()

  const next = installNewVersion(workers)
  expect(prompt()).toHaveTextContent(
    'A new version is ready. Reloading keeps every answer and updates every open tab of CALMS Radar.',
  )
  expect(next.messages).toEqual([])
  expect(reload).not.toHaveBeenCalled()

  await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
  expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }])
  expect(reload).not.toHaveBeenCalled()

  act(() => {
    workers.controller = next
    workers.dispatchEvent(new Event('controllerchange'))
    // A second event (another worker taking over) must not reload twice.
    workers.dispatchEvent(new Event('controllerchange'))
  })
  expect(reload).toHaveBeenCalledTimes(1)
})

test('the first install neither offers anything nor reloads the page it takes over', async () => {
  const workers = new FakeServiceWorkers(null)
  render(<UpdatePrompt />)
  const reload = await watch(workers)
  const first = new FakeWorker()
  act(() => {
    workers.registration.installing = first
    workers.registration.dispatchEvent(new Event('updatefound'))
    workers.registration.installing = null
    // On its way to active a first install is briefly "waiting", with nothing active in front of it.
    workers.registration.waiting = first
    first.moveTo('installed')
    workers.registration.waiting = null
    workers.registration.active = first
    first.moveTo('activated')
    workers.controller = first
    workers.dispatchEvent(new Event('controllerchange'))
  })
  expect(prompt()).not.toBeInTheDocument()
  expect(reload).not.toHaveBeenCalled()
})

test('a version already waiting when the page opens is offered at once', async () => {
  const current = new FakeWorker()
  const workers = new FakeServiceWorkers(current)
  workers.registration.active = current
  workers.registration.waiting = new FakeWorker()
  render(<UpdatePrompt />)
  await watch(workers)
  expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
})

test('a page served by the old version reloads when another tab brings the new one in', async () => {
  const current = new FakeWorker()
  const workers = new FakeServiceWorkers(current)
  workers.registration.active = current
  render(<UpdatePrompt />)
  const reload = await watch(workers)
  const next = installNewVersion(workers)
  act(() => {
    workers.controller = next
    workers.dispatchEvent(new Event('controllerchange'))
  })
  expect(next.messages).toEqual([])
  expect(reload).toHaveBeenCalledTimes(1)
})

test('a tab left open asks for a new version every hour, and not while offline', async () => {
  expect(UPDATE_CHECK_INTERVAL_MS).toBe(3_600_000)
  vi.useFakeTimers()
  const current = new FakeWorker()
  const workers = new FakeServiceWorkers(current)
  workers.registration.active = current
  await watch(workers)
  const onLine = vi.spyOn(navigator, 'onLine', 'get')
  onLine.mockReturnValue(true)
  vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS)
  expect(workers.registration.update).toHaveBeenCalledTimes(1)
  onLine.mockReturnValue(false)
  vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS)
  expect(workers.registration.update).toHaveBeenCalledTimes(1)
  onLine.mockRestore()
})

test('a worker that cannot be registered leaves the app working, with a warning and no prompt', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  const workers = new FakeServiceWorkers(null)
  workers.register.mockImplementation(() => Promise.reject(new TypeError('sw.js: 404')))
  render(<UpdatePrompt />)
  await watch(workers)
  await act(async () => {
    await Promise.resolve()
  })
  expect(warn).toHaveBeenCalledWith(
    'CALMS Radar will not work offline: its service worker could not be registered.',
    expect.any(TypeError),
  )
  expect(prompt()).not.toBeInTheDocument()
  warn.mockRestore()
})

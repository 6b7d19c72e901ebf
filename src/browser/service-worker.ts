import { useSyncExternalStore } from 'react'

/*
 * The service worker (VitePWA in vite.config.ts) precaches the whole build, so after one visit the app works with
 * the network cut. A new version is fetched in the background and then waits: the page offers "Reload", which lets
 * it take over, and every open tab of the app reloads into it. Answers are saved on every change, so none is lost.
 */

/** The message the generated sw.js answers by taking over (workbox's prompt mode). */
const SKIP_WAITING = { type: 'SKIP_WAITING' } as const
/** Routes live in the fragment, so a tab open through a whole workshop never navigates: it asks now and then. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000

/** The part of `navigator.serviceWorker` used here, so a test can hand in a stand-in. */
export type ServiceWorkers = Pick<
  ServiceWorkerContainer,
  'controller' | 'register' | 'addEventListener' | 'removeEventListener'
>

let applyUpdate: (() => void) | null = null
const listeners = new Set<() => void>()

function offerUpdate(apply: (() => void) | null) {
  applyUpdate = apply
  for (const listener of listeners) listener()
}

/**
 * Registers the worker at `scriptUrl` and offers its next version once that has installed. `reload` runs when a new
 * version takes over a page that an older one served. Returns a function that stops watching.
 */
export function watchForUpdates(workers: ServiceWorkers, scriptUrl: string, reload: () => void): () => void {
  let servedByWorker = workers.controller !== null
  let updateRequested = false
  let reloading = false
  let stopped = false
  let stopWatching: (() => void) | undefined

  const onControllerChange = () => {
    // The first install takes over a page it did not serve (clientsClaim): that page is already the current version.
    if ((servedByWorker || updateRequested) && !reloading) {
      reloading = true
      reload()
    }
    servedByWorker = true
  }
  workers.addEventListener('controllerchange', onControllerChange)

  const watch = (registration: ServiceWorkerRegistration) => {
    const offerIfWaiting = () => {
      const { waiting, active } = registration
      // A first install passes through "waiting" on its way to active; only a worker waiting behind another is new.
      if (waiting === null || active === null) return
      offerUpdate(() => {
        updateRequested = true
        waiting.postMessage(SKIP_WAITING)
      })
    }
    const onUpdateFound = () => {
      const installing = registration.installing
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offerIfWaiting()
      })
    }
    registration.addEventListener('updatefound', onUpdateFound)
    offerIfWaiting()
    const timer = setInterval(() => {
      if (navigator.onLine) registration.update().catch(() => undefined)
    }, UPDATE_CHECK_INTERVAL_MS)
    stopWatching = () => {
      registration.removeEventListener('updatefound', onUpdateFound)
      clearInterval(timer)
    }
  }

  workers
    .register(scriptUrl)
    .then((registration: ServiceWorkerRegistration | undefined) => {
      // Playwright's `serviceWorkers: 'block'` (the bench) resolves register() with nothing.
      if (registration !== undefined && !stopped) watch(registration)
    })
    .catch((error: unknown) => {
      console.warn('CALMS Radar will not work offline: its service worker could not be registered.', error)
    })

  return () => {
    stopped = true
    stopWatching?.()
    workers.removeEventListener('controllerchange', onControllerChange)
    offerUpdate(null)
  }
}

/** Registers the service worker of the built app once the page has loaded; the dev server runs without one. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // After the load, so precaching never competes with the first visit for the network.
  const start = () => {
    watchForUpdates(navigator.serviceWorker, './sw.js', () => window.location.reload())
  }
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}

function subscribe(onChange: () => void) {
  listeners.add(onChange)
  return () => {
    listeners.delete(onChange)
  }
}

/** Brings in the version that is waiting, in every open tab; null while there is none. */
export function useAvailableUpdate(): (() => void) | null {
  return useSyncExternalStore(
    subscribe,
    () => applyUpdate,
    () => null,
  )
}

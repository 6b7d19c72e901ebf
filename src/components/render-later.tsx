import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react'
import { flushSync } from 'react-dom'
import { watchPrinting } from './print-watch.ts'

/*
 * On a slow phone one render of the whole results page is a single long task of most of a second, and a page is
 * not interactive until its long tasks end. Sections below the first screen therefore render after the first
 * paint, one after another, each as a transition that React renders in slices of a few ms, so no task grows long;
 * and at once when the page is printed, so paper always shows every section. A browser without
 * IntersectionObserver (and jsdom) renders everything at once, as before.
 */

/** Whether this browser can tell when an element comes near the screen; without it nothing is deferred. */
export const canDefer = () => typeof IntersectionObserver !== 'undefined'

/** What every deferred part does to render at once: for printing, and for what needs the whole page. */
const revealers = new Set<() => void>()

/** Renders every deferred part now, in this task, before the browser lays the page out for paper. */
function revealAll() {
  flushSync(() => {
    for (const reveal of revealers) reveal()
  })
}

/** Calls `reveal` when the page is about to print; returns the call that stops it. */
export function onPrint(reveal: () => void): () => void {
  revealers.add(reveal)
  const stopWatching = watchPrinting((printing) => {
    if (printing) flushSync(reveal)
  })
  return () => {
    revealers.delete(reveal)
    stopWatching()
  }
}

/** Async preparations (a chart's code) that must be done before every deferred part can render at once. */
const preparations = new Set<() => Promise<unknown>>()

export function prepareBeforeRendering(prepare: () => Promise<unknown>): () => void {
  preparations.add(prepare)
  return () => preparations.delete(prepare)
}

/**
 * A deferred part's component whose code is fetched only when the part first renders, so the first screen neither
 * fetches nor evaluates it (an export's CSV library, the plan's forms). Its code counts as a preparation, so the
 * app's own printing waits for it; when the browser's own Print command comes first, the part prints as soon as
 * its code arrives, like the radar. Render it inside RenderLater or RenderWhenNear, which wait for it apart from the
 * rest of the page.
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined
  const loadOnce = () => (loading ??= load().then((component) => ({ default: component })))
  preparations.add(loadOnce)
  return lazy(loadOnce)
}

/**
 * Loads the code every deferred part needs, then renders them all, for what needs the whole page: printing from
 * the app's own buttons, and saving the chart as a picture before it was ever scrolled to.
 */
export async function renderDeferred(): Promise<void> {
  await Promise.all([...preparations].map((prepare) => prepare()))
  if (revealers.size > 0) revealAll()
}

/** The app's own Print buttons: the print dialog lays the page out only once every part is there. */
export async function printPage(): Promise<void> {
  await renderDeferred()
  window.print()
}

const waiting: (() => void)[] = []
let draining = false

/** One deferred part at a time, each rendered in short slices, so the page answers input in between. */
function drain() {
  const reveal = waiting.shift()
  if (reveal === undefined) {
    draining = false
    return
  }
  startTransition(reveal)
  setTimeout(drain, 0)
}

/** Calls `reveal` in a task of its own after the first paint; returns the call that cancels it. */
export function revealLater(reveal: () => void): () => void {
  waiting.push(reveal)
  if (!draining) {
    draining = true
    // After the next frame, so the first screen paints before any deferred part renders.
    requestAnimationFrame(() => setTimeout(drain, 0))
  }
  return () => {
    const index = waiting.indexOf(reveal)
    if (index !== -1) waiting.splice(index, 1)
  }
}

/** Renders `children` in a task after the first paint, or at once when the page prints. */
export function RenderLater({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(() => !canDefer())
  useEffect(() => {
    if (shown) return
    const show = () => setShown(true)
    const stopPrint = onPrint(show)
    const stopLater = revealLater(show)
    return () => {
      stopPrint()
      stopLater()
    }
  }, [shown])
  return shown ? <Suspense fallback={null}>{children}</Suspense> : null
}

/**
 * When a part not yet scrolled near renders anyway. By then a slow phone has long finished loading the page, so
 * this work no longer holds up the first input; find-in-page and screen readers then get the whole page.
 */
const SETTLE_MS = 5000

/** A part renders as it comes within this distance of the screen, so it is there by the time it scrolls in. */
const NEAR_MARGIN = '0px 0px 200px 0px'

/**
 * Renders `children` once the person scrolls within NEAR_MARGIN of them, at the latest SETTLE_MS after the first
 * paint, and at once when the page prints: for parts below the text results that a phone need not render while
 * it loads (the plan, snapshots, exports).
 */
export function RenderWhenNear({ children }: { children: ReactNode }) {
  const marker = useRef<HTMLDivElement>(null)
  const [shown, setShown] = useState(() => !canDefer())
  useEffect(() => {
    if (shown) return
    const show = () => setShown(true)
    const stopPrint = onPrint(show)
    let stopReveal: (() => void) | undefined
    const reveal = () => {
      stopReveal ??= revealLater(show)
    }
    let observer: IntersectionObserver | undefined
    // Watched only once every part queued with it has rendered: while those above are missing, this one would
    // seem near.
    let stopWatch = revealLater(() => {
      stopWatch = revealLater(watch)
    })
    const watch = () => {
      const element = marker.current
      if (element === null) return
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) reveal()
        },
        { rootMargin: NEAR_MARGIN },
      )
      observer.observe(element)
    }
    const settled = setTimeout(reveal, SETTLE_MS)
    return () => {
      stopPrint()
      stopWatch()
      stopReveal?.()
      observer?.disconnect()
      clearTimeout(settled)
    }
  }, [shown])
  return shown ? <Suspense fallback={null}>{children}</Suspense> : <div ref={marker} />
}

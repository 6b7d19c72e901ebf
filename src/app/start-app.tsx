import { StrictMode, startTransition, useLayoutEffect } from 'react'
import type { Root } from 'react-dom/client'
import { App, loadPageOf } from './app.tsx'
import { parseRoute } from '../domain/routes/route-table.ts'
import { keepPrerenderedFocus } from '../browser/prerendered-focus.ts'
import { registerServiceWorker } from '../browser/service-worker.ts'

/**
 * Renders the app into `reactRoot`, in place of the prerendered page. As a transition React renders the first screen
 * in slices of a few ms with the browser free in between, where one synchronous render is a single long task on a
 * slow phone: a tap and the page's blocking time wait for it. It starts once the screen's code is here, so it
 * renders the screen itself, not "Loading…" first. The focus a person gave the prerendered page is put on the same
 * control of the app's page as soon as that page is in place.
 */
export function startApp(reactRoot: Root): void {
  const restoreFocus = keepPrerenderedFocus(document)
  const renderOnceLoaded = async (): Promise<void> => {
    const hash = window.location.hash
    const loaded = parseRoute(hash)
    await loadPageOf(loaded)
    // A tap on a prerendered start choice may have moved on meanwhile: that page's code first.
    if (window.location.hash !== hash) return renderOnceLoaded()
    startTransition(() => {
      reactRoot.render(
        <StrictMode>
          <App loaded={loaded} />
          <AfterFirstCommit run={restoreFocus} />
        </StrictMode>,
      )
    })
  }
  void renderOnceLoaded()
  registerServiceWorker()
}

/** Runs `run` when the app's first page is in place, after the page's own layout effects, before it is painted. */
function AfterFirstCommit({ run }: { run: () => void }) {
  useLayoutEffect(run, [run])
  return null
}

import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App, loadPageOf } from './app/app.tsx'
import { parseRoute } from './domain/routes/route-table.ts'
import './app/app.css'
import { registerServiceWorker } from './browser/service-worker.ts'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const reactRoot = createRoot(root)
// As a transition React renders the first screen in slices of a few ms with the browser free in between, where one
// synchronous render is a single long task on a slow phone: a tap and the page's blocking time wait for it. It
// starts once the screen's code is here, so it renders the screen itself, not "Loading…" first.
async function renderOnceLoaded(): Promise<void> {
  const hash = window.location.hash
  const loaded = parseRoute(hash)
  await loadPageOf(loaded)
  // A tap on a prerendered start choice may have moved on meanwhile: that page's code first.
  if (window.location.hash !== hash) return renderOnceLoaded()
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App loaded={loaded} />
      </StrictMode>,
    )
  })
}
void renderOnceLoaded()
registerServiceWorker()

import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import './app/app.css'
import { registerServiceWorker } from './browser/service-worker.ts'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const reactRoot = createRoot(root)
// As a transition React renders the first screen in slices of a few ms with the browser free in between, where one
// synchronous render is a single long task on a slow phone: a tap and the page's blocking time wait for it.
startTransition(() => {
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
registerServiceWorker()

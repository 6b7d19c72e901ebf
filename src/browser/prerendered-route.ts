import { pathOf, RESUME_PATH, START_PATH } from '../domain/routes/start-paths.ts'
import { prepareStep, prerenderedStepTemplate } from './prerendered-step.ts'

/**
 * The build prerenders the start page into index.html, and every address of the app is that one file, so a results,
 * team or share link painted the start page, with start choices leading away, for the second or two a slow phone
 * takes to start the app. Off the start page the prerendered page's script therefore puts something else where the
 * start page was; the header stays, so the page does not flash:
 * - at a start choice's address, for a person with no self-check kept in this browser, the check's first step
 *   (prerendered-step.ts), which the app would show first too;
 * - anywhere else the app's own "Loading…", its first render on those addresses.
 *
 * It follows the address (a tap on a start choice, the browser's Back) until the app has replaced the page, and
 * then stops: what it put in place is gone from the page by then. A tap on a link of the start page shows where it
 * leads in the tap's own task: the browser fires "hashchange" a task later, and on a slow phone the app's start
 * runs in between (50-200 ms at 4x CPU throttling).
 */
export function followPrerenderedScreens(
  document: Document,
  window: Window,
  hasSelfCheck: () => boolean,
): void {
  const root = document.getElementById('root')
  const startPage = root?.querySelector<HTMLElement>('section.start')
  if (!root || !startPage) return
  const loading = document.createElement('p')
  loading.className = 'loading'
  loading.textContent = 'Loading\u2026'
  // One copy per template, so answers chosen there are still there after going back to the start page and again.
  const steps = new Map<HTMLTemplateElement, Element>()
  const screenAt = (hash: string): Element => {
    const path = pathOf(hash)
    if (START_PATH.read(path) !== undefined) return startPage
    const resume = RESUME_PATH.read(path)
    const template =
      resume === undefined || hasSelfCheck() ? undefined : prerenderedStepTemplate(document, resume.depth)
    if (template === undefined) return loading
    const step = steps.get(template) ?? prepareStep(template, root)
    if (step === undefined) return loading
    steps.set(template, step)
    return step
  }

  let shown: Element = startPage
  const show = (moved: boolean) => {
    if (!shown.isConnected) {
      window.removeEventListener('hashchange', onMove)
      return
    }
    const next = screenAt(window.location.hash)
    if (next === shown) return
    shown.replaceWith(next)
    shown = next
    // As the app does on a move within it: the new page from its top, and its heading takes focus.
    if (!moved) return
    window.scrollTo(0, 0)
    next.querySelector<HTMLElement>('h1')?.focus()
  }
  const onMove = () => show(true)
  show(false)
  window.addEventListener('hashchange', onMove)
  startPage.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null
    const opensElsewhere =
      event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey
    if (link === null || opensElsewhere || event.defaultPrevented || !isSameDocumentHash(link, window)) return
    // The link's own move would not happen once it has left the page, so the move is made here, as it would.
    event.preventDefault()
    window.location.hash = link.hash
    show(true)
  })
}

/** Whether following `link` would only change this page's address after the "#", as every start choice does. */
function isSameDocumentHash(link: HTMLAnchorElement, window: Window): boolean {
  return (
    link.hash !== '' &&
    link.target === '' &&
    !link.hasAttribute('download') &&
    link.origin === window.location.origin &&
    link.pathname === window.location.pathname &&
    link.search === window.location.search
  )
}

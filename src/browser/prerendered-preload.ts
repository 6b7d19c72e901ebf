import { START_CHOICE_LINK_CLASS } from './prerendered-invitation.ts'

const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const

/** The screens whose chunks the build names on the prerendered page's script tag, one data attribute each. */
export type PreloadedScreen = 'questionnaire' | 'results' | 'team' | 'present'

/**
 * How many links are added in one task. Each costs the main thread 1-3 ms on a laptop (a request is made and
 * checked), so the results' 27 at once were one task of 40-80 ms, four times that on a slow phone, before the
 * page's first paint; a pointer's intent on a start choice waited as long for its tap. A host's HTTP/1.1 connections
 * are six, so the browser fetches no more at a time from it anyway.
 */
const LINKS_PER_TASK = 6

/**
 * Asks the browser to fetch and prepare `urls`, so the app finds them ready when it imports them: the first few now,
 * the rest a few per task, in order.
 */
function appendModulePreloads(document: Document, urls: readonly string[]): void {
  const links = document.createDocumentFragment()
  for (const url of urls.slice(0, LINKS_PER_TASK)) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = url
    links.append(link)
  }
  document.head.append(links)
  const rest = urls.slice(LINKS_PER_TASK)
  if (rest.length > 0) setTimeout(() => appendModulePreloads(document, rest), 0)
}

/**
 * Before the app has started, its start choices cannot load the questionnaire on intent themselves, so the
 * prerendered page's script does: the first time a person points at, touches or focuses a start choice, it asks the
 * browser to fetch and prepare `urls` (the questionnaire's chunks, named by the build), which the app then finds
 * ready when it opens the question. Never at load: a person who reads and leaves fetches nothing more.
 */
export function preloadOnIntent(document: Document, urls: readonly string[]): void {
  if (urls.length === 0) return
  const onIntent = (event: Event) => {
    if (!(event.target instanceof Element) || event.target.closest(`a.${START_CHOICE_LINK_CLASS}`) === null)
      return
    for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent, true)
    appendModulePreloads(document, urls)
  }
  for (const type of INTENT_EVENTS)
    document.addEventListener(type, onIntent, { capture: true, passive: true })
}

/** The screen an address opens, when it is one whose chunks the build lists; the start page is none of them. */
export function screenOfPath(path: string): PreloadedScreen | undefined {
  if (path === '/results') return 'results'
  if (path === '/team') return 'team'
  if (path === '/team/present') return 'present'
  if (/^\/(step\/\d+|self-check)(\/|$)/.test(path)) return 'questionnaire'
  return undefined
}

/**
 * An address opened straight at a screen (a results or team bookmark, a questionnaire step) would fetch that
 * screen's chunks only once the app has loaded and started, one round trip after another; fetched from here they
 * arrive while the app's own script loads, and the app's later requests for them find them ready. Here, before
 * the first paint, the links also cost the page nothing once it is interactive.
 */
export function preloadScreenOfPath(
  document: Document,
  path: string,
  chunksOf: (screen: PreloadedScreen) => readonly string[],
): void {
  const screen = screenOfPath(path)
  if (screen !== undefined) appendModulePreloads(document, chunksOf(screen))
}

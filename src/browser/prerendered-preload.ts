import { START_CHOICE_LINK_CLASS } from './prerendered-invitation.ts'

const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const

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
    for (const url of urls) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.href = url
      document.head.append(link)
    }
  }
  for (const type of INTENT_EVENTS)
    document.addEventListener(type, onIntent, { capture: true, passive: true })
}

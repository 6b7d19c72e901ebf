import { pathOf, START_PATH } from '../domain/routes/start-paths.ts'

/**
 * The build prerenders the start page into index.html, and every address of the app is that one file, so a results,
 * team or share link painted the start page, with start choices leading away, for the second or two a slow phone
 * takes to start the app. Off the start page the prerendered page's script therefore puts the app's own "Loading…"
 * (its first render on those addresses) where the start page was; the header stays, so the page does not flash.
 */
export function showLoadingOffTheStartPage(document: Document, hash: string): void {
  if (START_PATH.read(pathOf(hash)) !== undefined) return
  const startPage = document.querySelector('#root section.start')
  if (startPage === null) return
  const loading = document.createElement('p')
  loading.className = 'loading'
  loading.textContent = 'Loading\u2026'
  startPage.replaceWith(loading)
}

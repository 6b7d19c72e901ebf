/**
 * Calls `changed(true)` when the page is about to print and `changed(false)` when it is back on screen. beforeprint
 * and afterprint come with window.print() and the browser's own Print command; the print media query also changes
 * when a test or a PDF export lays the page out for paper. Every listener has its own subscription, read from the
 * window of the moment (jsdom has no matchMedia; the print events alone still work there). Returns the call that
 * stops it.
 */
export function watchPrinting(changed: (printing: boolean) => void): () => void {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined
  const before = () => changed(true)
  const after = () => changed(query?.matches ?? false)
  const change = (event: MediaQueryListEvent) => changed(event.matches)
  window.addEventListener('beforeprint', before)
  window.addEventListener('afterprint', after)
  query?.addEventListener('change', change)
  return () => {
    window.removeEventListener('beforeprint', before)
    window.removeEventListener('afterprint', after)
    query?.removeEventListener('change', change)
  }
}

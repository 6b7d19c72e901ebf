import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * True while the page is being printed (the print dialog, or print media emulated), so a paged list can put every
 * row on paper. The update is flushed at once: the browser lays the page out for print right after beforeprint.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    // jsdom has no matchMedia; the print events alone still work there.
    const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined
    const update = (value: boolean) => flushSync(() => setPrinting(value))
    const before = () => update(true)
    const after = () => update(query?.matches ?? false)
    const change = (event: MediaQueryListEvent) => update(event.matches)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    query?.addEventListener('change', change)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      query?.removeEventListener('change', change)
    }
  }, [])
  return printing
}

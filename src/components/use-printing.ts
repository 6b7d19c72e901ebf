import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { watchPrinting } from './print-watch.ts'

/**
 * True while the page is being printed (the print dialog, or print media emulated), so a paged list can put every
 * row on paper. The update is flushed at once: the browser lays the page out for print right after beforeprint.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false)
  useEffect(() => watchPrinting((value) => flushSync(() => setPrinting(value))), [])
  return printing
}

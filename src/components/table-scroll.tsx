import type { ReactNode } from 'react'

/**
 * A wide table scrolls inside this box on a phone instead of the page scrolling sideways; the box is focusable
 * and named so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}

import { useState } from 'react'
import { formatCount } from '../domain/common/format-count.ts'
import { usePrinting } from './use-printing.ts'

/** Rows per page of a long list: a whole workshop on one page, and a page a cheap phone draws at once. */
export const PAGE_SIZE = 50

export interface Paging {
  /** The first row shown, counted from 0. */
  start: number
  /** One past the last row shown. */
  end: number
  total: number
  page: number
  pageCount: number
  pageChosen: (page: number) => void
}

/**
 * One page of a list of `total` rows, and every row while printing: paper has no Next button. A page past the end
 * (the last row of the last page removed) shows the last page instead.
 */
export function usePaging(total: number, pageSize: number = PAGE_SIZE): Paging {
  const [chosen, pageChosen] = useState(0)
  const printing = usePrinting()
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(chosen, pageCount - 1)
  if (printing) return { start: 0, end: total, total, page, pageCount, pageChosen }
  const start = page * pageSize
  return { start, end: Math.min(total, start + pageSize), total, page, pageCount, pageChosen }
}

/**
 * "Showing 51-100 of 1,000 responses" with Previous and Next; nothing for a list that fits on one page. The
 * buttons stay focusable at either end (aria-disabled), so focus is not lost on the first or last page.
 */
export function Pager({ paging, noun }: { paging: Paging; noun: string }) {
  const { start, end, total, page, pageCount, pageChosen } = paging
  if (pageCount <= 1) return null
  const go = (to: number) => {
    if (to >= 0 && to < pageCount) pageChosen(to)
  }
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <p role="status">
        Showing {formatCount(start + 1)}&ndash;{formatCount(end)} of {formatCount(total)} {noun}
      </p>
      <button
        type="button"
        className="button small"
        aria-label={`Previous page of ${noun}`}
        aria-disabled={page === 0}
        onClick={() => go(page - 1)}
      >
        Previous
      </button>
      <button
        type="button"
        className="button small"
        aria-label={`Next page of ${noun}`}
        aria-disabled={page === pageCount - 1}
        onClick={() => go(page + 1)}
      >
        Next
      </button>
    </nav>
  )
}

import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

/**
 * A wide table scrolls inside this box on a phone instead of the page scrolling sideways; the box is focusable
 * and named so keyboard users can scroll it too. A table wider than its box says so in words above it (also the
 * box's description) and fades out at the edge where more columns hide, so no column is lost without a cue.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const cueId = useId()
  const box = useRef<HTMLDivElement>(null)
  const [overflowing, setOverflowing] = useState(false)
  const [moreLeft, setMoreLeft] = useState(false)
  const [moreRight, setMoreRight] = useState(false)

  useEffect(() => {
    const element = box.current
    if (element === null) return
    const measure = () => {
      const hidden = element.scrollWidth - element.clientWidth
      // A pixel of rounding is not a hidden column.
      setOverflowing(hidden > 1)
      setMoreLeft(element.scrollLeft > 1)
      setMoreRight(element.scrollLeft < hidden - 1)
    }
    element.addEventListener('scroll', measure, { passive: true })
    // The box narrows when the window does, the table widens when rows or columns arrive; jsdom has neither.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure)
    // The observer's first report comes after the browser's own layout; measuring here would force a layout of
    // the whole page in the task that renders it (about 80 ms on a slow phone).
    if (observer === undefined) measure()
    observer?.observe(element)
    if (element.firstElementChild !== null) observer?.observe(element.firstElementChild)
    return () => {
      element.removeEventListener('scroll', measure)
      observer?.disconnect()
    }
  }, [])

  const shade = ['table-scroll-shade', moreLeft && 'more-left', moreRight && 'more-right']
    .filter(Boolean)
    .join(' ')
  return (
    <div className="table-scroll-frame">
      {overflowing && (
        <p id={cueId} className="note table-scroll-cue">
          Scroll sideways for more columns
        </p>
      )}
      <div className={shade}>
        <div
          ref={box}
          className="table-scroll"
          role="region"
          aria-label={label}
          aria-describedby={overflowing ? cueId : undefined}
          tabIndex={0}
        >
          {children}
        </div>
      </div>
    </div>
  )
}

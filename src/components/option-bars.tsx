import type { OptionTally } from '../domain/plan/present-slides.ts'

/**
 * How many people chose each option, as horizontal bars: one row per option with its text, a bar as long as its
 * count against the largest count, and the count printed. The answers that are not an option ("Don't know", "Not
 * applicable") follow after a gap. The list's text carries every value ("Daily to weekly: 3"), so the bars
 * themselves are hidden from assistive technology, and nothing is hidden but them. Drawn as SVG rectangles: a width attribute, not a style, so
 * the page's content security policy has nothing to say about it.
 */
export function OptionBars({ tally, labelledBy }: { tally: OptionTally; labelledBy?: string }) {
  const rows = [
    ...tally.options.map((row) => ({ ...row, apart: false })),
    ...tally.apart.map((row) => ({ ...row, apart: true })),
  ]
  const largest = Math.max(1, ...rows.map((row) => row.count))
  const firstApart = tally.options.length
  return (
    <ul className="option-bars" aria-labelledby={labelledBy}>
      {rows.map((row, index) => (
        <li
          key={row.label}
          className={
            [row.apart && 'apart', index === firstApart && 'first-apart'].filter(Boolean).join(' ') ||
            undefined
          }
        >
          <span className="option-label">{row.label}:</span>
          <svg className="option-bar" aria-hidden="true" focusable="false">
            <rect x="0" y="0" height="100%" width={`${(row.count / largest) * 100}%`} rx="3" />
          </svg>
          {/* The space makes the text read "Daily to weekly: 3"; at the start of its box it takes no room. */}
          <span className="option-count"> {row.count}</span>
        </li>
      ))}
    </ul>
  )
}

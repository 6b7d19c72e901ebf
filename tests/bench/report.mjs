// Plain-text helpers for the report: Markdown tables, so a run can be pasted into docs/performance.md as it is.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export const formatKb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
export const formatMs = (ms) => `${Math.round(ms)} ms`
export const formatRatio = (ratio) => `${ratio.toFixed(2)}x`

/** Left-aligned Markdown table with padded columns. */
export function table(headers, rows) {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => String(row[column]).length)),
  )
  const line = (cells) =>
    `| ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}

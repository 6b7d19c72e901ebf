/**
 * A count as the app's English texts write it: "950", "1,000", "12,500", "1,234.5678" (only the whole part is
 * grouped, as in English; a fraction keeps the digits String gives it). Written out rather than through
 * toLocaleString('en'), whose first use in a page loads number-format data: 35-90 ms in Chromium on this 2-core
 * machine without throttling, and the team view's first render paid it (see long-date.ts for the dates).
 */
export function formatCount(count: number): string {
  const [whole = '', fraction] = String(count).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/**
 * Items in one English list: "a", "a and b", "a, b and c". A comma goes before the last "and" only when an item
 * holds an "and" of its own, so "your self-check, your targets and plans, and the team view" cannot be read as
 * naming plans and the team view together.
 */
export function listInWords(items: readonly string[]): string {
  const last = items.at(-1)
  if (last === undefined) return ''
  if (items.length === 1) return last
  const serialComma = items.length > 2 && items.some((item) => / and /.test(item)) ? ',' : ''
  return `${items.slice(0, -1).join(', ')}${serialComma} and ${last}`
}

/** A count with its noun, in English: "1 response", "0 responses", "2 responses". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

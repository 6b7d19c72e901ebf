/** A plain JSON object, as JSON.parse makes one: not null and not an array, which typeof also calls "object". */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

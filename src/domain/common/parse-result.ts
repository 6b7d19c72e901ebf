// Configures zod before any module that reads outside input builds or runs a schema (see zod-setup.ts).
import './zod-setup.ts'
import type { z } from './zod-setup.ts'

/** Outside input never throws at the caller: it comes back as a value or as lines a person can act on. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] }

/** A person reads these lines; past this many, more lines only bury the first ones (and hostile input can make thousands). */
export const MAX_ERRORS = 10

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value }
}

export function fail(...errors: string[]): { ok: false; errors: string[] } {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors }
  const shown = errors.slice(0, MAX_ERRORS - 1)
  return { ok: false, errors: [...shown, `…and ${errors.length - shown.length} more problems.`] }
}

/** Keys and values from outside can be any length; an error line quotes at most this much of one. */
export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** Unknown keys quoted in a message, at most; past them the line only says how many more there are. */
const MAX_KEYS_SHOWN = 5

function describeIssue(issue: z.core.$ZodIssue): string {
  // Zod words a failed union as a bare "Invalid input", which names neither the field nor the fix.
  if (issue.code === 'invalid_union') return 'not one of the allowed values'
  // Zod quotes every unknown key in full, and a hostile file can hold many keys thousands of characters long.
  if (issue.code === 'unrecognized_keys') {
    const shown = issue.keys.slice(0, MAX_KEYS_SHOWN).map((key) => `"${shorten(key)}"`)
    const more = issue.keys.length - shown.length
    return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
  }
  return issue.message
}

/**
 * One line per issue, "path: message", e.g. `answers.culture-x: not one of the allowed values`.
 * The context (e.g. "response") prefixes the path so a line says where in a file the problem is.
 */
export function formatZodIssues(error: z.core.$ZodError, context?: string): string[] {
  return error.issues.map((issue) => {
    const segments = issue.path.map((segment) => shorten(String(segment)))
    const path = [...(context === undefined ? [] : [context]), ...segments].join('.')
    return path === '' ? describeIssue(issue) : `${path}: ${describeIssue(issue)}`
  })
}

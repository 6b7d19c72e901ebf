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

/**
 * One line per issue, "path: message", e.g. `answers.culture-x: not one of the allowed values`.
 * The context (e.g. "response") prefixes the path so a line says where in a file the problem is.
 */
export function formatZodIssues(error: z.core.$ZodError, context?: string): string[] {
  return error.issues.map((issue) => {
    const segments = issue.path.map((segment) => shorten(String(segment)))
    const path = [...(context === undefined ? [] : [context]), ...segments].join('.')
    // Zod words a failed union as a bare "Invalid input", which names neither the field nor the fix.
    const message = issue.code === 'invalid_union' ? 'not one of the allowed values' : issue.message
    return path === '' ? message : `${path}: ${message}`
  })
}

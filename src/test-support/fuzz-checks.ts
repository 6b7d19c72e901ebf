/*
 * What the fuzz tests (`*.fuzz.test.ts`) ask of every parser of outside input: return a value or readable errors,
 * never throw, and hand out only values that pass the same checks again and are plain JSON.
 *
 * Every property has a fixed numRuns and no fc.pre, so the cases run are exactly the sum each file prints at the end.
 */
import fc from 'fast-check'
import { afterAll, expect } from 'vitest'
import { getBank } from '../domain/bank/bank-registry.ts'
import { MAX_ERRORS, type ParseResult } from '../domain/common/parse-result.ts'
import { parseResponse, type Response } from '../domain/formats/response.ts'
import type { TeamInput } from '../domain/team/team-input.ts'

export type CountedCheck = <Ts extends [unknown, ...unknown[]]>(
  name: string,
  numRuns: number,
  property: fc.IProperty<Ts>,
) => void

/**
 * A `check` for one fuzz file: it runs a property with a fixed numRuns and counts it, and the file prints how many
 * cases ran once its tests are done.
 */
export function countedCheck(): CountedCheck {
  const casesRun = new Map<string, number>()
  afterAll(() => {
    const total = [...casesRun.values()].reduce((sum, runs) => sum + runs, 0)
    const lines = [...casesRun].map(([name, runs]) => `  ${String(runs).padStart(5)}  ${name}`)
    console.log(`fuzz cases run: ${total} in ${casesRun.size} properties\n${lines.join('\n')}`)
  })
  return (name, numRuns, property) => {
    fc.assert(property, { numRuns })
    casesRun.set(name, (casesRun.get(name) ?? 0) + numRuns)
  }
}

/** A line quotes at most a short piece of the input (see shorten); past this it buries the message. */
const MAX_ERROR_LINE = 400

export function expectReadableLine(line: string): void {
  expect(typeof line).toBe('string')
  expect(line.trim(), 'an empty error line').not.toBe('')
  // Words a person can read, not only symbols or a bare path.
  expect(line).toMatch(/\p{L}{3}/u)
  expect(line.length, line.slice(0, 200)).toBeLessThanOrEqual(MAX_ERROR_LINE)
  // Signs of a message assembled from the wrong value or from an empty path. (A key of its own can end in "." or
  // be empty, so "answers.: ..." is a real key; a context followed by ".:" is not.)
  expect(line).not.toMatch(/\[object |^:|(view|check)\.:/)
}

export function expectReadable(errors: readonly string[]): void {
  expect(errors.length).toBeGreaterThan(0)
  expect(errors.length).toBeLessThanOrEqual(MAX_ERRORS)
  for (const line of errors) expectReadableLine(line)
}

/** A team input reports one problem per bad entry; each names the entry, then says what is wrong with it. */
export function expectReadableTeamInput(input: TeamInput): void {
  for (const problem of input.problems) {
    expect(problem.trim()).not.toBe('')
    expect(problem).toMatch(/\p{L}{3}/u)
    // "Line 12: " or "<file name>: ", then at most MAX_ERRORS lines of one entry.
    expect(problem.length).toBeLessThanOrEqual(100 + MAX_ERRORS * MAX_ERROR_LINE)
  }
  for (const response of input.responses) expectValidResponse(response)
}

/** What a parser hands out must pass the same parser's checks again and be plain JSON data. */
export function expectValidResponse(response: Response): void {
  expect(parseResponse(response, getBank)).toEqual({ ok: true, value: response })
  expect(JSON.parse(JSON.stringify(response))).toEqual(response)
}

export function expectOutcome<T>(result: ParseResult<T>, whenOk: (value: T) => void): void {
  expect(typeof result.ok).toBe('boolean')
  if (result.ok) whenOk(result.value)
  else expectReadable(result.errors)
}

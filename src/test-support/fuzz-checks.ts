/*
 * What the fuzz tests (`*.fuzz.test.ts`) ask of every parser of outside input: return a value or readable errors,
 * never throw, and hand out only values that pass the same checks again and are plain JSON.
 *
 * Every property has a fixed numRuns and no fc.pre, so the cases run are exactly the sum each file prints at the end.
 * `npm run fuzz` sets FUZZ_RUNS, and every property runs that many cases instead.
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

/** A setting from the environment of the test run (vitest hands every variable to import.meta.env). */
function setting(name: string): string | undefined {
  const value: unknown = import.meta.env[name]
  return typeof value === 'string' && value !== '' ? value : undefined
}

function wholeNumberSetting(name: string): number | undefined {
  const text = setting(name)
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be a whole number, not "${text}".`)
  return value
}

/**
 * What fc.check is told: the property's own numRuns, FUZZ_RUNS (npm run fuzz), or, to replay a failure, the seed
 * and path its report printed (FUZZ_SEED and FUZZ_PATH).
 */
function runParameters(numRuns: number): fc.Parameters<unknown> {
  const seed = wholeNumberSetting('FUZZ_SEED')
  const path = setting('FUZZ_PATH')
  if (seed === undefined) return { numRuns: wholeNumberSetting('FUZZ_RUNS') ?? numRuns }
  return { seed, ...(path === undefined ? {} : { path }), endOnFailure: true }
}

/** The test file, from the repository's root, for the replay command. */
function testFile(): string {
  const path = expect.getState().testPath ?? ''
  return path.slice(path.lastIndexOf('/src/') + 1)
}

/**
 * A `check` for one fuzz file: it runs a property and counts it, and the file prints how many cases ran, and how
 * long each property took, once its tests are done. A failure prints fast-check's report (seed, path, the shrunk
 * counterexample and the error) and the command that replays it. With FUZZ_PROPERTY set, only that property runs.
 */
export function countedCheck(): CountedCheck {
  const casesRun = new Map<string, { runs: number; ms: number }>()
  afterAll(() => {
    const total = [...casesRun.values()].reduce((sum, { runs }) => sum + runs, 0)
    const lines = [...casesRun].map(
      ([name, { runs, ms }]) =>
        `  ${String(runs).padStart(7)}  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`,
    )
    console.log(`fuzz cases run: ${total} in ${casesRun.size} properties\n${lines.join('\n')}`)
  })
  return (name, numRuns, property) => {
    const only = setting('FUZZ_PROPERTY')
    if (only !== undefined && only !== name) return
    const parameters = runParameters(numRuns)
    const started = performance.now()
    const details = fc.check(property, parameters)
    const ms = performance.now() - started
    if (details.failed) {
      const replay = `FUZZ_PROPERTY=${JSON.stringify(name)} FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''}`
      throw new Error(
        `Fuzz property "${name}" failed. Replay it with:\n  ${replay} npx vitest run --project domain ${testFile()}\n` +
          fc.defaultReportMessage(details),
        { cause: details.errorInstance },
      )
    }
    const counted = casesRun.get(name) ?? { runs: 0, ms: 0 }
    casesRun.set(name, { runs: counted.runs + details.numRuns, ms: counted.ms + ms })
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
  // be empty, so "answers.: ..." and "answers.culture-blame-in-review.: ..." name real keys; a context such as
  // "saved team view" followed by ".:" does not.)
  expect(line).not.toMatch(/\[object |^:|(team view|self-check)\.:/)
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

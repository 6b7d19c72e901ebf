/*
 * Every parser of outside input, fed hostile input: arbitrary text, arbitrary JSON, and valid inputs damaged at
 * random (characters replaced, deleted, inserted, text cut short; JSON fields replaced by arbitrary JSON or
 * removed). Each must return a value or readable errors and never throw; whatever it accepts must be valid; a
 * valid value must survive encode -> decode unchanged; and keys such as "__proto__" or "constructor" must neither
 * touch Object.prototype nor come back as answers.
 *
 * Every property has a fixed numRuns and no fc.pre, so the cases run are exactly the sum printed at the end.
 */
import fc from 'fast-check'
import Papa from 'papaparse'
import { afterAll, describe, expect, test } from 'vitest'
import { DONT_KNOW, LEVELS, NOT_APPLICABLE, type PillarAnswer, type PillarAnswers } from '../bank/answers.ts'
import { createBackup, MAX_BACKUP_BYTES, parseBackupFile, serializeBackup } from './backup-file.ts'
import { getBank } from '../bank/bank-registry.ts'
import {
  DORA_DONT_KNOW,
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  type DoraAnswers,
} from '../dora/dora-metrics.ts'
import { createOwnResponse } from './own-response.ts'
import { MAX_ERRORS, type ParseResult } from '../common/parse-result.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import {
  AliasSchema,
  formatCreatedAt,
  LATEST_CREATED_AT,
  parseResponse,
  parseResponseFile,
  ResponseSchema,
  ROLE_LABELS,
  ROLES,
  serializeResponseFile,
  type Response,
} from './response.ts'
import { buildShareLink, decodeShareCode, encodeShareCode, extractShareCode } from './share-code.ts'
import {
  createEmptyAssessment,
  mergeStoredAssessments,
  parseStoredAssessment,
  STORED_ASSESSMENT_VERSION,
  upgradeStoredAssessment,
  type StoredAssessment,
} from './stored-assessment.ts'
import {
  MAX_SESSION_NAME_LENGTH,
  parseStoredTeamSession,
  parseStoredTeamState,
  STORED_TEAM_SESSION_VERSION,
  type StoredTeamSession,
} from './stored-team-session.ts'
import { suggestMapping } from './survey-import/column-mapping.ts'
import { MAX_SURVEY_BYTES, parseSurveyCsv } from './survey-import/read-survey-csv.ts'
import { MAX_SURVEY_PROBLEMS, readSurveyResponses } from './survey-import/survey-rows.ts'
import { parsePastedResponses, parseResponseFiles, type TeamInput } from '../team/team-input.ts'

// ---------------------------------------------------------------------------------------------------------------
// Counting: every property goes through `check`, so the report can say how many cases ran.

const casesRun = new Map<string, number>()

function check<Ts extends [unknown, ...unknown[]]>(
  name: string,
  numRuns: number,
  property: fc.IProperty<Ts>,
): void {
  fc.assert(property, { numRuns })
  casesRun.set(name, (casesRun.get(name) ?? 0) + numRuns)
}

afterAll(() => {
  const total = [...casesRun.values()].reduce((sum, runs) => sum + runs, 0)
  const lines = [...casesRun].map(([name, runs]) => `  ${String(runs).padStart(5)}  ${name}`)
  console.log(`fuzz cases run: ${total} in ${casesRun.size} properties\n${lines.join('\n')}`)
})

// ---------------------------------------------------------------------------------------------------------------
// What "readable errors" means here.

/** A line quotes at most a short piece of the input (see shorten); past this it buries the message. */
const MAX_ERROR_LINE = 400

function expectReadableLine(line: string): void {
  expect(typeof line).toBe('string')
  expect(line.trim(), 'an empty error line').not.toBe('')
  // Words a person can read, not only symbols or a bare path.
  expect(line).toMatch(/\p{L}{3}/u)
  expect(line.length, line.slice(0, 200)).toBeLessThanOrEqual(MAX_ERROR_LINE)
  // Signs of a message assembled from the wrong value or from an empty path. (A key of its own can end in "." or
  // be empty, so "answers.: ..." is a real key; a context followed by ".:" is not.)
  expect(line).not.toMatch(/\[object |^:|(view|check)\.:/)
}

function expectReadable(errors: readonly string[]): void {
  expect(errors.length).toBeGreaterThan(0)
  expect(errors.length).toBeLessThanOrEqual(MAX_ERRORS)
  for (const line of errors) expectReadableLine(line)
}

/** A team input reports one problem per bad entry; each names the entry, then says what is wrong with it. */
function expectReadableTeamInput(input: TeamInput): void {
  for (const problem of input.problems) {
    expect(problem.trim()).not.toBe('')
    expect(problem).toMatch(/\p{L}{3}/u)
    // "Line 12: " or "<file name>: ", then at most MAX_ERRORS lines of one entry.
    expect(problem.length).toBeLessThanOrEqual(100 + MAX_ERRORS * MAX_ERROR_LINE)
  }
  for (const response of input.responses) expectValidResponse(response)
}

/** What a parser hands out must pass the same parser's checks again and be plain JSON data. */
function expectValidResponse(response: Response): void {
  expect(parseResponse(response, getBank)).toEqual({ ok: true, value: response })
  expect(JSON.parse(JSON.stringify(response))).toEqual(response)
}

function expectOutcome<T>(result: ParseResult<T>, whenOk: (value: T) => void): void {
  expect(typeof result.ok).toBe('boolean')
  if (result.ok) whenOk(result.value)
  else expectReadable(result.errors)
}

// ---------------------------------------------------------------------------------------------------------------
// Valid inputs, built from the real question bank.

const HOSTILE_ALIASES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"; DROP TABLE x; --',
  '{{constructor.constructor}}',
  'שלום 🦊 مرحبا 👩🏽‍💻 Ana',
  '\u202Eevil\u202C',
  'Zoë',
] as const

const answerArbitrary = (allowNotApplicable: boolean): fc.Arbitrary<PillarAnswer> => {
  const answers: PillarAnswer[] = [...LEVELS, DONT_KNOW]
  if (allowNotApplicable) answers.push(NOT_APPLICABLE)
  return fc.constantFrom(...answers)
}

/** Any subset of the bank's questions, each with an answer it allows. */
const answersArbitrary: fc.Arbitrary<PillarAnswers> = fc
  .tuple(
    ...QUESTION_BANK.questions.map((q) =>
      fc.option(answerArbitrary(q.allowNotApplicable), { nil: undefined }),
    ),
  )
  .map((picked) => {
    const answers: PillarAnswers = {}
    QUESTION_BANK.questions.forEach((question, index) => {
      const answer = picked[index]
      if (answer !== undefined) answers[question.id] = answer
    })
    return answers
  })

const doraArbitrary: fc.Arbitrary<DoraAnswers> = fc.record(
  {
    deploymentFrequency: fc.constantFrom(
      DORA_DONT_KNOW,
      ...DORA_METRIC_DEFINITIONS.deploymentFrequency.bands.map((b) => b.id),
    ),
    leadTime: fc.constantFrom(DORA_DONT_KNOW, ...DORA_METRIC_DEFINITIONS.leadTime.bands.map((b) => b.id)),
    changeFailureRate: fc.constantFrom(
      DORA_DONT_KNOW,
      ...DORA_METRIC_DEFINITIONS.changeFailureRate.bands.map((b) => b.id),
    ),
    timeToRestore: fc.constantFrom(
      DORA_DONT_KNOW,
      ...DORA_METRIC_DEFINITIONS.timeToRestore.bands.map((b) => b.id),
    ),
  },
  { requiredKeys: [] },
)

const aliasArbitrary = fc
  .oneof(
    fc.constantFrom(...HOSTILE_ALIASES),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  )
  // Only aliases the app itself would hand out: trimmed, 1-40 units, no control characters.
  .filter((alias) => AliasSchema.safeParse(alias).data === alias)

const responseArbitrary: fc.Arbitrary<Response> = fc
  .record(
    {
      bankVersion: fc.constant(QUESTION_BANK.bankVersion),
      answers: answersArbitrary,
      dora: doraArbitrary,
      alias: aliasArbitrary,
      role: fc.constantFrom(...ROLES),
      createdAt: fc
        .integer({ min: 0, max: Math.floor(LATEST_CREATED_AT / 1000) })
        .map((seconds) => formatCreatedAt(new Date(seconds * 1000))),
    },
    { requiredKeys: ['bankVersion', 'answers', 'dora', 'createdAt'] },
  )
  .map((candidate) => ResponseSchema.parse(candidate))

const timeArbitrary = fc.integer({ min: 1, max: 4_102_444_800_000 })

const storedAssessmentArbitrary: fc.Arbitrary<StoredAssessment> = fc
  .record({
    answers: answersArbitrary,
    dora: doraArbitrary,
    times: fc.array(timeArbitrary, { minLength: 40, maxLength: 40 }),
    lastStep: fc.integer({ min: 1, max: 99 }),
    resetAt: fc.oneof(fc.constant(0), timeArbitrary),
  })
  .map(({ answers, dora, times, lastStep, resetAt }) => {
    const keys = [
      ...Object.keys(answers),
      ...DORA_METRICS.filter((m) => dora[m] !== undefined).map((m) => `dora:${m}`),
    ]
    const answeredAt = Object.fromEntries(keys.map((key, index) => [key, times[index] ?? 1]))
    return { bankVersion: QUESTION_BANK.bankVersion, answers, dora, answeredAt, lastStep, resetAt }
  })

const storedV1Arbitrary = storedAssessmentArbitrary.map(({ bankVersion, answers, dora, lastStep }) => ({
  bankVersion,
  answers,
  dora,
  lastStep,
}))

const sessionNameArbitrary = fc.oneof(
  fc.constantFrom(...HOSTILE_ALIASES, 'x'.repeat(MAX_SESSION_NAME_LENGTH), ''),
  fc.string({ maxLength: MAX_SESSION_NAME_LENGTH }),
)

const teamSessionArbitrary: fc.Arbitrary<StoredTeamSession> = fc.record({
  sessionName: sessionNameArbitrary,
  responses: fc.uniqueArray(responseArbitrary, { maxLength: 4, selector: (r) => r.createdAt }),
})

const storedText = (state: unknown, version: number) => JSON.stringify({ state, version })
const createEmptyStored = (): StoredAssessment => createEmptyAssessment(QUESTION_BANK.bankVersion)
const shareCodeOf = (response: Response) => encodeShareCode(response, QUESTION_BANK)
const linkOf = (response: Response) =>
  buildShareLink('https://calms.example/app/#/team', shareCodeOf(response))
const fileOf = (response: Response) => serializeResponseFile(response, '0.1.0')

// ---------------------------------------------------------------------------------------------------------------
// Damage: character edits on text, and field replacement on JSON.

const CODE_CHARACTERS = ['A', 'B', 'C', 'Q', 'g', 'w', 'x', 'y', 'z', '0', '1', '9', '-', '_', '.', '~']
const JSON_CHARACTERS = ['{', '}', '[', ']', '"', ':', ',', '0', '-', '1', 'e', '.', 't', 'n', ' ', '\\']

/** One UTF-16 unit or a short run: characters a code or a JSON file is made of, and anything else. */
const insertion = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...CODE_CHARACTERS, ...JSON_CHARACTERS),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 3,
})

interface Edit {
  kind: 'replace' | 'delete' | 'insert' | 'truncate'
  at: number
  text: string
}

const editsArbitrary: fc.Arbitrary<Edit[]> = fc.array(
  fc.record({
    kind: fc.constantFrom<Edit['kind']>('replace', 'delete', 'insert', 'truncate'),
    at: fc.nat(),
    text: insertion,
  }),
  { minLength: 1, maxLength: 4 },
)

function applyEdits(text: string, edits: readonly Edit[]): string {
  return edits.reduce((current, edit) => {
    const at = edit.at % (current.length + 1)
    switch (edit.kind) {
      case 'replace':
        return current.slice(0, at) + edit.text + current.slice(at + edit.text.length)
      case 'delete':
        return current.slice(0, at) + current.slice(at + edit.text.length)
      case 'insert':
        return current.slice(0, at) + edit.text + current.slice(at)
      case 'truncate':
        return current.slice(0, at)
    }
  }, text)
}

const damagedText = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(valid, editsArbitrary).map(([text, edits]) => applyEdits(text, edits))

type JsonPath = (string | number)[]

/** Every node below the root, so the damage can land anywhere from a top-level field to one answer. */
function jsonPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index) => [
      [...prefix, index],
      ...jsonPaths(item, [...prefix, index]),
    ])
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...jsonPaths(item, [...prefix, key]),
    ])
  }
  return []
}

/** A copy with the node at `path` replaced, or removed when `replacement` is undefined. */
function withNode(value: unknown, path: JsonPath, replacement: unknown): unknown {
  const [head, ...rest] = path
  if (head === undefined) return replacement
  if (Array.isArray(value)) {
    const copy: unknown[] = value.slice()
    if (rest.length === 0 && replacement === undefined) copy.splice(Number(head), 1)
    else copy[Number(head)] = withNode(copy[Number(head)], rest, replacement)
    return copy
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...value }
    const key = String(head)
    if (rest.length === 0 && replacement === undefined) Reflect.deleteProperty(copy, key)
    else copy[key] = withNode(copy[key], rest, replacement)
    return copy
  }
  return value
}

/** A valid JSON value with one to three fields replaced by arbitrary JSON or removed. */
const damagedJsonValue = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      valid,
      fc.array(fc.tuple(fc.nat(), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined })), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([value, changes]) =>
      changes.reduce((current, [pick, replacement]) => {
        const paths = jsonPaths(current)
        const path = paths[pick % Math.max(paths.length, 1)]
        return path === undefined ? current : withNode(current, path, replacement)
      }, value),
    )

const damagedJson = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  damagedJsonValue(valid).map((value) => JSON.stringify(value))

/** Arbitrary text: any UTF-16 (lone surrogates too), and short printable text that looks more like input. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 40 }))
const anyJsonText = fc.json({ maxDepth: 4 })

// ---------------------------------------------------------------------------------------------------------------

describe('parseStoredAssessment and upgradeStoredAssessment (localStorage: the self-check)', () => {
  const expectStored = (raw: string) =>
    expectOutcome(parseStoredAssessment(raw), ({ version, state }) => {
      // What storage hands back must upgrade and serialize to the same data.
      const upgraded = upgradeStoredAssessment(state, version)
      expect(upgraded.ok).toBe(true)
      if (upgraded.ok) expect(JSON.parse(JSON.stringify(upgraded.value))).toEqual(upgraded.value)
    })

  const validV2 = storedAssessmentArbitrary.map((state) => storedText(state, STORED_ASSESSMENT_VERSION))
  const validV1 = storedV1Arbitrary.map((state) => storedText(state, 1))

  test('arbitrary text, arbitrary JSON', () => {
    check('parseStoredAssessment: arbitrary text', 1000, fc.property(anyText, expectStored))
    check('parseStoredAssessment: arbitrary JSON', 1000, fc.property(anyJsonText, expectStored))
  })

  test('valid v1 and v2 values with characters replaced, deleted, inserted or cut', () => {
    check(
      'parseStoredAssessment: damaged text',
      1000,
      fc.property(damagedText(fc.oneof(validV2, validV1)), expectStored),
    )
  })

  test('valid v1 and v2 values with fields replaced by arbitrary JSON or removed', () => {
    const envelope = (version: number) => (state: unknown) => ({ state, version })
    const valid = fc.oneof(
      storedAssessmentArbitrary.map(envelope(STORED_ASSESSMENT_VERSION)),
      storedV1Arbitrary.map(envelope(1)),
    )
    check('parseStoredAssessment: damaged JSON', 1000, fc.property(damagedJson(valid), expectStored))
  })

  test('upgradeStoredAssessment: any value and any version number', () => {
    const version = fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.integer(), fc.double())
    const state = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.anything({ maxDepth: 3 }),
      damagedJsonValue(storedAssessmentArbitrary),
    )
    check(
      'upgradeStoredAssessment: any state and version',
      1000,
      fc.property(state, version, (s, v) =>
        expectOutcome(upgradeStoredAssessment(s, v), (value) =>
          expect(JSON.parse(JSON.stringify(value))).toEqual(value),
        ),
      ),
    )
  })

  test('round trip: a valid v2 value reads back unchanged through JSON.stringify', () => {
    check(
      'parseStoredAssessment: v2 round trip',
      500,
      fc.property(storedAssessmentArbitrary, (state) => {
        const parsed = parseStoredAssessment(storedText(state, STORED_ASSESSMENT_VERSION))
        expect(parsed).toEqual({ ok: true, value: { version: STORED_ASSESSMENT_VERSION, state } })
        expect(upgradeStoredAssessment(state, STORED_ASSESSMENT_VERSION)).toEqual({ ok: true, value: state })
      }),
    )
  })

  test('whatever two tabs read, their merge is a valid stored value again', () => {
    const readable = (raw: string): StoredAssessment | undefined => {
      const parsed = parseStoredAssessment(raw)
      if (!parsed.ok) return undefined
      const upgraded = upgradeStoredAssessment(parsed.value.state, parsed.value.version)
      return upgraded.ok ? upgraded.value : undefined
    }
    const tab = fc.oneof(
      validV2,
      damagedJson(storedAssessmentArbitrary.map((state) => ({ state, version: 2 }))),
    )
    check(
      'mergeStoredAssessments: merged tabs store again',
      500,
      fc.property(tab, tab, (a, b) => {
        const mine = readable(a)
        const theirs = readable(b)
        if (mine === undefined || theirs === undefined) return
        const merged = mergeStoredAssessments(mine, theirs)
        expect(parseStoredAssessment(storedText(merged, STORED_ASSESSMENT_VERSION))).toEqual({
          ok: true,
          value: { version: STORED_ASSESSMENT_VERSION, state: merged },
        })
      }),
    )
  })

  test('a version this app does not know is refused by number', () => {
    check(
      'parseStoredAssessment: unknown version',
      300,
      fc.property(
        storedAssessmentArbitrary,
        fc.integer({ min: 0, max: 2 ** 31 }).filter((v) => v !== 1 && v !== 2),
        (state, version) => {
          const result = parseStoredAssessment(storedText(state, version))
          expect(result.ok ? [] : result.errors).toEqual([
            `The saved self-check has format version ${version}, which this version of CALMS Radar does not know. ` +
              'It may come from a newer version of the app.',
          ])
        },
      ),
    )
  })
})

describe('parseStoredTeamSession and parseStoredTeamState (localStorage: the team view)', () => {
  const expectTeam = (raw: string) =>
    expectOutcome(parseStoredTeamSession(raw, getBank), ({ state, version }) => {
      const again = parseStoredTeamState(state, version, getBank)
      expect(again).toEqual({ ok: true, value: state })
      if (again.ok) for (const response of again.value.responses) expectValidResponse(response)
    })
  const validTeam = teamSessionArbitrary.map((state) => ({ state, version: STORED_TEAM_SESSION_VERSION }))

  test('arbitrary text, arbitrary JSON', () => {
    check('parseStoredTeamSession: arbitrary text', 1000, fc.property(anyText, expectTeam))
    check('parseStoredTeamSession: arbitrary JSON', 1000, fc.property(anyJsonText, expectTeam))
  })

  test('a valid team view with characters replaced, deleted, inserted or cut', () => {
    check(
      'parseStoredTeamSession: damaged text',
      500,
      fc.property(damagedText(validTeam.map((value) => JSON.stringify(value))), expectTeam),
    )
  })

  test('a valid team view with fields replaced by arbitrary JSON or removed', () => {
    check('parseStoredTeamSession: damaged JSON', 500, fc.property(damagedJson(validTeam), expectTeam))
  })

  test('parseStoredTeamState: any value and any version number', () => {
    check(
      'parseStoredTeamState: any state and version',
      500,
      fc.property(
        fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.anything({ maxDepth: 3 })),
        fc.oneof(fc.constant(1), fc.integer(), fc.double()),
        (state, version) => expectOutcome(parseStoredTeamState(state, version, getBank), () => undefined),
      ),
    )
  })

  test('round trip: a valid team view reads back unchanged', () => {
    check(
      'parseStoredTeamSession: round trip',
      300,
      fc.property(teamSessionArbitrary, (state) => {
        expect(parseStoredTeamSession(storedText(state, STORED_TEAM_SESSION_VERSION), getBank)).toEqual({
          ok: true,
          value: { state, version: STORED_TEAM_SESSION_VERSION },
        })
      }),
    )
  })

  test('a version this app does not know is refused by number', () => {
    check(
      'parseStoredTeamSession: unknown version',
      300,
      fc.property(
        teamSessionArbitrary,
        fc.integer({ min: 0, max: 2 ** 31 }).filter((v) => v !== STORED_TEAM_SESSION_VERSION),
        (state, version) => {
          const result = parseStoredTeamSession(storedText(state, version), getBank)
          expect(result.ok ? [] : result.errors).toEqual([
            `The saved team view has format version ${version}, which this version of CALMS Radar does not know. ` +
              'It may come from a newer version of the app.',
          ])
        },
      ),
    )
  })
})

describe('parseResponseFile (a JSON response file)', () => {
  const expectFile = (text: string) => expectOutcome(parseResponseFile(text, getBank), expectValidResponse)
  const validFile = responseArbitrary.map((response) => JSON.parse(fileOf(response)) as unknown)

  test('arbitrary text, arbitrary JSON', () => {
    check('parseResponseFile: arbitrary text', 1000, fc.property(anyText, expectFile))
    check('parseResponseFile: arbitrary JSON', 1000, fc.property(anyJsonText, expectFile))
  })

  test('a valid file with characters replaced, deleted, inserted or cut', () => {
    check(
      'parseResponseFile: damaged text',
      1000,
      fc.property(damagedText(responseArbitrary.map(fileOf)), expectFile),
    )
  })

  test('a valid file with fields replaced by arbitrary JSON or removed', () => {
    check('parseResponseFile: damaged JSON', 1000, fc.property(damagedJson(validFile), expectFile))
  })

  test('unknown fields with long names are quoted short', () => {
    const longKey = fc.string({ unit: 'binary', minLength: 50, maxLength: 5000 })
    check(
      'parseResponseFile: long unknown keys',
      200,
      fc.property(validFile, fc.array(longKey, { minLength: 1, maxLength: 50 }), (file, keys) => {
        const extra = Object.fromEntries(keys.map((key) => [key, 1]))
        const result = parseResponseFile(JSON.stringify({ ...(file as object), ...extra }), getBank)
        expect(result.ok).toBe(false)
        expectOutcome(result, () => undefined)
      }),
    )
  })

  test('parseResponse: any value', () => {
    check(
      'parseResponse: any value',
      500,
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 4 }),
          fc.anything({ maxDepth: 3 }),
          damagedJsonValue(responseArbitrary),
        ),
        (value) => expectOutcome(parseResponse(value, getBank), expectValidResponse),
      ),
    )
  })

  test('round trip: a saved file reads back as the same response', () => {
    check(
      'parseResponseFile: round trip',
      500,
      fc.property(responseArbitrary, (response) => {
        expect(parseResponseFile(fileOf(response), getBank)).toEqual({ ok: true, value: response })
      }),
    )
  })

  test('a newer file version or question bank version is refused by number', () => {
    const newer = fc.integer({ min: 2, max: 2 ** 31 })
    check(
      'parseResponseFile: unknown versions',
      300,
      fc.property(validFile, newer, fc.boolean(), (file, version, bank) => {
        const record = file as { response: object }
        const changed = bank
          ? { ...record, response: { ...record.response, bankVersion: version } }
          : { ...record, version }
        const result = parseResponseFile(JSON.stringify(changed), getBank)
        expect(result.ok).toBe(false)
        expect(result.ok ? '' : result.errors.join(' ')).toContain(`version ${version}`)
      }),
    )
  })
})

describe('decodeShareCode and extractShareCode (share links and codes)', () => {
  const expectCode = (code: string) => expectOutcome(decodeShareCode(code, getBank), expectValidResponse)

  /** FNV-1a's low 12 bits as share-code.ts documents them, so damage can get past the check part. */
  const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const checkOf = (text: string): string => {
    let hash = 0x811c9dc5
    for (let index = 0; index < text.length; index += 1) {
      hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
    }
    return (BASE64URL[(hash >>> 6) & 63] ?? '') + (BASE64URL[hash & 63] ?? '')
  }
  const refitCheck = (parts: readonly string[]): string => {
    const [format = '', , ...rest] = parts
    return [format, checkOf([format, ...rest].join('.')), ...rest].join('.')
  }

  test('arbitrary text', () => {
    check('decodeShareCode: arbitrary text', 1000, fc.property(anyText, expectCode))
  })

  test('a valid code with characters replaced, deleted, inserted or cut', () => {
    check(
      'decodeShareCode: damaged text',
      1000,
      fc.property(damagedText(responseArbitrary.map(shareCodeOf)), expectCode),
    )
  })

  test('a valid code with one part replaced and the check made to fit, so every part decoder is reached', () => {
    const part = fc.oneof(
      fc.string({ unit: fc.constantFrom(...CODE_CHARACTERS.filter((c) => c !== '.')), maxLength: 30 }),
      fc.string({ unit: fc.constantFrom(...BASE64URL.split('')), maxLength: 200 }),
    )
    check(
      'decodeShareCode: damaged part, check refitted',
      1000,
      fc.property(responseArbitrary, fc.nat(), part, fc.boolean(), (response, pick, replacement, drop) => {
        const parts = shareCodeOf(response).split('.')
        const index = 2 + (pick % (parts.length - 1))
        if (drop) parts.splice(index, 1)
        else parts[index] = replacement
        expectCode(refitCheck(parts))
      }),
    )
  })

  test('extractShareCode: any text gives undefined or a run of URL-safe characters', () => {
    check(
      'extractShareCode: arbitrary text',
      1000,
      fc.property(fc.oneof(anyText, damagedText(responseArbitrary.map(linkOf))), (text) => {
        const code = extractShareCode(text)
        if (code !== undefined) {
          expect(code).toMatch(/^[A-Za-z0-9._~-]+$/)
          expect(code.endsWith('.')).toBe(false)
          expectCode(code)
        }
      }),
    )
  })

  test('round trip: a valid response survives link -> extract -> decode unchanged', () => {
    check(
      'decodeShareCode: round trip',
      500,
      fc.property(responseArbitrary, (response) => {
        const code = extractShareCode(`My answers: ${linkOf(response)} thanks`)
        expect(code).toBe(shareCodeOf(response))
        expect(decodeShareCode(code ?? '', getBank)).toEqual({ ok: true, value: response })
      }),
    )
  })

  test('a newer share-code format or question bank version is refused by number', () => {
    check(
      'decodeShareCode: unknown versions',
      300,
      fc.property(
        responseArbitrary,
        fc.integer({ min: 2, max: 999_999 }),
        fc.boolean(),
        (response, version, bank) => {
          const parts = shareCodeOf(response).split('.')
          const code = bank
            ? refitCheck(parts.with(2, String(version)))
            : refitCheck(parts.with(0, String(version)))
          const result = decodeShareCode(code, getBank)
          expect(result.ok ? '' : result.errors.join(' ')).toContain(
            `${bank ? 'version' : 'format'} ${version}`,
          )
        },
      ),
    )
  })
})

describe('parsePastedResponses and parseResponseFiles (what a facilitator adds)', () => {
  const pasted = fc
    .array(fc.oneof(responseArbitrary.map(linkOf), responseArbitrary.map(shareCodeOf), anyText), {
      maxLength: 6,
    })
    .map((lines) => lines.join('\n'))

  test('pasted text: arbitrary, and valid links damaged', () => {
    check(
      'parsePastedResponses: arbitrary and damaged text',
      1000,
      fc.property(fc.oneof(anyText, pasted, damagedText(pasted)), (text) =>
        expectReadableTeamInput(parsePastedResponses(text, getBank)),
      ),
    )
  })

  test('pasted valid links all come back, in order, whatever lines sit between them', () => {
    check(
      'parsePastedResponses: round trip',
      300,
      fc.property(
        fc.array(fc.tuple(responseArbitrary, fc.constantFrom('', '\n', '\r\n\r\n', '\nnot a link\n')), {
          maxLength: 5,
        }),
        (entries) => {
          const text = entries.map(([response, between]) => `${linkOf(response)}\n${between}`).join('')
          expect(parsePastedResponses(text, getBank).responses).toEqual(entries.map(([response]) => response))
        },
      ),
    )
  })

  test('files: arbitrary names, sizes and contents', () => {
    const file = fc.record({
      name: fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...HOSTILE_ALIASES)),
      size: fc.oneof(fc.nat(), fc.constant(2 * 1024 * 1024 + 1)),
      text: fc.oneof(
        anyText,
        anyJsonText,
        responseArbitrary.map(fileOf),
        damagedText(responseArbitrary.map(fileOf)),
        damagedJson(responseArbitrary.map((response) => JSON.parse(fileOf(response)) as unknown)),
      ),
    })
    check(
      'parseResponseFiles: arbitrary files',
      500,
      fc.property(fc.array(file, { maxLength: 5 }), (files) => {
        const result = parseResponseFiles(files, getBank)
        expectReadableTeamInput(result)
        expect(result.responses.length + result.problems.length).toBe(files.length)
      }),
    )
  })
})

describe('parseBackupFile (a JSON backup of the self-check and the team view)', () => {
  const backupArbitrary = fc
    .tuple(storedAssessmentArbitrary, teamSessionArbitrary, fc.integer({ min: 0, max: LATEST_CREATED_AT }))
    .map(([selfCheck, team, time]) =>
      createBackup({ selfCheck, team }, { app: '0.1.0', bankVersion: 1 }, new Date(time)),
    )
  const expectBackup = (text: string) =>
    expectOutcome(parseBackupFile({ size: text.length, text }, getBank), (backup) => {
      expect(upgradeStoredAssessment(backup.selfCheck, STORED_ASSESSMENT_VERSION)).toEqual({
        ok: true,
        value: backup.selfCheck,
      })
      expect(parseStoredTeamState(backup.team, STORED_TEAM_SESSION_VERSION, getBank)).toEqual({
        ok: true,
        value: backup.team,
      })
    })

  test('arbitrary text, arbitrary JSON', () => {
    check('parseBackupFile: arbitrary text', 500, fc.property(anyText, expectBackup))
    check('parseBackupFile: arbitrary JSON', 500, fc.property(anyJsonText, expectBackup))
  })

  test('a valid backup with characters replaced, deleted, inserted or cut', () => {
    check(
      'parseBackupFile: damaged text',
      500,
      fc.property(damagedText(backupArbitrary.map(serializeBackup)), expectBackup),
    )
  })

  test('a valid backup with fields replaced by arbitrary JSON or removed', () => {
    check('parseBackupFile: damaged JSON', 500, fc.property(damagedJson(backupArbitrary), expectBackup))
  })

  test('unknown fields with long names are quoted short', () => {
    const longKey = fc.string({ unit: 'binary-ascii', minLength: 50, maxLength: 1000 })
    check(
      'parseBackupFile: long unknown keys',
      100,
      fc.property(
        backupArbitrary,
        fc.uniqueArray(longKey, { minLength: 1, maxLength: 20 }),
        (backup, keys) => {
          const text = JSON.stringify({ ...backup, ...Object.fromEntries(keys.map((key) => [key, 1])) })
          const result = parseBackupFile({ size: text.length, text }, getBank)
          expect(result.ok).toBe(false)
          expectOutcome(result, () => undefined)
        },
      ),
    )
  })

  test('round trip: a backup reads back unchanged', () => {
    check(
      'parseBackupFile: round trip',
      300,
      fc.property(backupArbitrary, (backup) => {
        const text = serializeBackup(backup)
        expect(parseBackupFile({ size: text.length, text }, getBank)).toEqual({ ok: true, value: backup })
      }),
    )
  })

  test('a newer backup version is refused by number', () => {
    check(
      'parseBackupFile: unknown version',
      200,
      fc.property(backupArbitrary, fc.integer({ min: 2, max: 2 ** 31 }), (backup, version) => {
        const text = JSON.stringify({ ...backup, version })
        const result = parseBackupFile({ size: text.length, text }, getBank)
        expect(result.ok ? '' : result.errors.join(' ')).toContain(`file version ${version}`)
      }),
    )
  })

  test('a file of the size limit is read or refused, not a crash', () => {
    const text = `{"format":"calms-radar","x":"${'a'.repeat(MAX_BACKUP_BYTES - 40)}"}`
    expectOutcome(parseBackupFile({ size: text.length, text }, getBank), () => undefined)
  })
})

describe('parseSurveyCsv and readSurveyResponses (a survey export)', () => {
  /** A form export the way a form tool writes it: timestamp, name, role, one column per question. */
  const surveyOf = (responses: readonly Response[]): string =>
    Papa.unparse([
      ['Timestamp', 'Name', 'Role', ...QUESTION_BANK.questions.map((q) => q.text), ...DORA_METRICS],
      ...responses.map((response) => [
        response.createdAt,
        response.alias ?? '',
        response.role === undefined ? '' : ROLE_LABELS[response.role],
        ...QUESTION_BANK.questions.map((q) => {
          const answer = response.answers[q.id]
          if (answer === undefined) return ''
          if (answer === DONT_KNOW) return "Don't know"
          if (answer === NOT_APPLICABLE) return 'n/a'
          return String(answer + 1)
        }),
        ...DORA_METRICS.map((metric) => response.dora[metric] ?? ''),
      ]),
    ])
  const validSurvey = fc.array(responseArbitrary, { minLength: 1, maxLength: 4 }).map(surveyOf)

  /** Parse, suggest a mapping, read: the whole path a survey file takes. */
  const expectSurvey = (text: string) =>
    expectOutcome(parseSurveyCsv({ size: text.length, text }), (table) => {
      const read = readSurveyResponses(
        table,
        suggestMapping(table, QUESTION_BANK),
        QUESTION_BANK,
        new Date(0),
      )
      expect(read.problems.length).toBeLessThanOrEqual(MAX_SURVEY_PROBLEMS)
      for (const line of [...read.problems, ...read.notes]) expectReadableLine(line)
      for (const response of read.responses) expectValidResponse(response)
      expect(read.responses.length + read.rowsSkipped).toBeLessThanOrEqual(table.rows.length)
    })

  test('arbitrary text', () => {
    check('parseSurveyCsv: arbitrary text', 500, fc.property(anyText, expectSurvey))
  })

  test('a valid export with characters replaced, deleted, inserted or cut', () => {
    check('parseSurveyCsv: damaged text', 500, fc.property(damagedText(validSurvey), expectSurvey))
  })

  test('a valid export with cells replaced by arbitrary text, long text or markup', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: 'binary-ascii', minLength: 200, maxLength: 2000 }),
      fc.constantFrom(...HOSTILE_ALIASES, '=1+1', '@SUM(A1)', 'constructor', '__proto__'),
    )
    check(
      'readSurveyResponses: damaged cells',
      300,
      fc.property(
        validSurvey,
        fc.array(fc.tuple(fc.nat(), fc.nat(), cell), { maxLength: 6 }),
        (text, changes) => {
          const rows = Papa.parse<string[]>(text).data
          for (const [row, column, value] of changes) {
            const target = rows[row % rows.length]
            if (target !== undefined) target[column % Math.max(target.length, 1)] = value
          }
          expectSurvey(Papa.unparse(rows))
        },
      ),
    )
  })

  test('a file of the size limit made of one-character rows is read or refused, not a crash', () => {
    // About a million rows: spreading them into one call's arguments overflows the stack.
    const text = `q\n${'a\n'.repeat(MAX_SURVEY_BYTES / 2 - 2)}`
    expect(text.length).toBeLessThanOrEqual(MAX_SURVEY_BYTES)
    expectOutcome(parseSurveyCsv({ size: text.length, text }), () => undefined)
  })
})

describe('what the app does next with a stored value it accepted', () => {
  test('a hand-edited self-check with 200 000 answer times still makes a response to share', () => {
    const answeredAt = Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`x${index}`, index]))
    const raw = storedText({ ...createEmptyStored(), answeredAt }, STORED_ASSESSMENT_VERSION)
    const parsed = parseStoredAssessment(raw)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    const upgraded = upgradeStoredAssessment(parsed.value.state, parsed.value.version)
    if (!upgraded.ok) throw new Error(upgraded.errors.join(' '))
    const own = createOwnResponse(upgraded.value, QUESTION_BANK, { alias: '', role: '' })
    expect(own.createdAt).toBe(formatCreatedAt(new Date(199_999)))
  })
})

describe('keys named like Object.prototype members', () => {
  const PROTOTYPE_KEYS = [
    '__proto__',
    'constructor',
    'isPrototypeOf',
    'toString',
    'hasOwnProperty',
    'valueOf',
  ] as const
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort()
  const prototypeMembers = prototypeNames.map((name) =>
    Object.getOwnPropertyDescriptor(Object.prototype, name),
  )

  const expectPrototypeUntouched = () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames)
    expect(prototypeNames.map((name) => Object.getOwnPropertyDescriptor(Object.prototype, name))).toEqual(
      prototypeMembers,
    )
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  }

  /** No record of answers in what came back holds one of the keys as its own, and none lost its prototype. */
  const expectNoPrototypeAnswers = (records: readonly object[]) => {
    for (const record of records) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype)
      for (const key of PROTOTYPE_KEYS) expect(Object.hasOwn(record, key), key).toBe(false)
    }
  }
  const recordsOf = (response: Response) => [response, response.answers, response.dora]

  /** Adds `"key": value` as an own property to one object node of a JSON value, as JSON.parse would make it. */
  const withPrototypeKey = (valid: fc.Arbitrary<unknown>) =>
    fc
      .tuple(
        valid,
        fc.nat(),
        fc.constantFrom(...PROTOTYPE_KEYS),
        fc.oneof(
          fc.constantFrom<unknown>(0, 1, 2, 'dont-know', 1_700_000_000_000, { polluted: true }),
          fc.jsonValue(),
        ),
      )
      .map(([value, pick, key, injected]) => {
        const objects = [[], ...jsonPaths(value)].filter((path) => {
          const node = path.reduce<unknown>(
            (current, segment) => (current as Record<string, unknown>)[segment],
            value,
          )
          return typeof node === 'object' && node !== null && !Array.isArray(node)
        })
        const path = objects[pick % objects.length] ?? []
        const text = JSON.stringify(value)
        const copy = JSON.parse(text) as unknown
        const node = path.reduce<unknown>(
          (current, segment) => (current as Record<string, unknown>)[segment],
          copy,
        )
        Object.defineProperty(node, key, {
          value: injected,
          enumerable: true,
          configurable: true,
          writable: true,
        })
        return JSON.stringify(copy)
      })

  test('stored self-check', () => {
    const valid = fc.oneof(
      storedAssessmentArbitrary.map((state) => ({ state, version: 2 })),
      storedV1Arbitrary.map((state) => ({ state, version: 1 })),
    )
    check(
      'prototype keys: stored self-check',
      500,
      fc.property(withPrototypeKey(valid), (raw) => {
        const parsed = parseStoredAssessment(raw)
        expectPrototypeUntouched()
        if (!parsed.ok) return
        const upgraded = upgradeStoredAssessment(parsed.value.state, parsed.value.version)
        expectPrototypeUntouched()
        if (!upgraded.ok) return
        const { answers, dora, answeredAt } = upgraded.value
        expectNoPrototypeAnswers([upgraded.value, answers, dora, answeredAt])
        // Merging with a clean tab reads each key of the other side too.
        const merged = mergeStoredAssessments(upgraded.value, {
          ...upgraded.value,
          answers: {},
          answeredAt: {},
        })
        expectNoPrototypeAnswers([merged.answers, merged.answeredAt])
        expect(JSON.parse(JSON.stringify(merged))).toEqual(merged)
      }),
    )
  })

  test('stored team view, response files, pasted links', () => {
    const team = teamSessionArbitrary.map((state) => ({ state, version: 1 }))
    const file = responseArbitrary.map((response) => JSON.parse(fileOf(response)) as unknown)
    check(
      'prototype keys: team view and response files',
      500,
      fc.property(withPrototypeKey(team), withPrototypeKey(file), (teamRaw, fileRaw) => {
        const stored = parseStoredTeamSession(teamRaw, getBank)
        const read = parseResponseFile(fileRaw, getBank)
        const files = parseResponseFiles(
          [{ name: '__proto__', size: fileRaw.length, text: fileRaw }],
          getBank,
        )
        expectPrototypeUntouched()
        if (stored.ok) {
          const state = stored.value.state as StoredTeamSession
          expectNoPrototypeAnswers([state, ...state.responses.flatMap(recordsOf)])
        }
        if (read.ok) expectNoPrototypeAnswers(recordsOf(read.value))
        expectNoPrototypeAnswers(files.responses.flatMap(recordsOf))
      }),
    )
  })

  test('fixed cases: answers {"__proto__": 1} and {"constructor": 2} are never answers', () => {
    const first = QUESTION_BANK.questions[0]?.id ?? ''
    for (const answers of ['{"__proto__":1}', '{"constructor":2}', `{"${first}":1,"constructor":2}`]) {
      const v2 = `{"version":2,"state":{"bankVersion":1,"answers":${answers},"dora":{},"answeredAt":{},"lastStep":1,"resetAt":0}}`
      const v1 = `{"version":1,"state":{"bankVersion":1,"answers":${answers},"dora":{},"lastStep":1}}`
      const file = `{"format":"calms-radar-response","version":1,"response":{"bankVersion":1,"answers":${answers},"dora":{},"createdAt":"2025-01-31T09:30:00Z"}}`
      for (const raw of [v2, v1]) {
        const parsed = parseStoredAssessment(raw)
        const upgraded = parsed.ok
          ? upgradeStoredAssessment(parsed.value.state, parsed.value.version)
          : parsed
        if (upgraded.ok) expectNoPrototypeAnswers([upgraded.value.answers, upgraded.value.answeredAt])
        else expectReadable(upgraded.errors)
      }
      const read = parseResponseFile(file, getBank)
      if (read.ok) expectNoPrototypeAnswers(recordsOf(read.value))
      else expectReadable(read.errors)
      expectPrototypeUntouched()
    }
  })
})

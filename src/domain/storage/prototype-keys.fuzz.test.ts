/*
 * Keys named like Object.prototype members ("__proto__", "constructor", ...) in every JSON input that holds
 * answers: they must neither touch Object.prototype nor come back as answers. One rule across the parsers of the
 * self-check, the team view and response files, so it is checked in one place.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { parseResponseFiles } from '../team/team-input.ts'
import { parseResponseFile, type Response } from '../formats/response.ts'
import {
  mergeStoredAssessments,
  parseStoredAssessment,
  upgradeStoredAssessment,
} from './stored-assessment.ts'
import {
  compactTeamSession,
  parseStoredTeamSession,
  parseStoredTeamState,
  STORED_TEAM_SESSION_VERSION,
} from './stored-team-session.ts'
import { jsonNodes } from '../../test-support/fuzz-arbitraries.ts'
import { countedCheck, expectReadable } from '../../test-support/fuzz-checks.ts'
import {
  fileOf,
  responseArbitrary,
  storedAssessmentArbitrary,
  storedV1Arbitrary,
  numberedTeamSessionArbitrary,
  teamSessionArbitrary,
} from '../../test-support/fuzz-valid-values.ts'

const check = countedCheck()

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
        const objects = [{ path: [], node: value }, ...jsonNodes(value)]
          .filter(({ node }) => typeof node === 'object' && node !== null && !Array.isArray(node))
          .map(({ path }) => path)
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
    const team = fc.oneof(
      teamSessionArbitrary.map((state) => ({ state, version: 1 })),
      numberedTeamSessionArbitrary.map((state) => ({
        state: compactTeamSession(state, getBank),
        version: STORED_TEAM_SESSION_VERSION,
      })),
    )
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
          const read = parseStoredTeamState(stored.value.state, stored.value.version, getBank)
          expect(read.ok).toBe(true)
          if (read.ok) expectNoPrototypeAnswers([read.value, ...read.value.responses.flatMap(recordsOf)])
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

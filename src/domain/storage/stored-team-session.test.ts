import { expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { unknownBankVersionMessage, type Response } from '../formats/response.ts'
import { compactTeamSession, parseStoredTeamSession, parseStoredTeamState } from './stored-team-session.ts'
import { MAX_TEAM_RESPONSES } from '../team/team-membership.ts'

/*
 * Version 1 of the team view exactly as the first team release's store wrote it to `calms-radar:team` (zustand's
 * persist: state first, then version; the session name as typed, markup and all).
 */
const VERSION_1_FIXTURE =
  '{"state":{"sessionName":"Payments <b>retro</b> 2026-11","responses":[' +
  '{"bankVersion":1,"answers":{"culture-dev-on-call":3,"lean-change-size":"dont-know"},' +
  '"dora":{"leadTime":"lt-1d-1w"},"alias":"Ana 🦊","role":"qa","createdAt":"2026-11-20T09:30:00Z"},' +
  '{"bankVersion":1,"answers":{"automation-database-migrations":"not-applicable"},"dora":{},' +
  '"createdAt":"2026-11-20T09:31:15Z"}' +
  ']},"version":1}'

const ana: Response = {
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 3, 'lean-change-size': 'dont-know' },
  dora: { leadTime: 'lt-1d-1w' },
  alias: 'Ana 🦊',
  role: 'qa',
  createdAt: '2026-11-20T09:30:00Z',
}
const anonymous: Response = {
  bankVersion: 1,
  answers: { 'automation-database-migrations': 'not-applicable' },
  dora: {},
  createdAt: '2026-11-20T09:31:15Z',
}

test('a version 1 team view loads as it was saved, numbered 1 and 2 in its order', () => {
  const state = { sessionName: 'Payments <b>retro</b> 2026-11', responses: [ana, anonymous] }
  expect(parseStoredTeamSession(VERSION_1_FIXTURE, getBank)).toEqual({
    ok: true,
    value: { state, version: 1 },
  })
  expect(parseStoredTeamState(state, 1, getBank)).toEqual({
    ok: true,
    value: { ...state, numbers: [1, 2], nextNumber: 3 },
  })
})

test('a state that is not an object says so without an empty path', () => {
  expect(parseStoredTeamSession('{"state":[],"version":1}', getBank)).toEqual({
    ok: false,
    errors: ['saved team view: Invalid input: expected object, received array'],
  })
})

test(`more than ${MAX_TEAM_RESPONSES} stored responses are refused, not read one by one`, () => {
  const responses = Array.from({ length: MAX_TEAM_RESPONSES + 1 }, () => anonymous)
  const raw = JSON.stringify({ state: { sessionName: '', responses }, version: 1 })
  expect(parseStoredTeamSession(raw, getBank)).toEqual({
    ok: false,
    errors: ['saved team view.responses: too many responses'],
  })
})

test('a version that is not a whole number from 0 up is no version at all, as for the self-check', () => {
  const noVersion = ['The saved team view has no version: it was not written by CALMS Radar.']
  for (const version of ['1.5', '-1', '"1"']) {
    expect(
      parseStoredTeamSession(`{"state":{"sessionName":"","responses":[]},"version":${version}}`, getBank),
    ).toEqual({
      ok: false,
      errors: noVersion,
    })
  }
})

/*
 * Version 2, as this release writes it: the same two people compact. Bank v1 has 36 questions; Ana answered the
 * 1st (culture-dev-on-call, level 3) and the 17th (lean-change-size, don't know), and lead time (the 2nd DORA
 * metric) with its 3rd band, lt-1d-1w (index 2). The second person answered the 11th question
 * (automation-database-migrations) "not applicable" and no DORA metric.
 */
const anaCompact = {
  b: 1,
  t: '2026-11-20T09:30:00Z',
  a: `3${'-'.repeat(15)}d${'-'.repeat(19)}`,
  d: '-2--',
  n: 'Ana 🦊',
  r: 'qa',
}
const anonymousCompact = {
  b: 1,
  t: '2026-11-20T09:31:15Z',
  a: `${'-'.repeat(10)}n${'-'.repeat(25)}`,
  d: '----',
}
const VERSION_2_FIXTURE = JSON.stringify({
  state: { sessionName: 'Payments <b>retro</b> 2026-11', responses: [anaCompact, anonymousCompact] },
  version: 2,
})

test('a version 2 team view loads as the same responses, numbered 1 and 2 in its order', () => {
  const opened = parseStoredTeamSession(VERSION_2_FIXTURE, getBank)
  expect(opened.ok && opened.value.version).toBe(2)
  expect(opened.ok && parseStoredTeamState(opened.value.state, 2, getBank)).toEqual({
    ok: true,
    value: {
      sessionName: 'Payments <b>retro</b> 2026-11',
      responses: [ana, anonymous],
      numbers: [1, 2],
      nextNumber: 3,
    },
  })
})

test('a version 1 team view migrates to version 3: the same responses, kept compact, numbered in order', () => {
  const v1 = parseStoredTeamState((JSON.parse(VERSION_1_FIXTURE) as { state: unknown }).state, 1, getBank)
  expect(v1.ok).toBe(true)
  if (!v1.ok) return
  expect(compactTeamSession(v1.value, getBank)).toEqual({
    sessionName: 'Payments <b>retro</b> 2026-11',
    responses: [anaCompact, anonymousCompact],
    numbers: [1, 2],
    nextNumber: 3,
  })
  // About a tenth of the space: the answers' question ids are not repeated in every response.
  expect(JSON.stringify(compactTeamSession(v1.value, getBank)).length).toBeLessThan(VERSION_1_FIXTURE.length)
})

/*
 * Version 3, as this release writes it: the team of version 2 after three people were added (1, 2, 3) and the
 * first two removed, then the anonymous one added (4) and Ana's removal undone (back in front with 1). Number 2
 * is gone for good and 5 is next.
 */
const VERSION_3_FIXTURE = JSON.stringify({
  state: {
    sessionName: 'Payments <b>retro</b> 2026-11',
    responses: [anaCompact, anonymousCompact],
    numbers: [1, 4],
    nextNumber: 5,
  },
  version: 3,
})

test('a version 3 team view loads with its respondent numbers, gaps and all', () => {
  const opened = parseStoredTeamSession(VERSION_3_FIXTURE, getBank)
  expect(opened.ok && opened.value.version).toBe(3)
  expect(opened.ok && parseStoredTeamState(opened.value.state, 3, getBank)).toEqual({
    ok: true,
    value: {
      sessionName: 'Payments <b>retro</b> 2026-11',
      responses: [ana, anonymous],
      numbers: [1, 4],
      nextNumber: 5,
    },
  })
})

test('respondent numbers that could only come from a hand edit are refused, naming the response', () => {
  const errorsOf = (numbers: unknown, nextNumber: unknown = 5) => {
    const state = { sessionName: '', responses: [anaCompact, anonymousCompact], numbers, nextNumber }
    const result = parseStoredTeamSession(JSON.stringify({ state, version: 3 }), getBank)
    return result.ok ? [] : result.errors
  }
  expect(errorsOf([1])).toEqual([
    'saved team view: 1 respondent numbers for 2 responses; each response has one.',
  ])
  expect(errorsOf([3, 3])).toEqual(['saved team view, response 2: respondent number 3 is given twice.'])
  expect(errorsOf([1, 5])).toEqual([
    'saved team view, response 2: respondent number 5 is not below the next number, 5.',
  ])
  expect(errorsOf([0, 1.5])).toEqual([
    'saved team view.numbers.0: must be a whole number from 1 up',
    'saved team view.numbers.1: must be a whole number from 1 up',
  ])
  // No numbers and an empty next number, as a hand edit might leave them.
  expect(errorsOf(undefined, null)).toEqual([
    'saved team view.numbers: Invalid input: expected array, received undefined',
    'saved team view.nextNumber: must be a whole number from 1 up',
  ])
  expect(errorsOf([1, 2], 0)).toEqual(['saved team view.nextNumber: must be a whole number from 1 up'])
})

test('a compact response is checked as strictly as a pasted link', () => {
  const read = (entry: object) => parseStoredTeamState({ sessionName: '', responses: [entry] }, 2, getBank)
  const errorsOf = (entry: object) => {
    const result = read(entry)
    return result.ok ? [] : result.errors
  }
  expect(errorsOf({ ...anaCompact, b: 99 })).toEqual([
    `saved team view, response 1: ${unknownBankVersionMessage(99)}`,
  ])
  expect(errorsOf({ ...anaCompact, a: '3' })).toEqual([
    'saved team view, response 1: a: 1 answers for the 36 questions of question bank version 1',
  ])
  // culture-outcome-ownership (the 2nd question) offers no "not applicable".
  expect(errorsOf({ ...anaCompact, a: `-n${'-'.repeat(34)}` })).toEqual([
    'saved team view, response 1: answers.culture-outcome-ownership: "not applicable" is not one of the answers to this question',
  ])
  // Lead time has 6 bands: index 9 is none of them.
  expect(errorsOf({ ...anaCompact, d: '-9--' })).toEqual([
    'saved team view, response 1: dora.leadTime: "9" is not one of its answers',
  ])
  expect(errorsOf({ ...anaCompact, a: `7${'-'.repeat(35)}` })).toEqual([
    'saved team view, response 1: a: holds an answer code this app never wrote',
  ])
  expect(errorsOf({ ...anaCompact, t: '2026-11-20 09:30' })).toEqual([
    'saved team view, response 1: t: must be a timestamp such as 2026-11-20T09:30:00Z',
  ])
  // Shaped right, but before 1970, or a day February does not have (which Date would read as 2 March).
  for (const t of ['0970-01-01T00:00:00Z', '2026-02-30T00:00:00Z']) {
    expect(errorsOf({ ...anaCompact, t })).toEqual([
      'saved team view, response 1: t: must be a date between the years 1970 and 9999, as this app writes it',
    ])
  }
  expect(errorsOf({ ...anaCompact, email: 'ana@example.org' })).toEqual([
    'saved team view, response 1: Unrecognized key: "email"',
  ])
  // A full response is not a compact one: version 2 holds compact ones only.
  expect(read(ana).ok).toBe(false)
})

import { expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import type { Response } from './response.ts'
import { parseStoredTeamSession, parseStoredTeamState } from './stored-team-session.ts'
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

test('a version 1 team view loads as it was saved', () => {
  const state = { sessionName: 'Payments <b>retro</b> 2026-11', responses: [ana, anonymous] }
  expect(parseStoredTeamSession(VERSION_1_FIXTURE, getBank)).toEqual({
    ok: true,
    value: { state, version: 1 },
  })
  expect(parseStoredTeamState(state, 1, getBank)).toEqual({ ok: true, value: state })
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

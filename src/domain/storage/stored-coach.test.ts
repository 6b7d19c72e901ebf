import { expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { encodeShareCode } from '../formats/share-code.ts'
import { coachPerson, coachTeams, everywhere } from '../../test-support/coach-fixture.ts'
import { COACH_FORMAT, coachFormat, STORED_COACH_VERSION } from './stored-coach.ts'

const teams = coachTeams(
  {
    teamId: 'team-payments-01',
    name: 'Payments',
    date: '2026-11-20',
    people: [coachPerson({ pillars: everywhere(2) })],
  },
  {
    teamId: 'team-payments-01',
    name: 'Payments',
    date: '2027-02-20',
    people: [coachPerson({ pillars: everywhere(3) })],
  },
)
const [payments] = teams
const [first, second] = payments?.rounds ?? []
if (payments === undefined || first === undefined || second === undefined)
  throw new Error('two rounds of one team')

const read = (state: unknown) => coachFormat(getBank).upgrade(state, STORED_COACH_VERSION)

test('reads back what it keeps', () => {
  expect(read({ teams })).toEqual({ ok: true, value: { teams } })
})

test('refuses rounds out of date order, a code that does not decode or carries a name, a code of another bank', () => {
  expect(read({ teams: [{ ...payments, rounds: [second, first] }] })).toEqual({
    ok: false,
    errors: ['saved coach view.teams.0.rounds: rounds must be oldest first, one per date'],
  })
  const named = encodeShareCode(coachPerson({ pillars: everywhere(1), alias: 'Ana' }), QUESTION_BANK)
  expect(read({ teams: [{ ...payments, rounds: [{ ...first, responses: [named] }] }] })).toEqual({
    ok: false,
    errors: ['saved coach view, team 1, round 1, response 1: carries a name'],
  })
  expect(read({ teams: [{ ...payments, rounds: [{ ...first, bankVersion: 2 }] }] })).toEqual({
    ok: false,
    errors: ['saved coach view, team 1, round 1, response 1: not of question bank version 2'],
  })
  const damaged = read({ teams: [{ ...payments, rounds: [{ ...first, responses: ['1.xx.3.abc'] }] }] })
  expect(!damaged.ok && damaged.errors[0]).toMatch(/^saved coach view, team 1, round 1, response 1: /)
})

test("a round of a bank this app does not know is a newer app's, left alone", () => {
  const newer = JSON.stringify({
    state: { teams: [{ ...payments, rounds: [{ ...first, bankVersion: QUESTION_BANK.bankVersion + 1 }] }] },
    version: STORED_COACH_VERSION,
  })
  expect(COACH_FORMAT.findNewer(newer)).toEqual({
    formatVersion: undefined,
    bankVersion: { found: QUESTION_BANK.bankVersion + 1, known: QUESTION_BANK.bankVersion },
  })
  expect(
    COACH_FORMAT.findNewer(JSON.stringify({ state: { teams }, version: STORED_COACH_VERSION })),
  ).toBeUndefined()
})

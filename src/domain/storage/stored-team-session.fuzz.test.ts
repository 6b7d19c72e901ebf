/*
 * parseStoredTeamSession and parseStoredTeamState (localStorage: the team view) fed hostile input; see
 * src/test-support/fuzz-checks.ts for what every parser must do with it.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import {
  compactTeamSession,
  parseStoredTeamSession,
  parseStoredTeamState,
  STORED_TEAM_SESSION_VERSION,
} from './stored-team-session.ts'
import { anyJsonText, anyText, damagedJson, damagedText } from '../../test-support/fuzz-arbitraries.ts'
import { countedCheck, expectOutcome, expectValidResponse } from '../../test-support/fuzz-checks.ts'
import {
  numberedTeamSessionArbitrary,
  storedText,
  teamSessionArbitrary,
} from '../../test-support/fuzz-valid-values.ts'
import { numberInOrder } from '../team/team-membership.ts'

const check = countedCheck()
const stateOf = (text: string): unknown => (JSON.parse(text) as { state: unknown }).state

describe('parseStoredTeamSession and parseStoredTeamState (localStorage: the team view)', () => {
  const expectTeam = (raw: string) =>
    expectOutcome(parseStoredTeamSession(raw, getBank), ({ state, version }) => {
      // What parse accepts, the store's upgrade reads, into responses as valid as pasted ones.
      const again = parseStoredTeamState(state, version, getBank)
      expect(again.ok).toBe(true)
      if (again.ok) for (const response of again.value.responses) expectValidResponse(response)
    })
  const validTeam = fc.oneof(
    numberedTeamSessionArbitrary.map((state) => ({
      state: compactTeamSession(state, getBank),
      version: STORED_TEAM_SESSION_VERSION,
    })),
    teamSessionArbitrary.map((state) => ({
      state: compactTeamSession({ ...state, ...numberInOrder(state.responses) }, getBank),
      version: 2,
    })),
    teamSessionArbitrary.map((state) => ({ state, version: 1 })),
  )

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
      fc.property(numberedTeamSessionArbitrary, (state) => {
        // Written compact, read back: the same responses and numbers, as the store holds them.
        const compact = compactTeamSession(state, getBank)
        const text = storedText(compact, STORED_TEAM_SESSION_VERSION)
        expect(parseStoredTeamSession(text, getBank)).toEqual({
          ok: true,
          value: { state: compact, version: STORED_TEAM_SESSION_VERSION },
        })
        expect(parseStoredTeamState(stateOf(text), STORED_TEAM_SESSION_VERSION, getBank)).toEqual({
          ok: true,
          value: state,
        })
        // Versions 1 (full responses) and 2 (compact, no numbers) read as the same team, numbered in order.
        const { sessionName, responses } = state
        const inOrder = { sessionName, ...numberInOrder(responses) }
        expect(parseStoredTeamState(stateOf(storedText({ sessionName, responses }, 1)), 1, getBank)).toEqual({
          ok: true,
          value: inOrder,
        })
        const version2 = { sessionName, responses: compact.responses }
        expect(parseStoredTeamState(stateOf(storedText(version2, 2)), 2, getBank)).toEqual({
          ok: true,
          value: inOrder,
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
        fc.integer({ min: 0, max: 2 ** 31 }).filter((v) => v < 1 || v > STORED_TEAM_SESSION_VERSION),
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

import type { GetBank } from '../bank/question-bank-schema.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { isRecord } from '../common/is-record.ts'
import { fail, ok } from '../common/parse-result.ts'
import { z } from '../common/zod-setup.ts'
import { CoachTeamSchema, MAX_COACH_RESPONSES, MAX_COACH_TEAMS } from '../coach/coach-teams.ts'
import { decodeShareCode } from '../formats/share-code.ts'
import {
  checkStoredState,
  storedFormat,
  type NewerStoredValue,
  type StoredValueName,
} from './stored-value.ts'

/*
 * The coach's teams as kept in localStorage: as the team files carried them, each response a share code without
 * an alias (about 50 characters), so 200 teams of 20 people keep in about 200 kB where full responses would take
 * ten times that. Every code is checked against its bank when the value is read, as strictly as a pasted link.
 */
export const STORED_COACH_VERSION = 1

export const StoredCoachSchema = z.strictObject({
  teams: z.array(CoachTeamSchema).check(
    z.maxLength(MAX_COACH_TEAMS, `at most ${MAX_COACH_TEAMS} teams`),
    z.refine(
      (teams) => new Set(teams.map((team) => team.teamId)).size === teams.length,
      'team ids must be unique',
    ),
    z.refine(
      (teams) =>
        teams.reduce(
          (total, team) => total + team.rounds.reduce((sum, r) => sum + r.responses.length, 0),
          0,
        ) <= MAX_COACH_RESPONSES,
      `at most ${MAX_COACH_RESPONSES} responses in all`,
    ),
  ),
})
export type StoredCoach = z.infer<typeof StoredCoachSchema>

export const COACH_VIEW: StoredValueName = { name: 'coach view', plural: false, label: "the coach's teams" }

export const createEmptyCoach = (): StoredCoach => ({ teams: [] })
export const isCoachEmpty = ({ teams }: StoredCoach): boolean => teams.length === 0

/**
 * A round's codes already found to decode, with the bank version they were found to follow: a list is never
 * changed in place, so it is checked once (again only if a hand edit pairs it with another bank version).
 */
const checkedCodes = new WeakMap<readonly string[], number>()

function checkCodes(stored: StoredCoach, getBank: GetBank): string[] {
  const errors: string[] = []
  stored.teams.forEach((team, teamIndex) => {
    team.rounds.forEach((round, roundIndex) => {
      if (checkedCodes.get(round.responses) === round.bankVersion) return
      const where = `saved coach view, team ${teamIndex + 1}, round ${roundIndex + 1}`
      round.responses.forEach((code, index) => {
        const read = decodeShareCode(code, getBank)
        if (!read.ok) errors.push(`${where}, response ${index + 1}: ${read.errors.join(' ')}`)
        else if (read.value.bankVersion !== round.bankVersion) {
          errors.push(`${where}, response ${index + 1}: not of question bank version ${round.bankVersion}`)
        } else if (read.value.alias !== undefined)
          errors.push(`${where}, response ${index + 1}: carries a name`)
      })
      if (errors.length === 0) checkedCodes.set(round.responses, round.bankVersion)
    })
  })
  return errors
}

/** The coach view's format, its codes read by the bank versions `getBank` knows. */
export function coachFormat(getBank: GetBank = BANK_VERSIONS.getBank) {
  const format = storedFormat<StoredCoach>({
    name: COACH_VIEW,
    version: STORED_COACH_VERSION,
    readers: {
      [STORED_COACH_VERSION]: (state) => {
        const checked = checkStoredState(COACH_VIEW, StoredCoachSchema, state)
        if (!checked.ok) return checked
        const value = withStoredLists(state, checked.value)
        const errors = checkCodes(value, getBank)
        return errors.length > 0 ? fail(...errors) : ok(value)
      },
    },
  })
  return { ...format, findNewer: (raw: string) => format.findNewer(raw) ?? findNewerBankInRounds(raw) }
}

/**
 * zod copies arrays: the checked value keeps the stored response lists, which the schema accepted unchanged, so
 * checkedCodes (and the figures worked out per list) find them again on the next read.
 */
function withStoredLists(state: unknown, checked: StoredCoach): StoredCoach {
  const stored = state as StoredCoach
  return {
    teams: checked.teams.map((team, t) => ({
      ...team,
      rounds: team.rounds.map((round, r) => ({
        ...round,
        responses: stored.teams[t]?.rounds[r]?.responses ?? round.responses,
      })),
    })),
  }
}

/** A round of a bank this app does not know yet: written by a newer app, left alone rather than called damaged. */
function findNewerBankInRounds(raw: string): NewerStoredValue | undefined {
  const known = BANK_VERSIONS.current.bankVersion
  let newest = 0
  try {
    const json: unknown = JSON.parse(raw)
    const state = isRecord(json) ? json['state'] : undefined
    const teams = isRecord(state) && Array.isArray(state['teams']) ? (state['teams'] as unknown[]) : []
    for (const team of teams) {
      const rounds = isRecord(team) && Array.isArray(team['rounds']) ? (team['rounds'] as unknown[]) : []
      for (const round of rounds) {
        const version = isRecord(round) ? round['bankVersion'] : undefined
        if (typeof version === 'number') newest = Math.max(newest, version)
      }
    }
  } catch {
    return undefined
  }
  return newest > known ? { formatVersion: undefined, bankVersion: { found: newest, known } } : undefined
}

export const COACH_FORMAT = coachFormat()

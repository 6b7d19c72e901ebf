import { z } from '../common/zod-setup.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { fail, ok, type ParseResult } from '../common/parse-result.ts'
import type { GetBank } from '../bank/question-bank-schema.ts'
import { parseResponse, type Response } from './response.ts'
import { MAX_TEAM_RESPONSES } from '../team/team-membership.ts'
import {
  checkStoredState,
  findNewerStoredValue,
  openStoredValue,
  readStoredState,
  type NewerStoredValue,
  type StoredValueName,
} from './stored-value.ts'
import { MAX_SESSION_NAME_LENGTH } from './invitation.ts'

/** A facilitator's team view as kept in localStorage. */
export const STORED_TEAM_SESSION_VERSION = 1

export interface StoredTeamSession {
  sessionName: string
  responses: Response[]
}

const StoredTeamSessionShapeSchema = z.object({
  sessionName: z.string().check(z.maxLength(MAX_SESSION_NAME_LENGTH, 'session name too long')),
  responses: z.array(z.unknown()).check(z.maxLength(MAX_TEAM_RESPONSES, 'too many responses')),
})

const TEAM_VIEW: StoredValueName = { name: 'team view', plural: false }

export function createEmptyTeamSession(): StoredTeamSession {
  return { sessionName: '', responses: [] }
}

/** Checks a stored team view; every response is checked as strictly as one pasted or opened from a file. */
export function parseStoredTeamState(
  state: unknown,
  version: number,
  getBank: GetBank,
): ParseResult<StoredTeamSession> {
  return readStoredState(TEAM_VIEW, state, version, {
    [STORED_TEAM_SESSION_VERSION]: (current) => readVersion1(current, getBank),
  })
}

function readVersion1(state: unknown, getBank: GetBank): ParseResult<StoredTeamSession> {
  const shape = checkStoredState(TEAM_VIEW, StoredTeamSessionShapeSchema, state)
  if (!shape.ok) return shape
  const responses: Response[] = []
  const errors: string[] = []
  shape.value.responses.forEach((value, index) => {
    const parsed = parseResponse(value, getBank)
    if (parsed.ok) responses.push(parsed.value)
    else errors.push(...parsed.errors.map((error) => `saved team view, response ${index + 1}: ${error}`))
  })
  return errors.length > 0 ? fail(...errors) : ok({ sessionName: shape.value.sessionName, responses })
}

/** The one place that reads a team view back from storage. */
export function parseStoredTeamSession(
  raw: string,
  getBank: GetBank,
): ParseResult<{ state: unknown; version: number }> {
  return openStoredValue(raw, TEAM_VIEW, (state, version) => {
    const checked = parseStoredTeamState(state, version, getBank)
    return checked.ok ? ok({ state: checked.value, version }) : checked
  })
}

/** The saved team view as a newer CALMS Radar wrote it, which this app leaves alone; undefined when it is not. */
export function findNewerStoredTeamSession(raw: string): NewerStoredValue | undefined {
  return findNewerStoredValue(raw, STORED_TEAM_SESSION_VERSION, BANK_VERSIONS.current.bankVersion)
}

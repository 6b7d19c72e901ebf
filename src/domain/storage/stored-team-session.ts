import { z } from '../common/zod-setup.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { fail, ok, type ParseResult } from '../common/parse-result.ts'
import type { GetBank } from '../bank/question-bank-schema.ts'
import { parseResponse, unknownBankVersionMessage, type Response } from '../formats/response.ts'
import { compactResponse, expandResponse, type CompactResponse } from '../formats/compact-response.ts'
import { isRecord } from '../common/is-record.ts'
import { MAX_TEAM_RESPONSES } from '../team/team-membership.ts'
import { checkStoredState, openStoredValue, storedFormat, type StoredValueName } from './stored-value.ts'
import { MAX_SESSION_NAME_LENGTH } from '../routes/invitation.ts'

/**
 * A facilitator's team view as kept in localStorage. Version 1 kept each response in full, and opening a team of
 * 1,000 spent longer reading and checking them than drawing the page; version 2 keeps each in the compact form of
 * compact-response.ts, which is checked as strictly in a fraction of the time.
 */
export const STORED_TEAM_SESSION_VERSION = 2

/** The team view in memory, in backups (which hold version 1's shape) and in version 1. */
export interface StoredTeamSession {
  sessionName: string
  responses: Response[]
}

/** The team view as version 2 stores it. */
export interface CompactTeamSession {
  sessionName: string
  responses: CompactResponse[]
}

const StoredTeamSessionShapeSchema = z.object({
  sessionName: z.string().check(z.maxLength(MAX_SESSION_NAME_LENGTH, 'session name too long')),
  responses: z.array(z.unknown()).check(z.maxLength(MAX_TEAM_RESPONSES, 'too many responses')),
})

export const TEAM_VIEW: StoredValueName = { name: 'team view', plural: false, label: 'the team view' }

export function createEmptyTeamSession(): StoredTeamSession {
  return { sessionName: '', responses: [] }
}

/*
 * Lists and entries are never changed in place (the store makes a new list of the same responses on each change),
 * so each stored entry is checked once and each response compacted once: opening checks every entry, and a save
 * after adding 50 people checks and compacts those 50. Keyed by the objects as read, before zod copies them.
 */
const checkedLists = new WeakMap<object, Response[]>()
const expanded = new WeakMap<object, Response>()
const compacted = new WeakMap<Response, CompactResponse>()

/** The team view in its stored form; every response in it has been checked against its bank, as the store's are. */
export function compactTeamSession(session: StoredTeamSession, getBank: GetBank): CompactTeamSession {
  const responses = session.responses.map((response) => {
    const known = compacted.get(response)
    if (known !== undefined) return known
    const bank = getBank(response.bankVersion)
    // Unreachable for a checked response; writing it without its answers would lose them silently.
    if (bank === undefined) throw new Error(unknownBankVersionMessage(response.bankVersion))
    const compact = compactResponse(response, bank)
    compacted.set(response, compact)
    expanded.set(compact, response)
    return compact
  })
  return { sessionName: session.sessionName, responses }
}

type ReadEntry = (value: unknown, getBank: GetBank) => ParseResult<Response>

/** Version 2's entries: compact, checked against their bank by position. */
const readCompactEntry: ReadEntry = (value, getBank) => {
  const known = typeof value === 'object' && value !== null ? expanded.get(value) : undefined
  if (known !== undefined) return ok(known)
  const read = expandResponse(value, getBank)
  if (!read.ok) return read
  const { response, compact } = read.value
  if (typeof value === 'object' && value !== null) expanded.set(value, response)
  // The entry as read is the response's stored form: the first save after opening compacts none of them again.
  expanded.set(compact, response)
  compacted.set(response, compact)
  return ok(response)
}

/**
 * Checks a stored team view of either version; every response is checked as strictly as one pasted or opened from
 * a file, and one that fails keeps the whole view from loading (and it is kept aside, not overwritten). Backups
 * hold version 1's shape and are read through it too.
 */
export function parseStoredTeamState(
  state: unknown,
  version: number,
  getBank: GetBank,
): ParseResult<StoredTeamSession> {
  return teamViewFormat(getBank).upgrade(state, version)
}

/** The team view's format, read by the bank versions `getBank` knows. */
function teamViewFormat(getBank: GetBank) {
  return storedFormat({
    name: TEAM_VIEW,
    version: STORED_TEAM_SESSION_VERSION,
    readers: {
      1: (current) => readVersion(current, parseResponse, getBank),
      [STORED_TEAM_SESSION_VERSION]: (current) => readVersion(current, readCompactEntry, getBank),
    },
  })
}

function readVersion(state: unknown, readEntry: ReadEntry, getBank: GetBank): ParseResult<StoredTeamSession> {
  const shape = checkStoredState(TEAM_VIEW, StoredTeamSessionShapeSchema, state)
  if (!shape.ok) return shape
  // The list as read, not zod's copy of it: the one a second read of the same value finds.
  const list =
    isRecord(state) && Array.isArray(state['responses']) ? state['responses'] : shape.value.responses
  const known = checkedLists.get(list)
  if (known !== undefined) return ok({ sessionName: shape.value.sessionName, responses: known })
  const responses: Response[] = []
  const errors: string[] = []
  shape.value.responses.forEach((value, index) => {
    const parsed = readEntry(list[index] ?? value, getBank)
    if (parsed.ok) responses.push(parsed.value)
    else errors.push(...parsed.errors.map((error) => `saved team view, response ${index + 1}: ${error}`))
  })
  if (errors.length > 0) return fail(...errors)
  // The checked list too: persist's merge reads the state it migrated (full responses) as the current version.
  checkedLists.set(list, responses)
  checkedLists.set(responses, responses)
  return ok({ sessionName: shape.value.sessionName, responses })
}

/**
 * The one place that reads a team view back from storage: the state as stored once it checks, which the store's
 * upgrade then reads (a second read of the same value finds it checked, see checkedLists).
 */
export function parseStoredTeamSession(
  raw: string,
  getBank: GetBank,
): ParseResult<{ state: unknown; version: number }> {
  return openStoredValue(raw, TEAM_VIEW, (state, version) => {
    const checked = parseStoredTeamState(state, version, getBank)
    return checked.ok ? ok({ state, version }) : checked
  })
}

/**
 * The saved team view as a newer CALMS Radar wrote it, which this app leaves alone; undefined when it is not. Which
 * banks the readers know does not matter here: a newer app's writing is told by its version numbers.
 */
export const findNewerStoredTeamSession = teamViewFormat(BANK_VERSIONS.getBank).findNewer

import { z } from '../common/zod-setup.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { fail, ok, type ParseResult } from '../common/parse-result.ts'
import type { GetBank } from '../bank/question-bank-schema.ts'
import { parseResponse, unknownBankVersionMessage, type Response } from '../formats/response.ts'
import { compactResponse, expandResponse, type CompactResponse } from '../formats/compact-response.ts'
import { isRecord } from '../common/is-record.ts'
import { MAX_TEAM_RESPONSES, numberInOrder, type NumberedResponses } from '../team/team-membership.ts'
import { checkStoredState, openStoredValue, storedFormat, type StoredValueName } from './stored-value.ts'
import { MAX_SESSION_NAME_LENGTH } from '../routes/invitation.ts'

/**
 * A facilitator's team view as kept in localStorage. Version 1 kept each response in full, and opening a team of
 * 1,000 spent longer reading and checking them than drawing the page; version 2 keeps each in the compact form of
 * compact-response.ts, which is checked as strictly in a fraction of the time. Version 3 adds each response's
 * respondent number, so that removing someone no longer renumbers the others; older versions are numbered 1 to n
 * in their order, which is what they showed.
 */
export const STORED_TEAM_SESSION_VERSION = 3

/** The team view in backups (which hold version 1's shape) and in version 1. */
export interface StoredTeamSession {
  sessionName: string
  responses: Response[]
}

/** The team view in memory: the session name and the responses with their respondent numbers. */
export type NumberedTeamSession = StoredTeamSession & NumberedResponses

/** The team view as version 3 stores it: version 2's compact responses, and their numbers in the same order. */
export interface CompactTeamSession extends RespondentNumbers {
  sessionName: string
  responses: CompactResponse[]
}

const StoredTeamSessionShapeSchema = z.object({
  sessionName: z.string().check(z.maxLength(MAX_SESSION_NAME_LENGTH, 'session name too long')),
  responses: z.array(z.unknown()).check(z.maxLength(MAX_TEAM_RESPONSES, 'too many responses')),
})

/** Version 3's numbers: numbers[i] is responses[i]'s ("Respondent 3"), nextNumber the one the next newcomer gets. */
const WHOLE_FROM_1 = 'must be a whole number from 1 up'
const RespondentNumberSchema = z.int({ error: WHOLE_FROM_1 }).check(z.positive(WHOLE_FROM_1))
const RespondentNumbersSchema = z.object({
  numbers: z
    .array(RespondentNumberSchema)
    .check(z.maxLength(MAX_TEAM_RESPONSES, 'too many respondent numbers')),
  nextNumber: RespondentNumberSchema,
})
export type RespondentNumbers = z.infer<typeof RespondentNumbersSchema>

export const TEAM_VIEW: StoredValueName = { name: 'team view', plural: false, label: 'the team view' }

export function createEmptyTeamSession(): NumberedTeamSession {
  return { sessionName: '', ...numberInOrder([]) }
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
export function compactTeamSession(session: NumberedTeamSession, getBank: GetBank): CompactTeamSession {
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
  return {
    sessionName: session.sessionName,
    responses,
    numbers: session.numbers,
    nextNumber: session.nextNumber,
  }
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
): ParseResult<NumberedTeamSession> {
  return teamViewFormat(getBank).upgrade(state, version)
}

/** The team view's format, read by the bank versions `getBank` knows. */
function teamViewFormat(getBank: GetBank) {
  return storedFormat({
    name: TEAM_VIEW,
    version: STORED_TEAM_SESSION_VERSION,
    readers: {
      1: (current) => numberedInOrder(readVersion(current, parseResponse, getBank)),
      2: (current) => numberedInOrder(readVersion(current, readCompactEntry, getBank)),
      [STORED_TEAM_SESSION_VERSION]: (current) => readNumberedVersion(current, getBank),
    },
  })
}

const numberedInOrder = (read: ParseResult<StoredTeamSession>): ParseResult<NumberedTeamSession> =>
  read.ok ? ok({ sessionName: read.value.sessionName, ...numberInOrder(read.value.responses) }) : read

/**
 * Version 3: version 2's responses, then their numbers. A number given twice or not below nextNumber could only
 * come from a hand edit, and would let two people share a name.
 */
function readNumberedVersion(state: unknown, getBank: GetBank): ParseResult<NumberedTeamSession> {
  const read = readVersion(state, readCompactEntry, getBank)
  if (!read.ok) return read
  const checked = checkStoredState(TEAM_VIEW, RespondentNumbersSchema, state)
  if (!checked.ok) return checked
  const { responses, sessionName } = read.value
  const { numbers, nextNumber } = checked.value
  if (numbers.length !== responses.length) {
    return fail(
      `saved team view: ${numbers.length} respondent numbers for ${responses.length} responses; ` +
        'each response has one.',
    )
  }
  const seen = new Set<number>()
  const errors: string[] = []
  numbers.forEach((number, index) => {
    const where = `saved team view, response ${index + 1}: respondent number ${number}`
    if (seen.has(number)) errors.push(`${where} is given twice.`)
    else if (number >= nextNumber) errors.push(`${where} is not below the next number, ${nextNumber}.`)
    seen.add(number)
  })
  return errors.length > 0 ? fail(...errors) : ok({ sessionName, responses, numbers, nextNumber })
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

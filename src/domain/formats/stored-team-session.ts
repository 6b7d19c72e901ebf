import { z } from '../common/zod-setup.ts'
import { fail, formatZodIssues, ok, type ParseResult } from '../common/parse-result.ts'
import { parseResponse, type GetBank, type Response } from './response.ts'
import { MAX_TEAM_RESPONSES } from '../team/team-membership.ts'

/** A facilitator's team view as kept in localStorage. */
export const STORED_TEAM_SESSION_VERSION = 1
export const MAX_SESSION_NAME_LENGTH = 120

export interface StoredTeamSession {
  sessionName: string
  responses: Response[]
}

const StoredTeamSessionShapeSchema = z.object({
  sessionName: z.string().check(z.maxLength(MAX_SESSION_NAME_LENGTH, 'session name too long')),
  responses: z.array(z.unknown()).check(z.maxLength(MAX_TEAM_RESPONSES, 'too many responses')),
})

const EnvelopeSchema = z.object({ state: z.unknown(), version: z.number() })

export function createEmptyTeamSession(): StoredTeamSession {
  return { sessionName: '', responses: [] }
}

/** Checks a stored team view; every response is checked as strictly as one pasted or opened from a file. */
export function parseStoredTeamState(
  state: unknown,
  version: number,
  getBank: GetBank,
): ParseResult<StoredTeamSession> {
  if (version !== STORED_TEAM_SESSION_VERSION) {
    return fail(
      `The saved team view has format version ${version}, which this version of CALMS Radar does not know. ` +
        'It may come from a newer version of the app.',
    )
  }
  const shape = StoredTeamSessionShapeSchema.safeParse(state)
  if (!shape.success) {
    // The shared formatter: a state that is not an object has an empty path, which read "saved team view.: ...".
    return fail(...formatZodIssues(shape.error, 'saved team view'))
  }
  const responses: Response[] = []
  const errors: string[] = []
  shape.data.responses.forEach((value, index) => {
    const parsed = parseResponse(value, getBank)
    if (parsed.ok) responses.push(parsed.value)
    else errors.push(...parsed.errors.map((error) => `saved team view, response ${index + 1}: ${error}`))
  })
  return errors.length > 0 ? fail(...errors) : ok({ sessionName: shape.data.sessionName, responses })
}

/** The one place that reads a team view back from storage. */
export function parseStoredTeamSession(
  raw: string,
  getBank: GetBank,
): ParseResult<{ state: unknown; version: number }> {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return fail('The saved team view is not valid JSON (it may have been cut off or edited by hand).')
  }
  const envelope = EnvelopeSchema.safeParse(json)
  if (!envelope.success) return fail('The saved team view has no version: it was not written by CALMS Radar.')
  const checked = parseStoredTeamState(envelope.data.state, envelope.data.version, getBank)
  return checked.ok ? ok({ state: checked.value, version: envelope.data.version }) : checked
}

import { getResponseKey, type Response } from '../formats/response.ts'

/** A workshop is a few dozen people; the cap keeps a pasted or hostile pile of links from freezing the page. */
export const MAX_TEAM_RESPONSES = 1000

/** The limit in words, for the middle of a sentence: "a team view holds at most 1,000 responses". */
export function describeTeamSizeLimit(): string {
  return `a team view holds at most ${MAX_TEAM_RESPONSES.toLocaleString('en')} responses`
}

export interface AddResponsesResult {
  responses: Response[]
  added: number
  /** Already in the team (or twice in the incoming batch): the same answers at the same second. */
  duplicates: number
  /** Turned away because the team already holds MAX_TEAM_RESPONSES. */
  refusedOverLimit: number
}

export function addResponses(
  existing: readonly Response[],
  incoming: readonly Response[],
): AddResponsesResult {
  const keys = new Set(existing.map(getResponseKey))
  const responses = [...existing]
  let duplicates = 0
  let refusedOverLimit = 0
  for (const response of incoming) {
    const key = getResponseKey(response)
    if (keys.has(key)) duplicates += 1
    else if (responses.length >= MAX_TEAM_RESPONSES) refusedOverLimit += 1
    else {
      keys.add(key)
      responses.push(response)
    }
  }
  return { responses, added: responses.length - existing.length, duplicates, refusedOverLimit }
}

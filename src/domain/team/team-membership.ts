import { createdAtSecond, getResponseKey, type Response } from '../formats/response.ts'

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
  const known = keysBySecond(existing)
  const responses = [...existing]
  let duplicates = 0
  let refusedOverLimit = 0
  for (const response of incoming) {
    if (known.has(response)) duplicates += 1
    else if (responses.length >= MAX_TEAM_RESPONSES) refusedOverLimit += 1
    else {
      known.add(response)
      responses.push(response)
    }
  }
  return { responses, added: responses.length - existing.length, duplicates, refusedOverLimit }
}

/**
 * The responses' keys, grouped by the second they were made in, which is part of the key. Only the responses made
 * in the same second as a newcomer have their keys worked out: adding 50 people to 950 compares a few keys, where
 * working out all 950 took longer than reading the 50.
 */
function keysBySecond(responses: readonly Response[]) {
  const bySecond = new Map<number, Response[]>()
  const add = (response: Response) => {
    const second = createdAtSecond(response)
    const same = bySecond.get(second)
    if (same === undefined) bySecond.set(second, [response])
    else same.push(response)
  }
  const has = (response: Response): boolean => {
    const key = getResponseKey(response)
    return (bySecond.get(createdAtSecond(response)) ?? []).some((other) => getResponseKey(other) === key)
  }
  responses.forEach(add)
  return { add, has }
}

import { formatCount } from '../common/format-count.ts'
import { createdAtSecond, getResponseKey, type Response } from '../formats/response.ts'

/** A workshop is a few dozen people; the cap keeps a pasted or hostile pile of links from freezing the page. */
export const MAX_TEAM_RESPONSES = 1000

/** The limit in words, for the middle of a sentence: "a team view holds at most 1,000 responses". */
export function describeTeamSizeLimit(): string {
  return `a team view holds at most ${formatCount(MAX_TEAM_RESPONSES)} responses`
}

/**
 * The team view's responses with their respondent numbers ("Respondent 3"): numbers[i] is responses[i]'s. A
 * response gets the next number when it is added and keeps it; removing one never renumbers the others, and no
 * number is given twice in one round, so "Respondent 3" names the same person all through a retrospective.
 */
export interface NumberedResponses {
  responses: Response[]
  numbers: number[]
  /** One more than the highest number given in this round, kept after that response is removed. */
  nextNumber: number
}

/** A response as it was taken out: its number and its place, for Undo. */
export interface RemovedResponse {
  response: Response
  number: number
  position: number
}

/** Numbers 1 to n in list order: how a team view saved before the numbers were kept, or a backup, is numbered. */
export function numberInOrder(responses: Response[]): NumberedResponses {
  return {
    responses,
    numbers: responses.map((_, index) => index + 1),
    nextNumber: responses.length + 1,
  }
}

/** responses[index]'s number. The two lists are kept the same length, so a missing number is a bug. */
export function respondentNumberAt(numbers: readonly number[], index: number): number {
  const number = numbers[index]
  if (number === undefined) throw new Error(`No respondent number for response ${index + 1}.`)
  return number
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

/** addResponses on a numbered team: the newcomers get the next numbers, in the order they came. */
export function addNumberedResponses(
  existing: NumberedResponses,
  incoming: readonly Response[],
): Omit<AddResponsesResult, 'responses'> & { team: NumberedResponses } {
  const { responses, added, duplicates, refusedOverLimit } = addResponses(existing.responses, incoming)
  const numbers = [...existing.numbers]
  for (let offset = 0; offset < added; offset += 1) numbers.push(existing.nextNumber + offset)
  return {
    team: { responses, numbers, nextNumber: existing.nextNumber + added },
    added,
    duplicates,
    refusedOverLimit,
  }
}

/**
 * The team without `response`; undefined when it is not in it. Found as the list's own object first (as the Remove
 * button passes it) and by its key otherwise, so only a stale object costs working out keys.
 */
export function removeNumberedResponse(
  team: NumberedResponses,
  response: Response,
): { team: NumberedResponses; removed: RemovedResponse } | undefined {
  let position = team.responses.indexOf(response)
  if (position < 0) {
    const key = getResponseKey(response)
    position = team.responses.findIndex((other) => getResponseKey(other) === key)
  }
  if (position < 0) return undefined
  const without = <Item>(list: readonly Item[]) => [...list.slice(0, position), ...list.slice(position + 1)]
  return {
    team: { responses: without(team.responses), numbers: without(team.numbers), nextNumber: team.nextNumber },
    removed: {
      response: team.responses[position] ?? response,
      number: respondentNumberAt(team.numbers, position),
      position,
    },
  }
}

/**
 * Undo: the response back at its place (or last, when the list got shorter) under its old number. Undefined when
 * it is back already or the team is full. Its number is free unless the team was replaced since (a backup restored,
 * a new round): then it gets the next one, as a newcomer would.
 */
export function restoreNumberedResponse(
  team: NumberedResponses,
  { response, number, position }: RemovedResponse,
): NumberedResponses | undefined {
  const key = getResponseKey(response)
  if (team.responses.length >= MAX_TEAM_RESPONSES || team.responses.some((r) => getResponseKey(r) === key)) {
    return undefined
  }
  const at = Math.min(Math.max(position, 0), team.responses.length)
  const given = team.numbers.includes(number) ? team.nextNumber : number
  const insert = <Item>(list: readonly Item[], item: Item) => [...list.slice(0, at), item, ...list.slice(at)]
  return {
    responses: insert(team.responses, response),
    numbers: insert(team.numbers, given),
    nextNumber: Math.max(team.nextNumber, given + 1),
  }
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

import { describe, expect, test } from 'vitest'
import {
  addNumberedResponses,
  addResponses,
  describeTeamSizeLimit,
  MAX_TEAM_RESPONSES,
  numberInOrder,
  removeNumberedResponse,
  respondentNumberAt,
  restoreNumberedResponse,
  type NumberedResponses,
} from './team-membership.ts'
import { p1, p2, p3, p4, person } from '../../test-support/team-fixture.ts'

describe('addResponses', () => {
  test('the same answers at the same second are recognised, even under another alias', () => {
    const again = { ...p1, alias: 'Renamed' }
    const result = addResponses([p1, p2], [again, p3, p3])
    // again: duplicate of P1; first P3 added; second P3 duplicate of the first
    expect(result).toEqual({ responses: [p1, p2, p3], added: 1, duplicates: 2, refusedOverLimit: 0 })
  })

  test('the same answers at another second are another response', () => {
    const later = { ...p1, createdAt: '2025-05-02T10:00:01Z' }
    expect(addResponses([p1], [later])).toMatchObject({ added: 1, duplicates: 0 })
  })

  test(`the team stops at ${MAX_TEAM_RESPONSES} responses and says how many were turned away`, () => {
    const at = (second: number) =>
      person({ 'culture-1': 2 }, { createdAt: new Date(second * 1000).toISOString() })
    const existing = Array.from({ length: MAX_TEAM_RESPONSES - 1 }, (_, index) => at(index))
    // room for one: the first new response fits, the next two are refused, and the repeat of an
    // existing response is still reported as a duplicate
    const result = addResponses(existing, [at(5000), at(5001), at(5002), at(0)])
    expect(result.responses).toHaveLength(MAX_TEAM_RESPONSES)
    expect(result).toMatchObject({ added: 1, duplicates: 1, refusedOverLimit: 2 })
  })
})

describe('respondent numbers', () => {
  const added = (team: NumberedResponses, incoming: Parameters<typeof addNumberedResponses>[1]) =>
    addNumberedResponses(team, incoming).team
  const removed = (team: NumberedResponses, response: (typeof team.responses)[number]) => {
    const removal = removeNumberedResponse(team, response)
    if (removal === undefined) throw new Error('not in the team')
    return removal
  }

  test('add 3, remove the 2nd, add 1 more: 1, 3, 4; Undo puts 2 back in its place', () => {
    // P1, P2, P3 get 1, 2, 3 and the next is 4.
    const three = added(numberInOrder([]), [p1, p2, p3])
    expect(three).toEqual({ responses: [p1, p2, p3], numbers: [1, 2, 3], nextNumber: 4 })
    // P2 goes from position 1 with its number 2; P3 keeps 3; 4 stays next, so 2 is never given again.
    const { team: withoutP2, removed: p2Removed } = removed(three, p2)
    expect(p2Removed).toEqual({ response: p2, number: 2, position: 1 })
    expect(withoutP2).toEqual({ responses: [p1, p3], numbers: [1, 3], nextNumber: 4 })
    // P4 gets 4, the next: 1, 3, 4.
    const withP4 = added(withoutP2, [p4])
    expect(withP4).toEqual({ responses: [p1, p3, p4], numbers: [1, 3, 4], nextNumber: 5 })
    // Undo: back at position 1 as number 2, the others as they were.
    expect(restoreNumberedResponse(withP4, p2Removed)).toEqual({
      responses: [p1, p2, p3, p4],
      numbers: [1, 2, 3, 4],
      nextNumber: 5,
    })
  })

  test('a duplicate or a refused response gets no number', () => {
    const one = added(numberInOrder([]), [p1])
    // P1 again (renamed) is a duplicate, P2 gets 2.
    const result = addNumberedResponses(one, [{ ...p1, alias: 'Renamed' }, p2])
    expect(result).toEqual({
      team: { responses: [p1, p2], numbers: [1, 2], nextNumber: 3 },
      added: 1,
      duplicates: 1,
      refusedOverLimit: 0,
    })
  })

  test('removing the highest number does not free it: the next newcomer gets a new one', () => {
    // 1, 2, 3 -> remove 3 -> 1, 2 with 4 next -> the same response again is a newcomer: 4.
    const three = added(numberInOrder([]), [p1, p2, p3])
    const again = added(removed(three, p3).team, [p3])
    expect(again).toEqual({ responses: [p1, p2, p3], numbers: [1, 2, 4], nextNumber: 5 })
  })

  test("a response found by its key when the object is not the list's own", () => {
    const three = added(numberInOrder([]), [p1, p2, p3])
    expect(removeNumberedResponse(three, { ...p3, alias: 'Renamed' })?.removed).toEqual({
      response: p3,
      number: 3,
      position: 2,
    })
    expect(removeNumberedResponse(added(numberInOrder([]), [p1]), p2)).toBeUndefined()
  })

  test('Undo when the number was given again since (the view was replaced) takes the next number', () => {
    // A backup replaced the view with P3, P4 numbered 1, 2 (next 3); P1's old number 1 is taken: it gets 3, at
    // its old position 0, clamped to the list.
    const replaced = numberInOrder([p3, p4])
    expect(restoreNumberedResponse(replaced, { response: p1, number: 1, position: 0 })).toEqual({
      responses: [p1, p3, p4],
      numbers: [3, 1, 2],
      nextNumber: 4,
    })
    // A free number above nextNumber (a removal from a longer view) is kept, and nextNumber moves past it.
    expect(restoreNumberedResponse(replaced, { response: p1, number: 7, position: 9 })).toEqual({
      responses: [p3, p4, p1],
      numbers: [1, 2, 7],
      nextNumber: 8,
    })
    // Already there: nothing to undo.
    expect(restoreNumberedResponse(replaced, { response: p3, number: 1, position: 0 })).toBeUndefined()
  })

  test('a full team takes no Undo', () => {
    const at = (second: number) =>
      person({ 'culture-1': 2 }, { createdAt: new Date(second * 1000).toISOString() })
    const full = numberInOrder(Array.from({ length: MAX_TEAM_RESPONSES }, (_, index) => at(index)))
    expect(restoreNumberedResponse(full, { response: at(5000), number: 5, position: 0 })).toBeUndefined()
  })

  test('a missing number is a bug, not a silent "Respondent undefined"', () => {
    expect(respondentNumberAt([1, 3], 1)).toBe(3)
    expect(() => respondentNumberAt([1, 3], 2)).toThrow('No respondent number for response 3.')
  })
})

test('the size limit in words', () => {
  expect(describeTeamSizeLimit()).toBe('a team view holds at most 1,000 responses')
})

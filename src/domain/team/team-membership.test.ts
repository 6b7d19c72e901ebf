import { describe, expect, test } from 'vitest'
import { addResponses, describeTeamSizeLimit, MAX_TEAM_RESPONSES } from './team-membership.ts'
import { p1, p2, p3, person } from '../../test-support/team-fixture.ts'

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

test('the size limit in words', () => {
  expect(describeTeamSizeLimit()).toBe('a team view holds at most 1,000 responses')
})

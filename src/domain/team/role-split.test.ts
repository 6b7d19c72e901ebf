import { describe, expect, test } from 'vitest'
import { describeRoleGroupMinimum, splitByRole } from './role-split.ts'
import { bank, person, team } from '../../test-support/team-fixture.ts'

describe('splitByRole', () => {
  const anonymous = person({ 'culture-1': 0 }, { createdAt: '2025-05-01T10:00:05Z' })

  test('roles under three people show only a head count; pillars under three scores show no median', () => {
    // developers P1, P2, P4: culture 75, 25, 50 -> sorted [25, 50, 75], median 50
    // automation: P1 75, P4 50 (P2 n.a.) -> 2 scores, no median; lean: P2 0 only -> 1 score, no median
    expect(splitByRole([...team, anonymous], bank)).toEqual({
      groups: [
        {
          role: 'developer',
          count: 3,
          pillars: {
            culture: { respondents: 3, median: 50 },
            automation: { respondents: 2 },
            lean: { respondents: 1 },
            measurement: { respondents: 0 },
            sharing: { respondents: 0 },
          },
        },
      ],
      hidden: [{ role: 'operations', count: 1 }],
      withoutRole: 1,
    })
  })

  test('a smaller minimum group size shows more, a larger one hides the developers too', () => {
    const open = splitByRole(team, bank, 1)
    expect(open.groups.map((group) => [group.role, group.pillars.automation])).toEqual([
      // developers: automation [50, 75] -> median 62.5, the mean of the two
      ['developer', { respondents: 2, median: 62.5 }],
      ['operations', { respondents: 1, median: 100 }],
    ])
    expect(splitByRole(team, bank, 4).hidden).toEqual([
      { role: 'developer', count: 3 },
      { role: 'operations', count: 1 },
    ])
  })
})

test('the minimum group size in words', () => {
  expect(describeRoleGroupMinimum()).toBe('fewer than 3 people')
})

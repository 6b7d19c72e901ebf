import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { aggregateTeam } from '../../domain/team/team-aggregation.ts'
import { responseAt } from '../../test-support/team-responses.ts'
import { describeTeamRadar } from './team-radar.tsx'

const OTHER_PILLARS =
  'Automation not enough answers, Lean not enough answers, Measurement not enough answers, Sharing not enough answers'

test('the spread in words is the middle half of the team, not the lowest and highest person', () => {
  // Culture 0, 25, 75, 100 (every culture question at levels 0, 1, 3 and 4). Quartiles with linear interpolation
  // at position (4 - 1) * p: q1 at 0.75 = 0 + 0.75 * 25 = 18.75 -> 19; median at 1.5 = (25 + 75) / 2 = 50;
  // q3 at 2.25 = 75 + 0.25 * 25 = 81.25 -> 81.
  const aggregate = aggregateTeam([responseAt(0), responseAt(1), responseAt(3), responseAt(4)], QUESTION_BANK)
  expect(describeTeamRadar(aggregate, true)).toBe(
    `Team radar, 0 to 100: Culture median 50 (middle half of the team 19 to 81), ${OTHER_PILLARS}`,
  )
  expect(describeTeamRadar(aggregate, false)).toBe(
    `Team radar, 0 to 100: Culture median 50, ${OTHER_PILLARS}`,
  )
})

test('one person at each end no longer stretches the spread from 0 to 100', () => {
  // Culture 0, 50, 100: q1 at 0.5 = 0 + 0.5 * 50 = 25; q3 at 1.5 = 50 + 0.5 * 50 = 75.
  const aggregate = aggregateTeam([responseAt(0), responseAt(2), responseAt(4)], QUESTION_BANK)
  expect(describeTeamRadar(aggregate, true)).toBe(
    `Team radar, 0 to 100: Culture median 50 (middle half of the team 25 to 75), ${OTHER_PILLARS}`,
  )
})

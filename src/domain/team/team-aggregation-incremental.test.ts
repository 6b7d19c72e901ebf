import fc from 'fast-check'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import type { Response } from '../formats/response.ts'
import { addResponses } from './team-membership.ts'
import { aggregateTeam } from './team-aggregation.ts'
import { teamStrengthsAndGaps } from '../plan/team-findings.ts'
import { splitByRole } from './role-split.ts'
import { bank, p1, p2, p3, person, team } from '../../test-support/team-fixture.ts'
import { responseArbitrary } from '../../test-support/fuzz-valid-values.ts'
import { countedCheck } from '../../test-support/fuzz-checks.ts'

const check = countedCheck()

/** The same people as new objects, so nothing worked out for the originals is found again. */
const fresh = (responses: readonly Response[]): Response[] => structuredClone([...responses])

test('after an add and a remove the figures are those of the team worked out afresh, by hand', () => {
  // The figures of the whole team are worked first, so every person's part is known.
  aggregateTeam(team, bank)
  // P2 leaves: culture scores P1 75, P3 75, P4 50 -> sorted [50, 75, 75], median 75, q1 = 50 + 0.5 * 25 = 62.5,
  // q3 75, IQR 12.5 (low); nobody at 25 or less, so no split.
  const withoutP2 = team.filter((response) => response !== p2)
  expect(aggregateTeam(withoutP2, bank).pillars.culture).toEqual({
    pillar: 'culture',
    respondents: 3,
    summary: { min: 50, q1: 62.5, median: 75, q3: 75, max: 75, interquartileRange: 12.5 },
    disagreement: 'low',
    split: false,
  })
  // P5 joins with culture-1 at 0 and culture-2 at 0 -> 0: [0, 50, 75, 75], median 62.5, and now a split.
  const p5 = person({ 'culture-1': 0, 'culture-2': 0 }, { createdAt: '2025-05-01T10:00:05Z' })
  const culture = aggregateTeam([...withoutP2, p5], bank).pillars.culture
  expect(culture.summary?.median).toBe(62.5)
  expect(culture.split).toBe(true)
  // culture-1 levels now: P1 4, P3 3, P4 2, P5 0 -> counts [1, 0, 1, 1, 1], range 4 - 0 = 4.
  const question = aggregateTeam([...withoutP2, p5], bank).questions[0]
  expect(question?.levelCounts).toEqual([1, 0, 1, 1, 1])
  expect(question?.range).toBe(4)
  // Back to the first three: the same figures as a team never changed.
  expect(aggregateTeam([p1, p2, p3], bank)).toEqual(aggregateTeam(fresh([p1, p2, p3]), bank))
})

test('property: after any adds and removes, every team figure equals the one worked out afresh', () => {
  const steps = fc.array(
    fc.oneof(
      fc.record({ add: fc.array(responseArbitrary, { maxLength: 4 }) }),
      fc.record({ remove: fc.nat({ max: 20 }) }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  check(
    'incremental team figures equal fresh ones',
    100,
    fc.property(steps, (plan) => {
      let responses: Response[] = []
      for (const step of plan) {
        if ('add' in step) responses = addResponses(responses, step.add).responses
        else responses = responses.filter((_, index) => index !== step.remove % Math.max(responses.length, 1))
        // Worked out on the same objects as the page does after each change...
        const aggregate = aggregateTeam(responses, QUESTION_BANK)
        const findings = teamStrengthsAndGaps(responses, QUESTION_BANK)
        const roles = splitByRole(responses, QUESTION_BANK)
        // ...and on copies that nothing is known about.
        const copies = fresh(responses)
        expect(aggregate).toEqual(aggregateTeam(copies, QUESTION_BANK))
        expect(findings).toEqual(teamStrengthsAndGaps(copies, QUESTION_BANK))
        expect(roles).toEqual(splitByRole(copies, QUESTION_BANK))
      }
    }),
  )
})

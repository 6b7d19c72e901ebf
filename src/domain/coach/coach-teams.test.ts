import { expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { coachPerson, everywhere, teamFileText } from '../../test-support/coach-fixture.ts'
import { addTeamFiles, MAX_COACH_TEAMS, removeCoachTeam, type CoachTeam } from './coach-teams.ts'

const p1 = coachPerson({ pillars: everywhere(1) })
const p2 = coachPerson({ pillars: everywhere(2) })
const p3 = coachPerson({ pillars: everywhere(3) })

const payments = (date: string, people = [p1, p2], name = 'Payments') => ({
  name: `payments-${date}.json`,
  text: teamFileText({ teamId: 'team-payments-01', name, date, people }),
})
const checkout = {
  name: 'checkout.json',
  text: teamFileText({ teamId: 'team-checkout-01', name: 'Checkout', date: '2026-11-20', people: [p3] }),
}

test('a new team is added; the same team, date and answers again is a duplicate, whatever their order', () => {
  const first = addTeamFiles([], [payments('2026-11-20'), checkout], getBank)
  expect(first.outcomes).toEqual([
    {
      fileName: 'payments-2026-11-20.json',
      kind: 'added',
      message: 'payments-2026-11-20.json: added "Payments", round of 2026-11-20 with 2 responses.',
    },
    {
      fileName: 'checkout.json',
      kind: 'added',
      message: 'checkout.json: added "Checkout", round of 2026-11-20 with 1 response.',
    },
  ])
  expect(first.teams.map((team) => [team.name, team.rounds.length])).toEqual([
    ['Payments', 1],
    ['Checkout', 1],
  ])
  const again = addTeamFiles(first.teams, [payments('2026-11-20', [p2, p1])], getBank)
  expect(again.outcomes).toEqual([
    {
      fileName: 'payments-2026-11-20.json',
      kind: 'duplicate',
      message:
        'payments-2026-11-20.json: "Payments" round of 2026-11-20 is here already, with the same answers.',
    },
  ])
  expect(again.teams).toEqual(first.teams)
})

test('the same team and date with other answers replaces that round', () => {
  const { teams } = addTeamFiles([], [payments('2026-11-20')], getBank)
  const replaced = addTeamFiles(teams, [payments('2026-11-20', [p1, p2, p3])], getBank)
  expect(replaced.outcomes[0]?.kind).toBe('replaced')
  expect(replaced.outcomes[0]?.message).toBe(
    'payments-2026-11-20.json: "Payments" round of 2026-11-20 replaced with the file\'s 3 responses.',
  )
  expect(replaced.teams[0]?.rounds.map((round) => [round.date, round.responses.length])).toEqual([
    ['2026-11-20', 3],
  ])
})

test("another date is the team's next round, kept in date order, the latest round's name shown", () => {
  // The later round arrives first: rounds are kept oldest first whatever order the files come in.
  const { teams, outcomes } = addTeamFiles(
    [],
    [payments('2027-02-20', [p3], 'Team Kiwi'), payments('2026-11-20')],
    getBank,
  )
  expect(outcomes.map(({ kind }) => kind)).toEqual(['added', 'next-round'])
  expect(outcomes[1]?.message).toBe(
    'payments-2026-11-20.json: "Payments" round of 2026-11-20 added to its history (2 rounds).',
  )
  const [team] = teams
  expect(team?.rounds.map((round) => round.date)).toEqual(['2026-11-20', '2027-02-20'])
  // The earlier round's file does not rename the team: its latest round calls it Team Kiwi.
  expect(team?.name).toBe('Team Kiwi')
})

test('a refused file is named with its problem and the others still go in', () => {
  const { teams, outcomes } = addTeamFiles(
    [],
    [
      { name: 'notes.txt', text: 'hello' },
      checkout,
      { name: 'backup.json', text: '{"format":"calms-radar"}' },
    ],
    getBank,
  )
  expect(outcomes).toEqual([
    {
      fileName: 'notes.txt',
      kind: 'refused',
      message:
        'notes.txt: Not a CALMS Radar team file: it is not valid JSON. Choose the .json file "Download team file" saved.',
    },
    expect.objectContaining({ fileName: 'checkout.json', kind: 'added' }),
    {
      fileName: 'backup.json',
      kind: 'refused',
      message:
        'backup.json: Not a CALMS Radar team file: its "format" field is "calms-radar", not "calms-radar-team".',
    },
  ])
  expect(teams).toHaveLength(1)
})

test(`at most ${MAX_COACH_TEAMS} teams: the next new team is refused, a known team's round still goes in`, () => {
  const full: CoachTeam[] = Array.from({ length: MAX_COACH_TEAMS }, (_, index) => ({
    teamId: `team-full-${String(index).padStart(3, '0')}`,
    name: `Team ${index}`,
    rounds: [{ date: '2026-11-20', bankVersion: 3, responses: [] }],
  }))
  const refused = addTeamFiles(full, [checkout], getBank)
  expect(refused.outcomes[0]).toEqual({
    fileName: 'checkout.json',
    kind: 'refused',
    message: 'checkout.json: this view already holds 200 teams, the most it keeps. Remove a team first.',
  })
  expect(refused.teams).toHaveLength(MAX_COACH_TEAMS)
  const known = addTeamFiles(removeCoachTeam(full, 'team-full-000'), [checkout, checkout], getBank)
  expect(known.outcomes.map(({ kind }) => kind)).toEqual(['added', 'duplicate'])
})

test('removing a team removes it alone', () => {
  const { teams } = addTeamFiles([], [payments('2026-11-20'), checkout], getBank)
  expect(removeCoachTeam(teams, 'team-payments-01').map((team) => team.name)).toEqual(['Checkout'])
  expect(removeCoachTeam(teams, 'no-such-team')).toEqual(teams)
})

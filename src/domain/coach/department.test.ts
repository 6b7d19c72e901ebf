import { describe, expect, test } from 'vitest'
import v2Links from '../bank/fixtures/v2/share-links.json'
import { getBank } from '../bank/bank-registry.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { decodeShareCode, extractShareCode } from '../formats/share-code.ts'
import { aggregateTeam } from '../team/team-aggregation.ts'
import {
  coachPerson,
  coachTeams,
  doraAt,
  everywhere,
  type PersonLevels,
} from '../../test-support/coach-fixture.ts'
import { addTeamFiles } from './coach-teams.ts'
import { buildDepartmentPicture } from './department.ts'
import { buildTeamFile, serializeTeamFile } from './team-file.ts'

// Level scores: 0 = 0, 1 = 25, 2 = 50, 3 = 75, 4 = 100. Each person answers a pillar's questions at one level, so
// their pillar score is that level's score.

describe('two teams', () => {
  // Payments: culture 25, 50, 100 -> median 50; automation 75 (all) -> 75; lean 50, 50, 75 -> 50;
  // measurement 100 -> 100; sharing 0 -> 0.
  const payments = [
    coachPerson({ pillars: { culture: 1, automation: 3, lean: 2, measurement: 4, sharing: 0 } }),
    coachPerson({ pillars: { culture: 2, automation: 3, lean: 2, measurement: 4, sharing: 0 } }),
    coachPerson({ pillars: { culture: 4, automation: 3, lean: 3, measurement: 4, sharing: 0 } }),
  ]
  // Checkout: culture 75, 100 -> 87.5; automation 25, 50 -> 37.5; lean 50 -> 50; measurement 25 -> 25;
  // sharing 50, 75 -> 62.5.
  const checkout = [
    coachPerson({ pillars: { culture: 3, automation: 1, lean: 2, measurement: 1, sharing: 2 } }),
    coachPerson({ pillars: { culture: 4, automation: 2, lean: 2, measurement: 1, sharing: 3 } }),
  ]
  const teams = coachTeams(
    {
      teamId: 'team-payments-01',
      name: 'Payments',
      date: '2026-11-20',
      people: payments,
      targets: { culture: 75 },
    },
    { teamId: 'team-checkout-01', name: 'Checkout', date: '2026-11-21', people: checkout },
  )
  const picture = buildDepartmentPicture(teams, getBank)

  test('one small radar each, alphabetical (Checkout before Payments, though added after), with its target', () => {
    expect(picture.teams).toEqual([
      {
        teamId: 'team-checkout-01',
        name: 'Checkout',
        people: 2,
        bankVersion: QUESTION_BANK.bankVersion,
        roundCount: 1,
        medians: { culture: 87.5, automation: 37.5, lean: 50, measurement: 25, sharing: 62.5 },
        targets: {},
      },
      {
        teamId: 'team-payments-01',
        name: 'Payments',
        people: 3,
        bankVersion: QUESTION_BANK.bankVersion,
        roundCount: 1,
        medians: { culture: 50, automation: 75, lean: 50, measurement: 100, sharing: 0 },
        targets: { culture: 75 },
      },
    ])
  })

  test('per pillar the team medians, ascending and unlabelled, and the median of medians', () => {
    expect(picture.pillars).toEqual({
      // (50 + 87.5) / 2 = 68.75
      culture: { teamMedians: [50, 87.5], medianOfMedians: 68.75 },
      // (37.5 + 75) / 2 = 56.25
      automation: { teamMedians: [37.5, 75], medianOfMedians: 56.25 },
      lean: { teamMedians: [50, 50], medianOfMedians: 50 },
      // (25 + 100) / 2 = 62.5
      measurement: { teamMedians: [25, 100], medianOfMedians: 62.5 },
      // (0 + 62.5) / 2 = 31.25
      sharing: { teamMedians: [0, 62.5], medianOfMedians: 31.25 },
    })
  })
})

describe('three teams', () => {
  // Culture: Alpha 50, Bravo 50 (a tie), Charlie 75 -> [50, 50, 75], the middle one 50.
  // Sharing: nobody in Charlie answers it, so Charlie has no median there and is left out of it: Alpha 50, Bravo
  // 100 -> [50, 100] -> (50 + 100) / 2 = 75.
  const teams = coachTeams(
    {
      teamId: 'team-charlie-1',
      name: 'Charlie',
      date: '2026-11-20',
      people: [coachPerson({ pillars: { culture: 3, automation: 3, lean: 3, measurement: 3 } })],
    },
    {
      teamId: 'team-bravo-01',
      name: 'bravo',
      date: '2026-11-20',
      people: [coachPerson({ pillars: { ...everywhere(2), sharing: 4 } })],
    },
    {
      teamId: 'team-alpha-01',
      name: 'Alpha',
      date: '2026-11-20',
      // 25 and 75 -> 50 in every pillar.
      people: [coachPerson({ pillars: everywhere(1) }), coachPerson({ pillars: everywhere(3) })],
    },
  )
  const picture = buildDepartmentPicture(teams, getBank)

  test('a tie in the team medians: the median of medians is the tied value', () => {
    expect(picture.pillars.culture).toEqual({ teamMedians: [50, 50, 75], medianOfMedians: 50 })
  })

  test('a team with no answers in a pillar has no median there and is left out of its distribution', () => {
    const charlie = picture.teams.find((team) => team.name === 'Charlie')
    expect(charlie?.medians.sharing).toBeUndefined()
    expect(picture.pillars.sharing).toEqual({ teamMedians: [50, 100], medianOfMedians: 75 })
  })

  test('alphabetical whatever the case of the first letter, never by score', () => {
    expect(picture.teams.map((team) => team.name)).toEqual(['Alpha', 'bravo', 'Charlie'])
  })

  test('no teams: nothing to show, and no median of medians', () => {
    const empty = buildDepartmentPicture([], getBank)
    expect(empty.teams).toEqual([])
    expect(empty.pillars.culture).toEqual({ teamMedians: [], medianOfMedians: undefined })
    expect(empty.commonGaps).toEqual([])
    expect(empty.doraUnclassified).toBe(0)
  })
})

test("a team's previous round is shown beside its latest, and counted", () => {
  const teams = coachTeams(
    {
      teamId: 'team-payments-01',
      name: 'Payments',
      date: '2026-11-20',
      people: [coachPerson({ pillars: everywhere(1) })],
    },
    {
      teamId: 'team-payments-01',
      name: 'Payments',
      date: '2027-02-20',
      people: [coachPerson({ pillars: everywhere(3) })],
    },
  )
  const [team] = buildDepartmentPicture(teams, getBank).teams
  expect(team?.roundCount).toBe(2)
  expect(team?.medians).toEqual({ culture: 75, automation: 75, lean: 75, measurement: 75, sharing: 75 })
  expect(team?.previous).toEqual({ culture: 25, automation: 25, lean: 25, measurement: 25, sharing: 25 })
})

describe('common gaps: a practice that is a gap in at least half of the teams', () => {
  // Everything at level 3 (75, no gap) but the practices named: those at level 0 (score 0) are the team's gaps.
  const round = (teamId: string, name: string, practices: NonNullable<PersonLevels['practices']>) => ({
    teamId,
    name,
    date: '2026-11-20',
    people: [
      coachPerson({ pillars: everywhere(3), practices }),
      coachPerson({ pillars: everywhere(3), practices }),
    ],
  })
  const alpha = round('team-alpha-01', 'Alpha', { 'blameless-postmortems': 0 })
  const bravo = round('team-bravo-01', 'Bravo', { 'blameless-postmortems': 0, 'psychological-safety': 0 })
  const charlie = round('team-charlie-1', 'Charlie', {})
  const delta = round('team-delta-01', 'Delta', { 'psychological-safety': 0 })

  test('three teams: 2 of 3 is at least half, 1 of 3 is not', () => {
    const picture = buildDepartmentPicture(coachTeams(alpha, bravo, charlie), getBank)
    expect(picture.commonGaps).toEqual([
      { practiceId: 'blameless-postmortems', label: 'Blameless post-mortems', teams: 2, of: 3 },
    ])
  })

  test('four teams: exactly half (2 of 4) counts; equal counts in practice order', () => {
    const picture = buildDepartmentPicture(coachTeams(alpha, bravo, charlie, delta), getBank)
    expect(picture.commonGaps).toEqual([
      { practiceId: 'blameless-postmortems', label: 'Blameless post-mortems', teams: 2, of: 4 },
      { practiceId: 'psychological-safety', label: 'Psychological safety', teams: 2, of: 4 },
    ])
  })
})

test('DORA: how many teams sit in each cluster, from each team median band, no team named', () => {
  const elite = doraAt(0, 0, 0, 0)
  // The 2024 low cluster's values: monthly to six-monthly, one to six months, 40%, one week to one month.
  const low = doraAt(3, 4, 5, 3)
  const throughputOnly = doraAt(0, 0, null, null)
  const teams = coachTeams(
    // Two elite answers and one low: the median band of each metric is elite's -> elite.
    {
      teamId: 'team-alpha-01',
      name: 'Alpha',
      date: '2026-11-20',
      people: [coachPerson({ dora: elite }), coachPerson({ dora: elite }), coachPerson({ dora: low })],
    },
    // One elite, one low: with an even count the worse middle band is taken -> low.
    {
      teamId: 'team-bravo-01',
      name: 'Bravo',
      date: '2026-11-20',
      people: [coachPerson({ dora: elite }), coachPerson({ dora: low })],
    },
    { teamId: 'team-charlie-1', name: 'Charlie', date: '2026-11-20', people: [coachPerson({ dora: low })] },
    // No stability answer: no cluster.
    {
      teamId: 'team-delta-01',
      name: 'Delta',
      date: '2026-11-20',
      people: [coachPerson({ dora: throughputOnly })],
    },
  )
  const picture = buildDepartmentPicture(teams, getBank)
  expect(picture.doraClusters).toEqual([
    { cluster: 'elite', label: 'Elite', teams: 1 },
    { cluster: 'high', label: 'High', teams: 0 },
    { cluster: 'medium', label: 'Medium', teams: 0 },
    { cluster: 'low', label: 'Low', teams: 2 },
  ])
  expect(picture.doraUnclassified).toBe(1)
})

test("an older bank's team file is brought to the current bank, and the page says which bank it came from", () => {
  const code = extractShareCode(v2Links.full)
  const read = code === undefined ? undefined : decodeShareCode(code, getBank)
  if (!read?.ok) throw new Error('the v2 fixture link must decode')
  const bankV2 = getBank(2)
  if (bankV2 === undefined) throw new Error('bank v2 is released')
  // Written by an app that asked bank v2: its codes follow bank v2.
  const text = serializeTeamFile(
    buildTeamFile(
      { teamId: 'team-old-bank', name: 'Old bank', date: '2025-06-01', responses: [read.value] },
      bankV2,
    ),
  )
  const { teams, outcomes } = addTeamFiles([], [{ name: 'old.json', text }], getBank)
  expect(outcomes[0]?.kind).toBe('added')
  expect(teams[0]?.rounds[0]?.bankVersion).toBe(2)
  const [team] = buildDepartmentPicture(teams, getBank).teams
  expect(team?.bankVersion).toBe(2)
  // The same medians as the team page shows for this response, which it migrates the same way.
  const aggregate = aggregateTeam([read.value], QUESTION_BANK)
  expect(team?.medians.culture).toBe(aggregate.pillars.culture.summary?.median)
  expect(team?.medians.automation).toBe(aggregate.pillars.automation.summary?.median)
  expect(team?.people).toBe(1)
})

import Papa from 'papaparse'
import { expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { coachPerson, coachTeams, doraAt, everywhere } from '../../test-support/coach-fixture.ts'
import { DEPARTMENT_CSV_FIELDS, departmentCsv, departmentMarkdown } from './department-exports.ts'
import { buildDepartmentPicture } from './department.ts'

const V = QUESTION_BANK.bankVersion

// Payments, two rounds. 2026-11-20: one person at 25 everywhere. 2027-02-20: 50 and 100 everywhere -> 75, with
// blameless post-mortems at level 0 for both (a gap: 0) and culture's other questions at 4.
// Checkout: one person, culture and automation at 75 (no gap), nothing else; "=cmd" starts like a formula.
const payments1 = {
  teamId: 'team-payments-01',
  name: 'Payments',
  date: '2026-11-20',
  people: [coachPerson({ pillars: everywhere(1) })],
}
const payments2 = {
  teamId: 'team-payments-01',
  name: 'Payments',
  date: '2027-02-20',
  targets: { culture: 80 },
  people: [
    coachPerson({
      pillars: everywhere(2),
      practices: { 'blameless-postmortems': 0 },
      dora: doraAt(0, 0, 0, 0),
    }),
    coachPerson({
      pillars: everywhere(4),
      practices: { 'blameless-postmortems': 0 },
      dora: doraAt(0, 0, 0, 0),
    }),
  ],
}
const checkout = {
  teamId: 'team-checkout-01',
  name: '=Checkout*',
  date: '2027-02-21',
  people: [coachPerson({ pillars: { culture: 3, automation: 3 } })],
}
const teams = coachTeams(payments1, payments2, checkout)

test('CSV for BI: long format, one row per team, round and pillar or practice, alphabetical by team', () => {
  const csv = departmentCsv(teams, getBank)
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true })
  const [header, ...rows] = parsed.data
  expect(header).toEqual([...DEPARTMENT_CSV_FIELDS])
  expect(header).toEqual([
    'team',
    'team id',
    'round date',
    'bank version',
    'kind',
    'pillar or practice',
    'median',
    'people',
    'target',
  ])
  // 3 rounds x (5 pillars + 19 practices) = 72 rows.
  expect(rows).toHaveLength(72)
  // "=Checkout*" sorts before "Payments" and is neutralised against spreadsheet formulas.
  expect(rows.slice(0, 5)).toEqual([
    ["'=Checkout*", 'team-checkout-01', '2027-02-21', String(V), 'pillar', 'Culture', '75', '1', ''],
    ["'=Checkout*", 'team-checkout-01', '2027-02-21', String(V), 'pillar', 'Automation', '75', '1', ''],
    ["'=Checkout*", 'team-checkout-01', '2027-02-21', String(V), 'pillar', 'Lean', '', '0', ''],
    ["'=Checkout*", 'team-checkout-01', '2027-02-21', String(V), 'pillar', 'Measurement', '', '0', ''],
    ["'=Checkout*", 'team-checkout-01', '2027-02-21', String(V), 'pillar', 'Sharing', '', '0', ''],
  ])
  const paymentsRows = rows.filter((row) => row[1] === 'team-payments-01')
  // Oldest round first; culture in the second round: the people's culture scores are the mean of six questions,
  // two of them (blameless post-mortems) at 0: (0 + 0 + 50 * 4) / 6 = 33.3 and (0 + 0 + 100 * 4) / 6 = 66.7,
  // median (33.33 + 66.67) / 2 = 50.
  expect(paymentsRows.map((row) => row[2])).toEqual([
    ...Array<string>(24).fill('2026-11-20'),
    ...Array<string>(24).fill('2027-02-20'),
  ])
  expect(paymentsRows[0]).toEqual([
    'Payments',
    'team-payments-01',
    '2026-11-20',
    String(V),
    'pillar',
    'Culture',
    '25',
    '1',
    '',
  ])
  expect(paymentsRows[24]).toEqual([
    'Payments',
    'team-payments-01',
    '2027-02-20',
    String(V),
    'pillar',
    'Culture',
    '50',
    '2',
    '80',
  ])
  // Automation in the second round: 50 and 100 -> 75.
  expect(paymentsRows[25]).toEqual([
    'Payments',
    'team-payments-01',
    '2027-02-20',
    String(V),
    'pillar',
    'Automation',
    '75',
    '2',
    '',
  ])
  const blameless = paymentsRows.find((row) => row[2] === '2027-02-20' && row[5] === 'Blameless post-mortems')
  expect(blameless).toEqual([
    'Payments',
    'team-payments-01',
    '2027-02-20',
    String(V),
    'practice',
    'Blameless post-mortems',
    '0',
    '2',
    '',
  ])
})

test('Markdown summary: the department for its wiki, without a team beside a figure and without ranking words', () => {
  const markdown = departmentMarkdown(buildDepartmentPicture(teams, getBank), '2027-02-22')
  // Culture: Payments 50, Checkout 75 -> 62.5, shown 63. Automation: 75 and 75 -> 75. Lean, measurement and
  // sharing: Payments alone, 75. Blameless post-mortems is a gap in Payments (1 of 2 teams, half).
  // DORA: Payments elite; Checkout answered nothing, so no cluster.
  expect(markdown).toBe(
    [
      '# CALMS Radar across teams',
      '',
      '- Date: 2027-02-22',
      '- Teams: 2',
      '',
      '## The teams',
      '',
      'In alphabetical order. Each team chose the name its file carries; no person is named.',
      '',
      `- =Checkout\\*: 1 person, 1 round, answers from question bank version ${V}`,
      `- Payments: 2 people, 2 rounds, answers from question bank version ${V}`,
      '',
      '## The department by CALMS pillar',
      '',
      "Each team's median for the pillar, in ascending order and without names, and the median of those medians.",
      '',
      '| Pillar | Teams with a score | Median of team medians | Team medians |',
      '| :-- | --: | --: | :-- |',
      '| Culture | 2 | 63 | 50, 75 |',
      '| Automation | 2 | 75 | 75, 75 |',
      '| Lean | 1 | 75 | 75 |',
      '| Measurement | 1 | 75 | 75 |',
      '| Sharing | 1 | 75 | 75 |',
      '',
      '## Common gaps',
      '',
      'Practices that are a gap in at least half of the teams: where a department-level action belongs ' +
        '(training, a platform team, a policy).',
      '',
      '- 1 of 2 teams: Blameless post-mortems',
      '',
      '## DORA across teams',
      '',
      "How many teams sit in each cluster, from each team's median answers by the rule of a team's verdict.",
      '',
      '| Cluster | Teams |',
      '| :-- | --: |',
      '| Elite | 1 |',
      '| High | 0 |',
      '| Medium | 0 |',
      '| Low | 0 |',
      '| Not classified | 1 |',
      '',
    ].join('\n'),
  )
  expect(markdown).not.toMatch(/best|worst|\btop\b|bottom|rank|leader/i)
})

test('Markdown summary with no common gap and no teams says so', () => {
  const markdown = departmentMarkdown(buildDepartmentPicture([], getBank), '2027-02-22')
  expect(markdown).toContain('- Teams: 0')
  expect(markdown).toContain('No practice is a gap in half of the teams or more.')
  expect(markdown).toContain('| Culture | 0 | - | - |')
})

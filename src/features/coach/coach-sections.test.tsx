import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { captureDownloads } from '../../test-support/capture-downloads.ts'
import { AddTeamFiles } from './add-team-files.tsx'
import { CoachExports } from './coach-exports.tsx'
import { DepartmentOverview } from './department-overview.tsx'
import type { DepartmentPicture, TeamPicture } from '../../domain/coach/department.ts'
import { TeamSmallMultiples } from './team-small-multiples.tsx'

const medians = (value: number | undefined) => ({
  culture: value,
  automation: value,
  lean: value,
  measurement: value,
  sharing: value,
})

function team(name: string, extra: Partial<TeamPicture> = {}): TeamPicture {
  return {
    teamId: `id-${name}`,
    name,
    people: 5,
    bankVersion: 1,
    roundCount: 1,
    medians: medians(50),
    targets: {},
    ...extra,
  }
}

const PICTURE: DepartmentPicture = {
  teams: [team('Apollo'), team('Borealis', { roundCount: 2, previous: medians(40) })],
  pillars: {
    culture: { teamMedians: [40, 60], medianOfMedians: 50 },
    automation: { teamMedians: [50, 50], medianOfMedians: 50 },
    lean: { teamMedians: [], medianOfMedians: undefined },
    measurement: { teamMedians: [25, 75], medianOfMedians: 50 },
    sharing: { teamMedians: [50, 50], medianOfMedians: 50 },
  },
  commonGaps: [{ practiceId: 'culture-blameless', label: 'blameless post-mortems', teams: 2, of: 2 }],
  doraClusters: [
    { cluster: 'high', label: 'High', teams: 1 },
    { cluster: 'low', label: 'Low', teams: 0 },
  ],
  doraUnclassified: 1,
}

test('one small radar per team in the given order, each saying its rounds and bank, each removable', async () => {
  const user = userEvent.setup()
  const onRemove = vi.fn()
  render(<TeamSmallMultiples teams={PICTURE.teams} onRemove={onRemove} />)

  const cards = within(screen.getByRole('list', { name: 'Team radars' })).getAllByRole('listitem')
  expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['Apollo', 'Borealis'])
  expect(
    within(screen.getByRole('listitem', { name: 'Borealis' })).getByText(/2 rounds, 5 people/),
  ).toBeVisible()
  expect(
    within(screen.getByRole('listitem', { name: 'Apollo' })).getByText(/1 round, 5 people/),
  ).toBeVisible()
  expect(screen.getAllByText(/Answers from bank v1/)).toHaveLength(2)
  expect(screen.getByText(/its previous round \(dotted\)/)).toBeInTheDocument()

  const table = screen.getByRole('table', { name: /Median per pillar of each team/ })
  expect(
    within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Apollo', 'Borealis'])

  await user.click(screen.getByRole('button', { name: 'Remove Borealis' }))
  expect(onRemove).toHaveBeenCalledWith('id-Borealis')
})

test('the department: medians per pillar as a table, the common gaps and the DORA clusters, no team named', () => {
  render(<DepartmentOverview picture={PICTURE} />)
  const table = screen.getByRole('table', { name: 'Team medians per pillar across 2 teams' })
  const culture = within(table).getByRole('row', { name: /Culture/ })
  expect(
    within(culture)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['50', '40, 60'])
  expect(within(table).getByRole('row', { name: /Lean/ })).toHaveTextContent('not enough answers')

  const gaps = screen.getByRole('list', { name: 'Common gaps' })
  expect(within(gaps).getByRole('listitem')).toHaveTextContent('2 of 2 teams: blameless post-mortems')
  const dora = screen.getByRole('list', { name: 'DORA across teams' })
  expect(
    within(dora)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['High: 1 team', 'Low: 0 teams', 'Not classified (too few DORA answers): 1 team'])
  expect(document.body).not.toHaveTextContent(/Apollo|Borealis/)
})

test('chosen files go in together; a refused file is an alert naming it, the others a status', async () => {
  const user = userEvent.setup()
  const onFiles = vi.fn((files: readonly { name: string; text: string }[]) =>
    files.map((file) =>
      file.text === 'bad'
        ? { fileName: file.name, kind: 'refused' as const, message: `${file.name} is not a team file.` }
        : { fileName: file.name, kind: 'added' as const, message: `${file.name}: team added.` },
    ),
  )
  render(<AddTeamFiles onFiles={onFiles} />)
  await user.upload(screen.getByLabelText('Add team files'), [
    new File(['good'], 'a.json', { type: 'application/json' }),
    new File(['bad'], 'b.json', { type: 'application/json' }),
  ])

  // In slices, so that many files never hold the page in one long task; in the order chosen.
  expect(onFiles.mock.calls.flatMap(([files]) => files)).toEqual([
    { name: 'a.json', text: 'good' },
    { name: 'b.json', text: 'bad' },
  ])
  expect(await within(screen.getByRole('alert')).findByText('b.json is not a team file.')).toBeVisible()
  expect(within(screen.getByRole('status')).getByText('a.json: team added.')).toBeVisible()
})

test('both exports download what they are given, under dated names', async () => {
  const user = userEvent.setup()
  const files = captureDownloads()
  render(<CoachExports csv={() => 'team,round date\n'} markdown={(date) => `# Department ${date}\n`} />)
  await user.click(screen.getByRole('button', { name: 'Download CSV for BI' }))
  await user.click(screen.getByRole('button', { name: 'Download Markdown summary' }))

  expect(files.map((file) => file.name)).toEqual([
    expect.stringMatching(/^calms-radar-department-\d{4}-\d\d-\d\d\.csv$/),
    expect.stringMatching(/^calms-radar-department-\d{4}-\d\d-\d\d\.md$/),
  ])
  expect(await files[0]?.text()).toBe('team,round date\n')
  expect(await files[1]?.text()).toMatch(/^# Department \d{4}-\d\d-\d\d\n$/)
  expect(screen.getByRole('status')).toHaveTextContent(/Saved calms-radar-department-.*\.md\./)
})

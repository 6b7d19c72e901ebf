import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { nextStepFor } from '../../domain/bank/next-steps.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import type { Response } from '../../domain/formats/response.ts'
import { TEAM_SNAPSHOTS_FULL_MESSAGE } from '../../domain/storage/stored-team-snapshots.ts'
import type { TeamSnapshot } from '../../domain/storage/team-snapshot.ts'
import { renderApp } from '../../test-support/render-app.tsx'
import { responseAt } from '../../test-support/team-responses.ts'

const culture = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')

function saveTeam(responses: Response[], sessionName = 'Payments retro') {
  localStorage.setItem('calms-radar:team', JSON.stringify({ version: 1, state: { sessionName, responses } }))
}

const people = (levels: readonly (0 | 1 | 2 | 3 | 4)[]) =>
  levels.map((level, index) =>
    responseAt(level, { alias: `P${index}`, createdAt: `2026-11-2${index}T10:00:00Z` }),
  )

const stored = (key: string): unknown => JSON.parse(localStorage.getItem(key) ?? 'null')

/** A round where everyone scored `score` in Culture and answered each culture question at `level`. */
function roundAt(id: string, label: string, level: 0 | 1 | 2 | 3 | 4, count: number): TeamSnapshot {
  const levels: [number, number, number, number, number] = [0, 0, 0, 0, 0]
  levels[level] = count
  return {
    id,
    takenAt: '2026-10-26T09:30:00Z',
    label,
    bankVersion: QUESTION_BANK.bankVersion,
    people: Array.from({ length: count }, () => ({
      pillarScores: { culture: level * 25, automation: null, lean: null, measurement: null, sharing: null },
    })),
    questionLevels: Object.fromEntries(
      culture.map((question) => [question.id, { levels, dontKnow: 0, notApplicable: 0, blank: 0 }]),
    ),
  }
}

const saveRounds = (snapshots: TeamSnapshot[]) =>
  localStorage.setItem('calms-radar:team-snapshots', JSON.stringify({ version: 1, state: { snapshots } }))

const cellsOf = (table: HTMLElement, label: RegExp) =>
  within(within(table).getByRole('row', { name: label }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

test('team strengths and gaps: the medians; "Try first" gives the steps for the median level of each question', async () => {
  // Culture scores 25, 50, 50: median 50, a gap. Each question's levels 1, 2, 2: median level 2. Culture's four
  // practices tie at median 50: one sentence rather than four findings.
  saveTeam(people([1, 2, 2]))
  await renderApp('#/team')
  const section = await screen.findByRole('region', { name: 'Team strengths and gaps' })
  expect(
    within(section)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Culture (pillar): median 50',
    'Four practices tie at median 50: Shared ownership (developers on call) (one answer); Blameless ' +
      'post-mortems; Not just a tool set (one answer); Psychological safety.',
  ])
  expect(
    within(section).getByText('No pillar or practice stands out as a team strength yet.'),
  ).toBeInTheDocument()

  // The four tie; culture gives two: shared-ownership and blameless-postmortems come first in the lesson.
  const steps = screen.getByRole('region', { name: 'Try first' })
  const items = within(within(steps).getByRole('list', { name: 'Try first' })).getAllByRole('listitem')
  const [first] = culture
  if (first === undefined) throw new Error('the bank has culture questions')
  // The step for level 2 ("grow"), not the one for the lowest person's level 1 ("start").
  expect(nextStepFor(first, 2)?.text).not.toBe(nextStepFor(first, 1)?.text)
  expect(items).toHaveLength(2)
  expect(items[0]).toHaveTextContent(nextStepFor(first, 2)?.text ?? 'missing')
  expect(items[0]).toHaveTextContent(
    `From the team's median answer "${first.options[2]}" to "${first.text}".`,
  )
  expect(within(steps).queryByRole('link', { name: 'Change this answer' })).not.toBeInTheDocument()
  expect(steps).toHaveTextContent(
    'Four practices tie at 50; these two come first because the lesson introduces them first, with at most two ' +
      'from one pillar.',
  )
})

test('team targets add Target and Gap to target to the pillar table, and the largest gaps', async () => {
  saveTeam(people([1, 2, 2]))
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByRole('button', { name: 'Set targets' }))
  await user.type(await screen.findByRole('textbox', { name: 'Culture target' }), '75')
  await user.click(screen.getByRole('button', { name: 'Save targets' }))

  const table = screen.getByRole('table', { name: 'Team scores by CALMS pillar' })
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual([
    'Pillar',
    'People with a score',
    'Median',
    'Target',
    'Gap to target',
    'Middle half',
    'Disagreement (IQR)',
  ])
  // Median 50, target 75: 25 to go. Automation has no target and no score.
  expect(cellsOf(table, /Culture/).slice(0, 4)).toEqual(['3', '50', '75', '25'])
  expect(cellsOf(table, /Automation/).slice(1, 4)).toEqual(['not enough answers', '-', '-'])
  expect(
    screen.getByRole('img', { name: /^Team radar, 0 to 100: .*; targets: Culture 75$/ }),
  ).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Largest gaps to target' })).toBeInTheDocument()
  expect(screen.getByText('Culture: 25 below the target of 75 (now 50)')).toBeInTheDocument()
})

test('a new round saves a team snapshot, clears the responses, and keeps the session name, targets and plan', async () => {
  saveTeam(people([1, 2, 2]))
  const first = await renderApp('#/team')
  const { user } = first
  await user.click(await screen.findByRole('button', { name: 'Set targets' }))
  await user.type(await screen.findByRole('textbox', { name: 'Culture target' }), '75')
  await user.click(screen.getByRole('button', { name: 'Save targets' }))
  const plan = screen.getByRole('region', { name: 'Action plan' })
  const steps = screen.getByRole('region', { name: 'Try first' })
  await user.click(within(steps).getAllByRole('button', { name: 'Add to plan' })[0] as HTMLElement)
  expect(within(plan).getByRole('heading', { name: 'Experiments (1)' })).toBeInTheDocument()
  // The first experiment keeps the round it was planned on.
  const baseline = stored('calms-radar:team-snapshots') as { state: { snapshots: TeamSnapshot[] } }
  expect(baseline.state.snapshots.map((snapshot) => snapshot.label)).toEqual(['Plan made'])

  // Another person joins after the plan, so this round is not the baseline's.
  first.unmount()
  saveTeam(people([1, 2, 2, 3]))
  await renderApp('#/team')
  const round = await screen.findByRole('region', { name: 'New round' })
  await user.click(within(round).getByRole('button', { name: 'Start a new round' }))
  const question = within(round).getByRole('group', { name: /^Start a new round\?/ })
  expect(question).toHaveAccessibleName(
    'Start a new round? A team snapshot of the 4 responses is saved first; then the responses are cleared. ' +
      'The session name, targets and plan stay.',
  )
  await user.click(within(question).getByRole('button', { name: 'Save snapshot and clear responses' }))

  expect(screen.getByRole('heading', { name: 'Responses (0)' })).toBeInTheDocument()
  expect(within(round).getByRole('status')).toHaveTextContent(
    /^This round is kept as the snapshot "\d{4}-\d\d-\d\d Round of \d{4}-\d\d-\d\d"\. The responses are cleared/,
  )
  expect(within(round).getByRole('heading', { name: 'New round' })).toHaveFocus()
  const after = stored('calms-radar:team-snapshots') as { state: { snapshots: TeamSnapshot[] } }
  expect(after.state.snapshots.map((snapshot) => snapshot.people.length)).toEqual([3, 4])
  // The new round's people are counted from 1 again.
  expect(stored('calms-radar:team')).toEqual({
    version: 3,
    state: { sessionName: 'Payments retro', responses: [], numbers: [], nextNumber: 1 },
  })
  const plans = stored('calms-radar:plans') as {
    state: { team: { targets: unknown; plan: { experiments: unknown[] } } }
  }
  expect(plans.state.team.targets).toEqual({ culture: 75 })
  expect(plans.state.team.plan.experiments).toHaveLength(1)
  expect(screen.getByLabelText('Session name')).toHaveValue('Payments retro')
})

test('Compare over time shows the team medians then and now, and a snapshot can be deleted', async () => {
  saveRounds([roundAt('r1', 'Kickoff', 1, 3)])
  saveTeam(people([3, 3, 4]))
  const { user } = await renderApp('#/team')
  const section = await screen.findByRole('region', { name: 'Compare over time' })
  await user.selectOptions(
    within(section).getByRole('combobox', { name: 'Compare with' }),
    '2026-10-26 Kickoff',
  )
  const table = within(section).getByRole('table', { name: 'Team medians then and now' })
  // Culture: 25 then; 75, 75, 100 now, median 75: up 50. Automation: no score on either side.
  expect(cellsOf(table, /Culture/)).toEqual(['25', '75', '+50'])
  expect(cellsOf(table, /Automation/)).toEqual(['not enough answers', 'not enough answers', '-'])
  expect(
    screen.getByRole('img', {
      name: /compared with 2026-10-26 Kickoff: Culture median 25, Automation not enough answers/,
    }),
  ).toBeInTheDocument()

  await user.click(within(section).getByRole('button', { name: 'Delete snapshot' }))
  await user.click(within(section).getByRole('button', { name: 'Delete' }))
  expect(within(section).getByRole('status')).toHaveTextContent('Team snapshot "2026-10-26 Kickoff" deleted.')
  expect(within(section).queryByRole('combobox', { name: 'Compare with' })).not.toBeInTheDocument()
  expect(within(section).getByRole('heading', { name: 'Compare over time' })).toHaveFocus()
})

test('with 50 team snapshots a new round is refused, says how to make room, and clears nothing', async () => {
  saveRounds(Array.from({ length: 50 }, (_, index) => roundAt(`r${index}`, `Round ${index}`, 1, 3)))
  saveTeam(people([1, 2, 2]))
  const { user } = await renderApp('#/team')
  const round = await screen.findByRole('region', { name: 'New round' })
  await user.click(within(round).getByRole('button', { name: 'Start a new round' }))
  await user.click(within(round).getByRole('button', { name: 'Save snapshot and clear responses' }))
  expect(within(round).getByRole('alert')).toHaveTextContent(TEAM_SNAPSHOTS_FULL_MESSAGE)
  expect(screen.getByRole('heading', { name: 'Responses (3)' })).toBeInTheDocument()
  const kept = stored('calms-radar:team') as { state: { responses: unknown[] } }
  expect(kept.state.responses).toHaveLength(3)
})

test('when the team plan is due, "Re-check now" starts a new round and answers the due date', async () => {
  saveTeam(people([1, 2, 2]))
  const experiment = {
    id: 'e1',
    what: 'Pair on call',
    practice: 'shared-ownership',
    signal: { kind: 'questions', questionIds: [culture[0]?.id] },
    recheckOn: '2020-02-01',
    status: 'doing',
    createdAt: '2020-01-01T10:00:00Z',
  }
  const empty = { targets: {}, plan: { experiments: [] } }
  localStorage.setItem(
    'calms-radar:plans',
    JSON.stringify({
      version: 1,
      state: { selfCheck: empty, team: { targets: {}, plan: { experiments: [experiment] } } },
    }),
  )
  const { user } = await renderApp('#/team')
  const notice = await screen.findByRole('region', { name: 'Time to re-check' })
  expect(notice).toHaveTextContent('1 experiment waits to see whether its signal moved.')
  await user.click(within(notice).getByRole('button', { name: 'Re-check now' }))

  expect(screen.getByRole('heading', { name: 'Responses (0)' })).toBeInTheDocument()
  expect(within(notice).queryByRole('button', { name: 'Re-check now' })).not.toBeInTheDocument()
  expect(within(notice).getByRole('heading', { name: 'Time to re-check' })).toHaveFocus()
  const plans = stored('calms-radar:plans') as { state: { team: { recheckStartedOn?: string } } }
  expect(plans.state.team.recheckStartedOn).toBe(new Date().toISOString().slice(0, 10))
  const rounds = stored('calms-radar:team-snapshots') as { state: { snapshots: TeamSnapshot[] } }
  expect(rounds.state.snapshots.map((snapshot) => snapshot.people.length)).toEqual([3])
})

import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import type { Response } from '../../domain/formats/response.ts'
import { WIP_LIMIT_MESSAGE } from '../../domain/plan/action-plan.ts'
import type { Experiment } from '../../domain/plan/experiment.ts'
import { renderApp } from '../../test-support/render-app.tsx'
import { responseAt } from '../../test-support/team-responses.ts'

const ALIASES = ['Ana Alias', 'Bo Secret', 'Chi Hidden', 'Dee Private', 'Eve Masked', 'Fay Unseen']

function saveTeam(responses: Response[], sessionName = 'Payments retro') {
  localStorage.setItem('calms-radar:team', JSON.stringify({ version: 1, state: { sessionName, responses } }))
}

/** Six people, each answering every culture question at one level: two at each end, so culture splits. */
const sixPeople = () =>
  ([0, 4, 2, 4, 0, 1] as const).map((level, index) =>
    responseAt(level, { alias: ALIASES[index] ?? '', createdAt: `2026-11-2${index}T10:00:00Z` }),
  )

const planned = (id: string): Experiment => ({
  id,
  what: `Experiment ${id}`,
  practice: 'shared-ownership',
  signal: { kind: 'questions', questionIds: ['culture-dev-on-call'] },
  recheckOn: '2026-12-24',
  status: 'planned',
  createdAt: '2026-11-26T09:00:00Z',
})

const storedTeamPlan = (): Experiment[] =>
  (
    JSON.parse(localStorage.getItem('calms-radar:plans') ?? 'null') as {
      state: { team: { plan: { experiments: Experiment[] } } }
    } | null
  )?.state.team.plan.experiments ?? []

const slideHeading = () => screen.getByRole('heading', { level: 1 })
const position = () => screen.getByText(/^\d+ \/ \d+$/)

async function openDeck() {
  saveTeam(sixPeople())
  const view = await renderApp('#/team/present')
  await screen.findByRole('heading', { level: 1, name: 'Payments retro' })
  return view
}

test('the deck opens at the session, its heading focused, with no app header, and counts its slides', async () => {
  await openDeck()
  expect(slideHeading()).toHaveFocus()
  expect(screen.getByText('6 people answered')).toBeInTheDocument()
  expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()
  expect(screen.queryByRole('link', { name: 'Skip to content' })).not.toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Exit present mode' })).toHaveAttribute('href', '#/team')
  // Session, radar, five disagreements (culture has more than five questions, all split), deployment frequency
  // and the verdict, strengths and gaps, "Try first": eleven.
  expect(position()).toHaveTextContent('1 / 11')
  expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-disabled', 'true')
  expect(screen.getByRole('button', { name: 'Next' })).not.toHaveAttribute('aria-disabled')
})

test('arrow keys, Home and End move through the slides, and the heading takes focus each time', async () => {
  const { user } = await openDeck()
  await user.keyboard('{ArrowRight}')
  expect(slideHeading()).toHaveTextContent('Where the team stands')
  expect(slideHeading()).toHaveFocus()
  expect(position()).toHaveTextContent('2 / 11')
  expect(screen.getByRole('table', { name: 'Team scores by CALMS pillar, 0 to 100' })).toBeInTheDocument()

  await user.keyboard('{End}')
  expect(slideHeading()).toHaveTextContent('Try first')
  expect(slideHeading()).toHaveFocus()
  expect(position()).toHaveTextContent('11 / 11')
  const next = screen.getByRole('button', { name: 'Next' })
  expect(next).toHaveAttribute('aria-disabled', 'true')
  await user.keyboard('{ArrowRight}')
  await user.click(next)
  expect(position()).toHaveTextContent('11 / 11')
  expect(next).toHaveFocus()

  await user.keyboard('{ArrowLeft}')
  expect(slideHeading()).toHaveTextContent('Strengths and gaps')
  await user.keyboard('{Home}')
  expect(slideHeading()).toHaveTextContent('Payments retro')
  expect(slideHeading()).toHaveFocus()
})

test('Back and Next step one slide; Back does nothing on the first', async () => {
  const { user } = await openDeck()
  const back = screen.getByRole('button', { name: 'Back' })
  await user.click(back)
  expect(position()).toHaveTextContent('1 / 11')
  await user.click(screen.getByRole('button', { name: 'Next' }))
  expect(slideHeading()).toHaveTextContent('Where the team stands')
  expect(slideHeading()).toHaveFocus()
  await user.click(screen.getByRole('button', { name: 'Back' }))
  expect(slideHeading()).toHaveTextContent('Payments retro')
})

test('a disagreement slide shows a bar per option with its count, "Don\'t know" apart', async () => {
  const { user } = await openDeck()
  await user.keyboard('{ArrowRight}{ArrowRight}')
  expect(slideHeading()).toHaveTextContent('Where we disagree: 1 of 5')
  const slide = screen.getByRole('region', { name: 'Where we disagree: 1 of 5' })
  const question = QUESTION_BANK.questions.find((candidate) =>
    within(slide).queryByText(candidate.text, { selector: 'p' }),
  )
  if (question === undefined) throw new Error('the slide shows a question of the bank')
  // Levels 0, 4, 2, 4, 0, 1: two at the lowest option, one at the second, one in the middle, two at the top.
  expect(
    within(within(slide).getByRole('list', { name: 'Where we disagree: 1 of 5' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    `${question.options[0]}: 2`,
    `${question.options[1]}: 1`,
    `${question.options[2]}: 1`,
    `${question.options[3]}: 0`,
    `${question.options[4]}: 2`,
    "Don't know: 0",
    ...(question.allowNotApplicable ? ['Not applicable: 0'] : []),
  ])
})

test('Escape goes back to the team page', async () => {
  const { user } = await openDeck()
  await user.keyboard('{Escape}')
  expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument()
  expect(window.location.hash).toBe('#/team')
})

test("a note becomes an experiment of the team plan; keys in the notes are the text's, and the note is kept", async () => {
  const { user } = await openDeck()
  await user.keyboard('{ArrowRight}{ArrowRight}')
  const make = screen.getByRole('button', { name: 'Make it an experiment' })
  await user.click(make)
  expect(screen.getByRole('status')).toHaveTextContent('Write a note first')
  expect(storedTeamPlan()).toEqual([])

  const notes = screen.getByRole('textbox', { name: 'Notes' })
  await user.type(notes, 'Pair on the rota{ArrowLeft}{End}{Home}')
  expect(slideHeading()).toHaveTextContent('Where we disagree: 1 of 5')
  await user.keyboard('{Escape}')
  expect(notes).not.toHaveFocus()
  expect(window.location.hash).toBe('#/team/present')

  await user.click(make)
  expect(screen.getByRole('status')).toHaveTextContent('Added to the team plan: Pair on the rota')
  const [added] = storedTeamPlan()
  expect(added).toMatchObject({ what: 'Pair on the rota', status: 'planned', signal: { kind: 'questions' } })
  // The plan's first experiment keeps today's round as its baseline, as on the team page.
  const rounds = JSON.parse(localStorage.getItem('calms-radar:team-snapshots') ?? 'null') as {
    state: { snapshots: { id: string; label: string }[] }
  }
  expect(rounds.state.snapshots.map((round) => round.label)).toEqual(['Plan made'])
  const plans = JSON.parse(localStorage.getItem('calms-radar:plans') ?? 'null') as {
    state: { team: { plan: { baselineSnapshotId?: string } } }
  }
  expect(plans.state.team.plan.baselineSnapshotId).toBe(rounds.state.snapshots[0]?.id)

  // Out to the team page and back in the same tab: the note is still there.
  await user.click(screen.getByRole('link', { name: 'Exit present mode' }))
  await user.click(await screen.findByRole('link', { name: 'Present' }))
  await screen.findByRole('heading', { level: 1, name: 'Payments retro' })
  await user.keyboard('{ArrowRight}{ArrowRight}')
  expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('Pair on the rota')
})

test('with the plan at its WIP limit, making an experiment is refused and says why', async () => {
  localStorage.setItem(
    'calms-radar:plans',
    JSON.stringify({
      version: 1,
      state: {
        selfCheck: { targets: {}, plan: { experiments: [] } },
        team: { targets: {}, plan: { experiments: [planned('a'), planned('b'), planned('c')] } },
      },
    }),
  )
  const { user } = await openDeck()
  await user.keyboard('{ArrowRight}{ArrowRight}')
  await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'One more')
  await user.click(screen.getByRole('button', { name: 'Make it an experiment' }))
  expect(screen.getByRole('status')).toHaveTextContent(WIP_LIMIT_MESSAGE)
  expect(storedTeamPlan()).toHaveLength(3)
})

test('no alias on any slide', async () => {
  const { user } = await openDeck()
  for (let slide = 1; slide <= 11; slide += 1) {
    await waitFor(() => expect(position()).toHaveTextContent(`${slide} / 11`))
    for (const alias of ALIASES) expect(document.body).not.toHaveTextContent(alias)
    await user.keyboard('{ArrowRight}')
  }
})

test('with nobody to present, one slide says so and leads to the team page', async () => {
  await renderApp('#/team/present')
  expect(await screen.findByRole('heading', { level: 1, name: 'Nothing to present yet' })).toHaveFocus()
  expect(screen.getByRole('link', { name: 'Go to the team page' })).toHaveAttribute('href', '#/team')
  expect(position()).toHaveTextContent('1 / 1')
})

test('"Try first" steps can be picked into the team plan from the slide', async () => {
  const { user } = await openDeck()
  await user.keyboard('{End}')
  expect(slideHeading()).toHaveTextContent('Try first')
  const [first] = screen.getAllByRole('button', { name: 'Add to plan' })
  if (first === undefined) throw new Error('the slide offers a step')
  const steps = screen.getAllByRole('listitem').length
  await user.click(first)
  expect(screen.getByRole('status')).toHaveTextContent('Added to the team plan:')
  expect(screen.getAllByText('In the plan')).toHaveLength(1)
  expect(screen.getAllByRole('button', { name: 'Add to plan' })).toHaveLength(steps - 1)
  expect(storedTeamPlan()).toHaveLength(1)
})

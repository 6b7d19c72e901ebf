import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import {
  coachPerson,
  everywhere,
  teamFileText,
  type TeamRoundFixture,
} from '../../test-support/coach-fixture.ts'
import { renderApp } from '../../test-support/render-app.tsx'

const round = (teamId: string, name: string, date: string, level: 3 | 4): TeamRoundFixture => ({
  teamId: `${teamId}-team-id`,
  name,
  date,
  people: [1, 2, 3].map(() => coachPerson({ pillars: everywhere(level) })),
})

const fileOf = (fixture: TeamRoundFixture, name = `${fixture.name}.json`) =>
  new File([teamFileText(fixture)], name, { type: 'application/json' })

test('files added on the page become radars in alphabetical order; a later round and a refused file are said', async () => {
  const { user } = await renderApp('#/coach')
  expect(await screen.findByRole('heading', { level: 1, name: 'Coach' })).toBeInTheDocument()
  const input = screen.getByLabelText('Add team files')
  await user.upload(input, [
    fileOf(round('zeta', 'Zephyr', '2026-11-02', 3)),
    fileOf(round('alpha', 'apollo', '2026-11-02', 4)),
    fileOf(round('mid', 'Mercury', '2026-11-02', 3)),
  ])

  const radars = await screen.findByRole('list', { name: 'Team radars' })
  expect(
    within(radars)
      .getAllByRole('heading')
      .map((heading) => heading.textContent),
  ).toEqual(['apollo', 'Mercury', 'Zephyr'])

  await user.upload(input, [
    fileOf(round('mid', 'Mercury', '2026-12-01', 4), 'mercury-december.json'),
    new File(['{"format":"calms-radar-team"}'], 'broken.json', { type: 'application/json' }),
  ])
  expect(await within(screen.getByRole('alert')).findByText(/broken\.json/)).toBeVisible()
  expect(
    await within(screen.getByRole('listitem', { name: 'Mercury' })).findByText(/2 rounds, 3 people/),
  ).toBeVisible()
  expect(screen.getByText(/mercury-december\.json/)).toBeVisible()

  const zephyr = screen.getByRole('listitem', { name: 'Zephyr' })
  await user.click(within(zephyr).getByRole('button', { name: 'Remove Zephyr' }))
  // Waited for, not watched: the radar may be gone before a watch could start.
  await waitFor(() => expect(zephyr).not.toBeInTheDocument())
  expect(document.body).not.toHaveTextContent(/\b(best|worst|top|bottom|rank\w*|leader\w*)\b/i)
})

import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { Response } from '../../domain/formats/response.ts'
import { captureDownloads } from '../../test-support/capture-downloads.ts'
import { renderApp } from '../../test-support/render-app.tsx'

const today = new Date().toISOString().slice(0, 10)

const person = (level: 0 | 1 | 2 | 3 | 4, second: number, alias: string): Response => ({
  bankVersion: 1,
  answers: { 'culture-dev-on-call': level },
  dora: {},
  createdAt: `2026-11-20T09:00:0${second}Z`,
  alias,
})

function saveTeam(sessionName: string, responses: Response[]) {
  localStorage.setItem('calms-radar:team', JSON.stringify({ version: 1, state: { sessionName, responses } }))
}

async function openSection() {
  const view = await renderApp('#/team')
  const region = await screen.findByRole('region', { name: 'Across teams' })
  return { ...view, region }
}

test('the team file carries the pseudonym instead of the session name, and no alias', async () => {
  saveTeam('Payments retro', [person(1, 1, 'Ana'), person(3, 2, 'Bo')])
  const files = captureDownloads()
  const { user, region } = await openSection()
  await user.type(within(region).getByLabelText('Team pseudonym'), 'Team Kite')
  await user.click(within(region).getByRole('button', { name: 'Download team file' }))

  expect(files[0]?.name).toBe(`calms-radar-team-${today}.json`)
  const text = (await files[0]?.text()) ?? ''
  const file = JSON.parse(text) as { format: string; name: string; teamId: string; responses: string[] }
  expect(file).toMatchObject({ format: 'calms-radar-team', name: 'Team Kite' })
  expect(file.responses).toHaveLength(2)
  expect(text).not.toMatch(/Ana|Bo\b|Payments retro/)

  // The same team's next file keeps its id, so the coach reads it as the team's next round.
  await user.click(within(region).getByRole('button', { name: 'Download team file' }))
  const again = JSON.parse((await files[1]?.text()) ?? '{}') as { teamId: string }
  expect(again.teamId).toBe(file.teamId)
})

test('without a session name or pseudonym there is nothing to tell the team by: the download waits for one', async () => {
  saveTeam('', [person(2, 1, 'Ana')])
  const { user, region } = await openSection()
  const button = within(region).getByRole('button', { name: 'Download team file' })
  expect(button).toBeDisabled()
  expect(button).toHaveAccessibleDescription(/Name the session or give a pseudonym first/)
  await user.type(within(region).getByLabelText('Team pseudonym'), 'Team Kite')
  expect(button).toBeEnabled()
})

test('with no responses yet, the section only leads to the coach’s view', async () => {
  const { region } = await openSection()
  expect(within(region).queryByLabelText('Team pseudonym')).not.toBeInTheDocument()
  expect(within(region).getByRole('link', { name: 'Open the coach’s view' })).toHaveAttribute(
    'href',
    '#/coach',
  )
})

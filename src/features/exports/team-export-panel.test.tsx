import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { Response } from '../../domain/formats/response.ts'
import { renderApp } from '../../test-support/render-app.tsx'
import { captureDownloads } from '../../test-support/capture-downloads.ts'
import { FULL_CHECK_ITEMS } from '../../test-support/bank-counts.ts'

const today = new Date().toISOString().slice(0, 10)
const HYPERLINK = '=HYPERLINK("http://evil.example","x")'

function saveTeam(sessionName: string, responses: Response[]) {
  localStorage.setItem('calms-radar:team', JSON.stringify({ version: 1, state: { sessionName, responses } }))
}

const person = (level: 0 | 1 | 2 | 3 | 4, second: number, extra: Partial<Response> = {}): Response => ({
  bankVersion: 1,
  answers: { 'culture-dev-on-call': level },
  dora: {},
  createdAt: `2026-11-20T09:00:0${second}Z`,
  ...extra,
})

async function openTeamExports() {
  saveTeam('Payments | retro', [
    person(1, 1, { alias: HYPERLINK, role: 'developer' }),
    person(3, 2, { alias: '*Ana*' }),
    person(4, 3),
  ])
  const view = await renderApp('#/team')
  const region = await screen.findByRole('region', { name: 'Export the team view' })
  return { ...view, region }
}

test('the answers CSV lists everyone, with a formula in an alias written as text', async () => {
  const files = captureDownloads()
  const { user, region } = await openTeamExports()
  await user.click(within(region).getByRole('button', { name: 'Download answers CSV' }))
  expect(files[0]?.name).toBe(`calms-radar-team-payments-retro-${today}-answers.csv`)
  const lines = (await files[0]?.text())?.split('\r\n') ?? []
  // The responses were shared with bank v1 and are read as today's bank asks: 3 people x (every question and DORA
  // outcome), the header and the final line break.
  expect(lines).toHaveLength(1 + 3 * FULL_CHECK_ITEMS + 1)
  expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)",Developer,Culture,/)
  expect(lines[37]).toMatch(/^\*Ana\*,,Culture,/)
  expect(lines[73]).toMatch(/^Respondent 3,,Culture,.*,4,.*,100,3,0\.1\.0$/)
})

test('the summary CSV has the median, min and max per pillar', async () => {
  const files = captureDownloads()
  const { user, region } = await openTeamExports()
  await user.click(within(region).getByRole('button', { name: 'Download summary CSV' }))
  const lines = (await files[0]?.text())?.split('\r\n') ?? []
  expect(lines[0]).toBe('pillar,median,respondents,min,max,answered,dont_know,bank_version,app_version')
  // On call 1, 3 and 4 in bank v1; bank v3 moves 1 to 2 ("nobody is alerted" is its new level 0): 50, 75, 100.
  expect(lines[1]).toBe('Culture,75,3,50,100,3,0,3,0.1.0')
})

test('the Markdown summary escapes the session name and aliases', async () => {
  const files = captureDownloads()
  const { user, region } = await openTeamExports()
  await user.click(within(region).getByRole('button', { name: 'Download Markdown summary' }))
  const markdown = (await files[0]?.text()) ?? ''
  expect(markdown).toMatch(/^# CALMS Radar team summary: Payments \\\| retro\n/)
  expect(markdown).toContain(
    '- Respondents: 3 (=HYPERLINK("http://evil.example","x"), \\*Ana\\*, Respondent 3)',
  )
  expect(markdown).toContain('| Culture | 3 | 75 | 50 | 100 |')
  expect(region).toHaveTextContent(
    'The Markdown summary leaves out the spread below three responses, as this page does.',
  )
})

test('without responses only the backup is offered; the print line names the session', async () => {
  saveTeam('Payments retro', [])
  await renderApp('#/team')
  expect(await screen.findByRole('region', { name: 'Back up or move your data' })).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'Export the team view' })).not.toBeInTheDocument()
  const header = screen.getByText('CALMS Radar team report').closest('p')
  expect(header).toHaveClass('print-only')
  expect(header).toHaveTextContent(/^CALMS Radar team report · session “Payments retro” · printed /)
})

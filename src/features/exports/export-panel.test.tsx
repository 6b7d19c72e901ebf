import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { BANK_VERSION, QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { renderApp } from '../../test-support/render-app.tsx'
import { captureDownloads } from '../../test-support/capture-downloads.ts'
import { FULL_CHECK_ITEMS } from '../../test-support/bank-counts.ts'

const culture = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')
const today = new Date().toISOString().slice(0, 10)

function saveAnswers(answers: Record<string, number | string>, dora: Record<string, string> = {}) {
  const answeredAt = Object.fromEntries(Object.keys(answers).map((id) => [id, 1000]))
  localStorage.setItem(
    'calms-radar:self-check',
    JSON.stringify({
      version: 2,
      state: { bankVersion: BANK_VERSION, answers, dora, answeredAt, lastStep: 6, resetAt: 0 },
    }),
  )
}

async function openExports() {
  // Every culture question at level 3 (75): Culture scores 75.
  saveAnswers(Object.fromEntries(culture.map((question) => [question.id, 3])), { leadTime: 'lt-1d-1w' })
  const view = await renderApp('#/results')
  const region = await screen.findByRole('region', { name: 'Export your results' })
  return { ...view, region }
}

test('the CSV downloads hold one row per question for "You", and the pillar summary, with both versions', async () => {
  const files = captureDownloads()
  const { user, region } = await openExports()
  await user.click(within(region).getByRole('button', { name: 'Download answers CSV' }))
  await user.click(within(region).getByRole('button', { name: 'Download summary CSV' }))

  expect(files.map((file) => [file.name, file.type])).toEqual([
    [`calms-radar-self-check-${today}-answers.csv`, 'text/csv;charset=utf-8'],
    [`calms-radar-self-check-${today}-summary.csv`, 'text/csv;charset=utf-8'],
  ])
  const answers = (await files[0]?.text())?.split('\r\n') ?? []
  // A UTF-8 byte order mark first, so Excel reads names outside ASCII right.
  expect([...((await files[0]?.bytes()) ?? []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(answers[0]).toBe(
    'respondent,role,pillar,practice,question_id,question_text,answer,answer_text,score,bank_version,app_version',
  )
  expect(answers[1]).toMatch(
    /^You,,Culture,Shared ownership \(developers on call\),culture-dev-on-call,.*,3,.*,75,/,
  )
  expect(answers[1]).toMatch(new RegExp(`,${BANK_VERSION},0\\.1\\.0$`))
  // The header, every question and DORA outcome, then the final line break.
  expect(answers).toHaveLength(1 + FULL_CHECK_ITEMS + 1)
  const summary = (await files[1]?.text())?.split('\r\n') ?? []
  expect(summary[1]).toBe(`Culture,75,1,75,75,${culture.length},0,${BANK_VERSION},0.1.0`)
  expect(within(region).getByRole('status')).toHaveTextContent(
    `Saved calms-radar-self-check-${today}-summary.csv.`,
  )
})

test('the Markdown summary can be downloaded and copied, and names the versions', async () => {
  const files = captureDownloads()
  const { user, region } = await openExports()
  await user.click(within(region).getByRole('button', { name: 'Download Markdown summary' }))
  const markdown = (await files[0]?.text()) ?? ''
  expect(files[0]?.name).toBe(`calms-radar-self-check-${today}.md`)
  expect(markdown).toMatch(/^# CALMS Radar self-check\n/)
  expect(markdown).toContain(`- Question bank version: ${BANK_VERSION}\n- App version: CALMS Radar 0.1.0`)
  expect(markdown).toContain('| Culture | 75 | 6 / 6 | 0 | 0 |')

  await user.click(within(region).getByRole('button', { name: 'Copy Markdown summary' }))
  // The same text, apart from the minute it was made.
  const withoutTime = (text: string) => text.replace(/- Exported: .*\n/, '')
  expect(withoutTime(await navigator.clipboard.readText())).toBe(withoutTime(markdown))
  expect(within(region).getByRole('status')).toHaveTextContent('Markdown summary copied')
})

test('"Print report" opens the print dialog, and only paper shows the report line', async () => {
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
  const { user, region } = await openExports()
  await user.click(within(region).getByRole('button', { name: 'Print report' }))
  expect(print).toHaveBeenCalledOnce()
  print.mockRestore()
  const header = screen.getByText('CALMS Radar self-check report').closest('p')
  expect(header).toHaveClass('print-only')
  expect(header).toHaveTextContent(
    new RegExp(`printed .* · question bank version ${BANK_VERSION} · CALMS Radar 0\\.1\\.0$`),
  )
})

test('the chart downloads as a standalone SVG with its name and the versions under it', async () => {
  const files = captureDownloads()
  const { user, region } = await openExports()
  await user.click(within(region).getByRole('button', { name: 'Download chart SVG' }))
  expect(files[0]?.name).toBe(`calms-radar-self-check-${today}-radar.svg`)
  expect(files[0]?.type).toBe('image/svg+xml')
  const svg = (await files[0]?.text()) ?? ''
  expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  expect(svg).toContain('<title>CALMS pillar scores, 0 to 100: Culture 75,')
  expect(svg).toContain(`CALMS Radar 0.1.0 · question bank version ${BANK_VERSION} · ${today}</text>`)
  expect(svg).not.toContain('style=')
})

test('with nothing answered only the backup is offered', async () => {
  await renderApp('#/results')
  expect(await screen.findByRole('region', { name: 'Back up or move your data' })).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'Export your results' })).not.toBeInTheDocument()
})

test('one button per file format, in the order of the list of formats, then print and the chart images', async () => {
  const { region } = await openExports()
  // Not comparing with a snapshot, so no comparison CSV.
  expect(
    within(region)
      .getAllByRole('button')
      .map((button) => button.textContent),
  ).toEqual([
    'Download answers CSV',
    'Download summary CSV',
    'Download Markdown summary',
    'Copy Markdown summary',
    'Print report',
    'Download chart SVG',
    'Download chart PNG',
  ])
})

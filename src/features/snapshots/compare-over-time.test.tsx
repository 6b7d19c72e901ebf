import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { PRACTICE_CATALOGUE } from '../../domain/bank/practices.ts'
import { BANK_VERSION, QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { renderApp } from '../../test-support/render-app.tsx'
import { captureDownloads } from '../../test-support/capture-downloads.ts'

const culture = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')

/** Every Culture question answered at level 2 (50), nothing else. */
function saveCultureAtLevel2() {
  const answers = Object.fromEntries(culture.map((question) => [question.id, 2]))
  const answeredAt = Object.fromEntries(culture.map((question) => [question.id, 1000]))
  localStorage.setItem(
    'calms-radar:self-check',
    JSON.stringify({
      version: 2,
      state: { bankVersion: BANK_VERSION, answers, dora: {}, answeredAt, lastStep: 6, resetAt: 0 },
    }),
  )
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const cellsOf = (table: HTMLElement, label: RegExp) =>
  within(within(table).getByRole('row', { name: label }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

test('a saved snapshot is compared with changed answers in the radar and the table, by pillar and by practice', async () => {
  const [first] = culture
  if (!first) throw new Error('no culture question')
  saveCultureAtLevel2()
  const { user } = await renderApp('#/results')

  await user.type(await screen.findByRole('textbox', { name: 'Snapshot name' }), '  Baseline ')
  await user.click(screen.getByRole('button', { name: 'Save snapshot' }))
  expect(screen.getByText(/^Snapshot "\d{4}-\d\d-\d\d Baseline" saved\./)).toBeInTheDocument()
  expect(screen.getByRole('textbox', { name: 'Snapshot name' })).toHaveValue('')

  // The first Culture question goes from level 2 to level 4: Culture (100 + 5 x 50) / 6 = 58.33, shown 58.
  await user.click(screen.getByRole('link', { name: 'Edit Culture answers' }))
  const group = await screen.findByRole('radiogroup', { name: `1. ${first.text}` })
  await user.click(within(group).getByRole('radio', { name: first.options[4] }))
  await user.click(screen.getByRole('link', { name: 'Results' }))

  const compareWith = await screen.findByRole('combobox', { name: 'Compare with' })
  expect(
    within(compareWith)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Nothing', expect.stringMatching(/^\d{4}-\d\d-\d\d Baseline$/)])
  expect(screen.queryByRole('columnheader', { name: 'Change' })).not.toBeInTheDocument()
  await user.selectOptions(compareWith, within(compareWith).getByRole('option', { name: /Baseline$/ }))

  const table = screen.getByRole('table', { name: 'Scores by CALMS pillar' })
  expect(within(table).getByRole('columnheader', { name: 'Change' })).toBeInTheDocument()
  // Score now, score then, change (58.33 - 50 = 8.33, shown +8), answered / asked, don't know, not applicable.
  expect(cellsOf(table, /Culture/)).toEqual(['58', '50', '+8', '6 / 6', '0', '0'])
  // No score on either side is never a change from or to 0.
  expect(cellsOf(table, /Automation/)).toEqual([
    'not enough answers',
    'not enough answers',
    '-',
    '0 / 8',
    '0',
    '0',
  ])
  expect(
    screen.getByRole('img', {
      name: /^CALMS pillar scores, 0 to 100: Culture 58, .*, compared with \d{4}-\d\d-\d\d Baseline: Culture 50, Automation not enough answers/,
    }),
  ).toBeInTheDocument()
  // The DORA section names the baseline's verdict below today's: neither side answered DORA.
  expect(screen.getByRole('region', { name: 'Delivery outcomes (DORA)' })).toHaveTextContent(
    /In \d{4}-\d\d-\d\d Baseline: no overall cluster \(no throughput or stability metric answered\)\./,
  )

  // Shared ownership is the changed question alone: 100 against 50, +50.
  await user.click(screen.getByRole('button', { name: 'By practice' }))
  const practices = screen.getByRole('table', { name: 'Scores by lesson practice' })
  expect(
    cellsOf(practices, new RegExp(escape(PRACTICE_CATALOGUE['shared-ownership'].label))).slice(0, 3),
  ).toEqual(['100', '50', '+50'])
  expect(
    screen.getByRole('img', { name: /^Scores by lesson practice.*, compared with / }),
  ).toBeInTheDocument()
})

test('deleting a snapshot asks first, and Cancel keeps it', async () => {
  saveCultureAtLevel2()
  const { user } = await renderApp('#/results')
  await user.type(await screen.findByRole('textbox', { name: 'Snapshot name' }), 'Kickoff')
  await user.click(screen.getByRole('button', { name: 'Save snapshot' }))
  const compareWith = screen.getByRole('combobox', { name: 'Compare with' })
  await user.selectOptions(compareWith, within(compareWith).getByRole('option', { name: /Kickoff$/ }))

  await user.click(screen.getByRole('button', { name: 'Delete snapshot' }))
  const question = screen.getByRole('group', { name: /^Delete the snapshot "\d{4}-\d\d-\d\d Kickoff"\?/ })
  await user.click(within(question).getByRole('button', { name: 'Cancel' }))
  expect(within(compareWith).getByRole('option', { name: /Kickoff$/ })).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Delete snapshot' }))
  await user.click(screen.getByRole('button', { name: 'Delete' }))
  expect(screen.queryByRole('combobox', { name: 'Compare with' })).not.toBeInTheDocument()
  expect(screen.queryByRole('columnheader', { name: 'Change' })).not.toBeInTheDocument()
  expect(screen.getByRole('textbox', { name: 'Snapshot name' })).toHaveFocus()
  expect(JSON.parse(localStorage.getItem('calms-radar:snapshots') ?? '')).toEqual({
    state: { snapshots: [] },
    version: 2,
  })
})

test('an empty snapshot name is refused with the reason', async () => {
  saveCultureAtLevel2()
  const { user } = await renderApp('#/results')
  await user.type(await screen.findByRole('textbox', { name: 'Snapshot name' }), '   ')
  await user.click(screen.getByRole('button', { name: 'Save snapshot' }))
  expect(screen.getByRole('alert')).toHaveTextContent('Snapshot name: must not be empty')
  expect(screen.getByRole('textbox', { name: 'Snapshot name' })).toHaveAttribute('aria-invalid', 'true')
  expect(screen.queryByRole('combobox', { name: 'Compare with' })).not.toBeInTheDocument()
})

test('while a comparison is shown, the Markdown and a comparison CSV carry it; without one, neither does', async () => {
  const [first] = culture
  if (!first) throw new Error('no culture question')
  const files = captureDownloads()
  saveCultureAtLevel2()
  const { user } = await renderApp('#/results')
  await user.type(await screen.findByRole('textbox', { name: 'Snapshot name' }), 'Kickoff')
  await user.click(screen.getByRole('button', { name: 'Save snapshot' }))
  const exports = screen.getByRole('region', { name: 'Export your results' })
  expect(within(exports).queryByRole('button', { name: 'Download comparison CSV' })).not.toBeInTheDocument()

  // The first Culture question from level 2 to 4: Culture 50 -> 58.33 (+8), shared ownership 50 -> 100 (+50).
  await user.click(screen.getByRole('link', { name: 'Edit Culture answers' }))
  const group = await screen.findByRole('radiogroup', { name: `1. ${first.text}` })
  await user.click(within(group).getByRole('radio', { name: first.options[4] }))
  await user.click(screen.getByRole('link', { name: 'Results' }))
  const compareWith = await screen.findByRole('combobox', { name: 'Compare with' })
  await user.selectOptions(compareWith, within(compareWith).getByRole('option', { name: /Kickoff$/ }))

  const region = screen.getByRole('region', { name: 'Export your results' })
  await user.click(within(region).getByRole('button', { name: 'Download Markdown summary' }))
  await user.click(within(region).getByRole('button', { name: 'Download comparison CSV' }))
  const [markdown, csv] = files
  const markdownText = (await markdown?.text()) ?? ''
  expect(markdownText).toMatch(/## Compared with Kickoff, taken \d{4}-\d\d-\d\d\n/)
  expect(markdownText).toContain('| Culture | 50 | 58 | +8 |')
  expect(markdownText).toContain(`| ${PRACTICE_CATALOGUE['shared-ownership'].label} | 50 | 100 | +50 |`)
  expect(csv?.name).toMatch(/^calms-radar-self-check-\d{4}-\d\d-\d\d-comparison\.csv$/)
  const rows = ((await csv?.text()) ?? '').split('\r\n')
  expect(rows[0]).toBe(
    'kind,name,baseline,baseline_taken_at,baseline_score,score,change,bank_version,app_version',
  )
  // 58.33 with one decimal: 58.3, and the change 8.3.
  expect(rows[1]).toMatch(/^pillar,Culture,Kickoff,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,50,58\.3,8\.3,/)
  expect(rows[1]?.split(',')[7]).toBe(String(BANK_VERSION))

  await user.selectOptions(compareWith, within(compareWith).getByRole('option', { name: 'Nothing' }))
  expect(within(region).queryByRole('button', { name: 'Download comparison CSV' })).not.toBeInTheDocument()
})

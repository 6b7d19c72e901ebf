import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { BANK_VERSION, QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { WIP_LIMIT_MESSAGE } from '../../domain/plan/action-plan.ts'
import { renderApp } from '../../test-support/render-app.tsx'
import { captureDownloads } from '../../test-support/capture-downloads.ts'

/** Every question of the bank answered at `level`, nothing about DORA. */
function saveAllAt(level: number) {
  const answers = Object.fromEntries(QUESTION_BANK.questions.map((question) => [question.id, level]))
  const answeredAt = Object.fromEntries(QUESTION_BANK.questions.map((question) => [question.id, 1000]))
  localStorage.setItem(
    'calms-radar:self-check',
    JSON.stringify({
      version: 3,
      state: {
        bankVersion: BANK_VERSION,
        answers,
        dora: {},
        answeredAt,
        lastStep: 6,
        resetAt: 0,
        setAside: [],
        setAsideAcknowledged: 0,
      },
    }),
  )
}

const cellsOf = (table: HTMLElement, label: RegExp) =>
  within(within(table).getByRole('row', { name: label }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

test('targets: a field that is not a step of 5 is refused with the reason; saved targets add columns and a list', async () => {
  saveAllAt(1)
  const { user } = await renderApp('#/results')
  await user.click(await screen.findByRole('button', { name: 'Set targets' }))
  expect(await screen.findByRole('textbox', { name: 'Culture target' })).toHaveFocus()
  await user.type(screen.getByRole('textbox', { name: 'Culture target' }), '75')
  await user.type(screen.getByRole('textbox', { name: 'Lean target' }), '33')
  await user.click(screen.getByRole('button', { name: 'Save targets' }))
  const lean = screen.getByRole('textbox', { name: 'Lean target' })
  expect(lean).toHaveAttribute('aria-invalid', 'true')
  expect(lean).toHaveAccessibleDescription(
    'Enter a whole number from 0 to 100 in steps of 5, or leave it blank for no target.',
  )
  await user.clear(lean)
  await user.type(lean, '40')
  await user.click(screen.getByRole('button', { name: 'Save targets' }))
  expect(screen.getByRole('button', { name: 'Set targets' })).toHaveFocus()
  expect(screen.getByText('Targets saved.')).toBeInTheDocument()

  // Every answer at level 1: every pillar scores 25. Culture: target 75, gap 50; Lean: 40, gap 15; the rest none.
  const table = screen.getByRole('table', { name: 'Scores by CALMS pillar' })
  expect(within(table).getByRole('columnheader', { name: 'Target' })).toBeInTheDocument()
  expect(cellsOf(table, /Culture/).slice(0, 3)).toEqual(['25', '75', '50'])
  expect(cellsOf(table, /Lean/).slice(0, 3)).toEqual(['25', '40', '15'])
  expect(cellsOf(table, /Automation/).slice(0, 3)).toEqual(['25', '-', '-'])
  const list = screen.getByRole('heading', { name: 'Largest gaps to target' }).nextElementSibling
  if (!(list instanceof HTMLElement)) throw new Error('no list after the heading')
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['Culture: 50 below the target of 75 (now 25)', 'Lean: 15 below the target of 40 (now 25)'])
  expect(screen.getByRole('img', { name: /targets: Culture 75, Lean 40$/ })).toBeInTheDocument()
})

test('the plan: three experiments go in, a fourth is refused with why and how; the Markdown is a checklist', async () => {
  saveAllAt(1)
  const files = captureDownloads()
  const { user } = await renderApp('#/results')
  const steps = await screen.findByRole('region', { name: 'Try first' })
  const section = screen.getByRole('region', { name: 'Action plan' })
  // A step in the plan says so instead of offering itself again: the first button left is the next step's.
  const add = () => within(steps).getAllByRole('button', { name: 'Add to plan' })
  await user.click(add()[0] as HTMLElement)
  await user.click(add()[0] as HTMLElement)
  await user.click(add()[0] as HTMLElement)
  expect(within(section).getByRole('heading', { name: 'Experiments (3)' })).toBeInTheDocument()
  expect(section).toHaveTextContent('now 3 of 3')
  const tryFirst = within(steps).getByRole('list', { name: 'Try first' })
  expect(within(tryFirst).getAllByText('In the plan')).toHaveLength(3)
  await user.click(add()[0] as HTMLElement)
  expect(within(steps).getByRole('alert')).toHaveTextContent(WIP_LIMIT_MESSAGE)
  expect(within(section).getByRole('heading', { name: 'Experiments (3)' })).toBeInTheDocument()

  // Making the plan kept a baseline snapshot to re-check against.
  expect(await screen.findByRole('option', { name: /Plan made$/ })).toBeInTheDocument()

  await user.click(within(section).getByRole('button', { name: 'Download plan (Markdown)' }))
  const text = (await files[0]?.text()) ?? ''
  expect(text.split('\n').filter((line) => line.startsWith('- [ ] '))).toHaveLength(3)

  // Done makes room: the fourth goes in.
  const [first] = within(section).getAllByRole('article')
  if (!first) throw new Error('no experiment')
  await user.type(within(first).getByRole('textbox', { name: 'What we learned' }), 'Pairing helped')
  await user.click(within(first).getByRole('button', { name: 'Mark done' }))
  expect(within(first).getByText('Pairing helped')).toBeInTheDocument()
  await user.click(add()[0] as HTMLElement)
  expect(within(section).getByRole('heading', { name: 'Experiments (4)' })).toBeInTheDocument()
})

test('an experiment is edited in a form: an empty text is refused; a new owner, practice and DORA signal are kept', async () => {
  saveAllAt(2)
  const { user } = await renderApp('#/results')
  const steps = await screen.findByRole('region', { name: 'Try first' })
  const section = screen.getByRole('region', { name: 'Action plan' })
  await user.click(within(steps).getAllByRole('button', { name: 'Add to plan' })[0] as HTMLElement)
  const [card] = within(section).getAllByRole('article')
  if (!card) throw new Error('no experiment')
  await user.click(within(card).getByRole('button', { name: 'Edit experiment' }))
  const what = within(card).getByRole('textbox', { name: 'What to try' })
  await user.clear(what)
  await user.click(within(card).getByRole('button', { name: 'Save changes' }))
  expect(what).toHaveAttribute('aria-invalid', 'true')
  await user.type(what, 'Pair on the pager for a month')
  await user.type(within(card).getByRole('textbox', { name: 'Owner (optional)' }), 'Ana')
  // The first step is shared ownership's, its signal the on-call question.
  const practice = within(card).getByRole('combobox', { name: 'Practice' })
  expect(practice).toHaveDisplayValue('Shared ownership (developers on call)')
  await user.selectOptions(practice, 'Not only about speed')
  await user.selectOptions(within(card).getByRole('combobox', { name: 'Signal' }), 'Change failure rate')
  await user.click(within(card).getByRole('button', { name: 'Save changes' }))
  expect(within(section).getByRole('heading', { name: 'Pair on the pager for a month' })).toBeInTheDocument()
  expect(within(section).getByText('Ana')).toBeInTheDocument()
  expect(within(section).getByText(/^Not only about speed/)).toBeInTheDocument()
  expect(within(section).getByText('DORA: Change failure rate')).toBeInTheDocument()
})

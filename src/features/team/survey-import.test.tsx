import { screen, within } from '@testing-library/react'
import Papa from 'papaparse'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { renderApp } from '../../test-support/render-app.tsx'

const [onCall, ownership] = QUESTION_BANK.questions
if (onCall === undefined || ownership === undefined) throw new Error('the bank needs two questions')

const surveyFile = (rows: string[][]) => new File([Papa.unparse(rows)], 'survey.csv', { type: 'text/csv' })

async function openImport() {
  const view = await renderApp('#/team')
  const region = await screen.findByRole('region', { name: 'Import from a survey tool' })
  return { ...view, region }
}

test('columns are mapped for the person to check; bad cells are named; good rows join the team view', async () => {
  const { user, region } = await openImport()
  await user.upload(
    within(region).getByLabelText('Import survey CSV'),
    surveyFile([
      ['Timestamp', 'Name', onCall.text, 'Q2'],
      ['2025-01-31 09:30', 'Ana', onCall.options[3], '2'],
      ['2025-01-31 09:45', 'Bo', 'sometimes?', '5'],
    ]),
  )
  expect(within(region).getByRole('combobox', { name: 'Name' })).toHaveValue('alias')
  expect(within(region).getByRole('combobox', { name: onCall.text })).toHaveValue(`question:${onCall.id}`)
  // "Q2" names no question: the person maps it.
  const q2 = within(region).getByRole('combobox', { name: 'Q2' })
  expect(q2).toHaveValue('ignore')
  await user.selectOptions(q2, ownership.text)
  expect(q2).toHaveValue(`question:${ownership.id}`)

  expect(within(region).getByText('1 of 2 rows can be added.')).toBeInTheDocument()
  expect(
    within(region).getByText(`row 3, column "${onCall.text}": "sometimes?" is not one of the answers`),
  ).toBeInTheDocument()

  await user.click(within(region).getByRole('button', { name: 'Add 1 response to the team view' }))
  expect(within(region).getByRole('status')).toHaveTextContent(
    'Added 1 response from the survey file. 1 row with problems was left out.',
  )
  const list = screen.getByRole('table', { name: 'Responses in this team view' })
  expect(within(list).getByRole('rowheader', { name: 'Ana' })).toBeInTheDocument()
  expect(within(list).getByRole('cell', { name: '2025-01-31' })).toBeInTheDocument()
  expect(within(region).queryByRole('combobox', { name: 'Name' })).not.toBeInTheDocument()
})

test('switching numbers to levels 0 to 4 changes how digits are read', async () => {
  const { user, region } = await openImport()
  await user.upload(
    within(region).getByLabelText('Import survey CSV'),
    surveyFile([[onCall.id], ['4'], ['5']]),
  )
  const scale = within(region).getByLabelText('Numbers in answer cells mean')
  expect(scale).toHaveValue('options-1-5')
  expect(within(region).getByText('2 of 2 rows can be added.')).toBeInTheDocument()
  await user.selectOptions(scale, 'levels-0-4')
  expect(within(region).getByText('1 of 2 rows can be added.')).toBeInTheDocument()
  expect(
    within(region).getByText(
      `row 3, column "${onCall.id}": "5" is not one of the answers (numbers mean levels 0 to 4)`,
    ),
  ).toBeInTheDocument()
})

test('a file that is not a survey export is refused with the reason', async () => {
  const { user, region } = await openImport()
  await user.upload(within(region).getByLabelText('Import survey CSV'), surveyFile([['Name', 'Q1']]))
  expect(within(region).getByRole('alert')).toHaveTextContent(
    'This file cannot be read as a survey export: it has a header row but no rows of answers below it.',
  )
})

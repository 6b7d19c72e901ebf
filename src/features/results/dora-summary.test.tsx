import { render, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import type { DoraAnswers } from '../../domain/dora/dora-metrics.ts'
import { buildDoraReport } from '../../domain/dora/dora-report.ts'
import { buildSelfCheckReport } from '../../domain/scoring/self-check-report.ts'
import { DoraSummary } from './dora-summary.tsx'

function renderDora(dora: DoraAnswers, earlier?: { title: string; dora: DoraAnswers }) {
  render(
    <DoraSummary
      report={buildSelfCheckReport(QUESTION_BANK, {}, dora)}
      earlier={earlier && { title: earlier.title, outcomes: buildDoraReport(earlier.dora) }}
    />,
  )
  return screen.getByRole('region', { name: 'Delivery outcomes (DORA)' })
}

const tableIn = (section: HTMLElement) =>
  within(section).getByRole('table', { name: 'Each DORA metric against the 2024 clusters' })

const cellsOf = (table: HTMLElement, metric: string) =>
  within(within(table).getByRole('row', { name: new RegExp(`^${metric}`) }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

test('fast but unstable: the verdict sentence first, each metric where it sits, then the findings', () => {
  // On demand and under an hour are within Elite's values (throughput Elite); over 60% is worse than every 2024
  // value (stability Low).
  const section = renderDora({
    deploymentFrequency: 'df-on-demand',
    leadTime: 'lt-lt-1h',
    changeFailureRate: 'cfr-over-60',
    timeToRestore: 'ttr-lt-1h',
  })
  const verdict = within(section).getByText('DORA 2024 cluster: Low (throughput Elite, stability Low).')

  const table = tableIn(section)
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Metric', 'Your answer'])
  expect(cellsOf(table, 'Change failure rate')).toEqual(['Over 60%: worse than Low (40%)'])

  const findings = within(section).getByRole('heading', { level: 3, name: 'Speed and stability' })
  // In reading order: the verdict, the per-metric table, the findings.
  expect(verdict.compareDocumentPosition(table)).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
  expect(table.compareDocumentPosition(findings)).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
  expect(section).toHaveTextContent(
    'Fast but unstable: your throughput (deployment frequency and lead time for changes) reaches Elite, your stability ' +
      '(change failure rate and failed deployment recovery time) only Low (DORA 2024 clusters).',
  )
  expect(section).toHaveTextContent(
    'A change failure rate of over 60% is worse than the value of every DORA 2024 cluster, even Low (40%): on ' +
      'its own it makes your stability Low.',
  )
})

test('without a stability answer there is no overall cluster: the answered metrics alone, and what is missing', () => {
  const section = renderDora({ deploymentFrequency: 'df-on-demand', leadTime: 'lt-lt-1h' })
  expect(section).toHaveTextContent(
    'No overall cluster: answer at least one stability metric (change failure rate or failed deployment ' +
      'recovery time).',
  )
  const table = tableIn(section)
  expect(
    within(table)
      .getAllByRole('rowheader')
      .map((header) => header.textContent),
  ).toEqual(['Deployment frequency', 'Lead time for changes'])
  expect(within(section).queryByRole('heading', { name: 'Speed and stability' })).not.toBeInTheDocument()
})

test('with no DORA answer at all, only the sentence naming both halves and no table', () => {
  const section = renderDora({})
  expect(section).toHaveTextContent(
    'No overall cluster: answer at least one throughput metric (deployment frequency or lead time for changes) ' +
      'and one stability metric (change failure rate or failed deployment recovery time).',
  )
  expect(within(section).queryByRole('table')).not.toBeInTheDocument()
})

test("compared with a snapshot: its verdict below today's, and its answers in a column of its own", () => {
  // Today the review's (h), the High profile with 21-30%: High. The baseline had 31-45%: against High
  // (5 - 3) = 2 bands beyond, more than stability's one, so only Low's 40% fits: Low.
  const high = {
    deploymentFrequency: 'df-daily-weekly',
    leadTime: 'lt-1d-1w',
    changeFailureRate: 'cfr-21-30',
    timeToRestore: 'ttr-1h-1d',
  }
  const section = renderDora(high, {
    title: '2026-10-01 Kickoff',
    dora: { ...high, changeFailureRate: 'cfr-31-45' },
  })
  const now = within(section).getByText('DORA 2024 cluster: High (throughput High, stability High).')
  const then = within(section).getByText(
    'In 2026-10-01 Kickoff: DORA 2024 cluster: Low (throughput High, stability Low).',
  )
  expect(now.compareDocumentPosition(then)).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
  const table = tableIn(section)
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Metric', 'Your answer', '2026-10-01 Kickoff'])
  expect(cellsOf(table, 'Change failure rate')).toEqual([
    '21-30%: between High (20%) and Low (40%)',
    '31-45%: Low (40%)',
  ])
})

import { render, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import type { DoraAnswers } from '../../domain/dora/dora-metrics.ts'
import { buildSelfCheckReport } from '../../domain/scoring/self-check-report.ts'
import { DoraSummary } from './dora-summary.tsx'

function renderDora(dora: DoraAnswers) {
  render(<DoraSummary report={buildSelfCheckReport(QUESTION_BANK, {}, dora)} />)
  return screen.getByRole('region', { name: 'Delivery outcomes (DORA)' })
}

const cellsOf = (table: HTMLElement, metric: string) =>
  within(within(table).getByRole('row', { name: new RegExp(`^${metric}`) }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

test('fast but unstable: the verdict sentence first, each metric against 2024, then the finding', () => {
  // On demand and under an hour meet Elite (throughput Elite); over 60% meets no 2024 value (stability Low).
  const section = renderDora({
    deploymentFrequency: 'df-on-demand',
    leadTime: 'lt-lt-1h',
    changeFailureRate: 'cfr-over-60',
    timeToRestore: 'ttr-lt-1h',
  })
  const [verdict] = within(section).getAllByText(/Closest DORA|No overall cluster/)
  expect(verdict).toHaveTextContent('Closest DORA 2024 cluster: Low.')

  const table = within(section).getByRole('table', { name: 'Each DORA metric against the 2024 clusters' })
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Metric', 'Your answer', 'Meets the 2024 value of'])
  expect(cellsOf(table, 'Deployment frequency')).toEqual([
    'On demand (multiple deploys per day)',
    'Elite (on demand), the best cluster',
  ])
  expect(cellsOf(table, 'Change failure rate')).toEqual(['Over 60%', 'none: worse than Low (40%)'])
  expect(cellsOf(table, 'Failed deployment recovery time')).toEqual([
    'Less than one hour',
    'Elite (less than one hour), the best cluster',
  ])

  const finding = within(section).getByRole('heading', { level: 3, name: 'Speed and stability' })
  // In reading order: the verdict, the per-metric table, the finding.
  expect(verdict?.compareDocumentPosition(table)).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
  expect(table.compareDocumentPosition(finding)).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
  expect(section).toHaveTextContent(
    'Fast but unstable: your throughput (deployment frequency and lead time for changes) reaches Elite, your stability ' +
      '(change failure rate and failed deployment recovery time) only Low (DORA 2024 clusters). ' +
      "DORA's research finds that speed and stability go together; they are not a trade-off",
  )
})

test('daily-weekly, 1h-1d, 46-60%, 1d-1w is Low as well, and named fast but unstable', () => {
  // Throughput High (daily-weekly meets High, not Elite); 46-60% is worse than 2024 Low's 40%: stability Low.
  const section = renderDora({
    deploymentFrequency: 'df-daily-weekly',
    leadTime: 'lt-1h-1d',
    changeFailureRate: 'cfr-46-60',
    timeToRestore: 'ttr-1d-1w',
  })
  expect(section).toHaveTextContent('Closest DORA 2024 cluster: Low.')
  const table = within(section).getByRole('table', { name: 'Each DORA metric against the 2024 clusters' })
  expect(cellsOf(table, 'Deployment frequency')).toEqual([
    'Between once per day and once per week',
    'High (between once per day and once per week); Elite is on demand',
  ])
  expect(section).toHaveTextContent(/Fast but unstable: your throughput .* reaches High, .* only Low/)
})

test('the 2024 High profile is High, with no speed and stability finding', () => {
  const section = renderDora({
    deploymentFrequency: 'df-daily-weekly',
    leadTime: 'lt-1d-1w',
    changeFailureRate: 'cfr-16-20',
    timeToRestore: 'ttr-1h-1d',
  })
  expect(section).toHaveTextContent('Closest DORA 2024 cluster: High.')
  expect(within(section).queryByRole('heading', { name: 'Speed and stability' })).not.toBeInTheDocument()
})

test('one answer per half gives a cluster, and the verdict names the metrics it lacks', () => {
  const section = renderDora({ deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-0-5' })
  expect(section).toHaveTextContent(
    'Closest DORA 2024 cluster: Elite (from 2 of the 4 metrics; lead time for changes and failed deployment ' +
      'recovery time are missing).',
  )
  const table = within(section).getByRole('table', { name: 'Each DORA metric against the 2024 clusters' })
  expect(cellsOf(table, 'Lead time for changes')).toEqual(['not answered', 'no answer to compare'])
})

test('without a stability answer there is no overall cluster: the answered metrics alone, and what is missing', () => {
  const section = renderDora({ deploymentFrequency: 'df-on-demand', leadTime: 'lt-lt-1h' })
  expect(section).toHaveTextContent(
    'No overall cluster: answer at least one stability metric (change failure rate or failed deployment ' +
      'recovery time).',
  )
  expect(section).not.toHaveTextContent('Closest DORA')
  const table = within(section).getByRole('table', { name: 'Each DORA metric against the 2024 clusters' })
  expect(
    within(table)
      .getAllByRole('rowheader')
      .map((header) => header.textContent),
  ).toEqual(['Deployment frequency', 'Lead time for changes'])
  expect(cellsOf(table, 'Lead time for changes')).toEqual([
    'Less than one hour',
    'Elite (less than one day), the best cluster',
  ])
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

import { render, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import type { DoraAnswers } from '../../domain/dora/dora-metrics.ts'
import { aggregateTeam } from '../../domain/team/team-aggregation.ts'
import { responseAt } from '../../test-support/team-responses.ts'
import { DoraAcrossTeam } from './dora-across-team.tsx'

test("the team's verdict from each metric's median answer, in the self-check's words, above the distributions", () => {
  // Deploys on demand, daily-weekly, on demand -> median on demand (Elite). Lead time 1h-1d for all (Elite).
  // Failure rate 0-5%, 21-30%, 21-30% -> 21-30%; recovery under an hour for all. Stability against Elite
  // (4 - 0) + 0 = 4; against High (4 - 3) + 0 = 1 -> High. Overall High: the review's row (i), as a team.
  const team = [
    ['df-on-demand', 'cfr-0-5'],
    ['df-daily-weekly', 'cfr-21-30'],
    ['df-on-demand', 'cfr-21-30'],
  ].map(([deploymentFrequency, changeFailureRate], index) => {
    const dora: DoraAnswers = {
      deploymentFrequency,
      leadTime: 'lt-1h-1d',
      changeFailureRate,
      timeToRestore: 'ttr-lt-1h',
    }
    return responseAt(2, { dora, createdAt: `2026-11-22T10:0${index}:00Z` })
  })
  render(<DoraAcrossTeam aggregate={aggregateTeam(team, QUESTION_BANK)} />)
  const section = screen.getByRole('region', { name: 'DORA outcomes across the team' })

  expect(
    within(section).getByText('DORA 2024 cluster: High (throughput Elite, stability High).'),
  ).toBeInTheDocument()
  const table = within(section).getByRole('table', { name: 'Each DORA metric against the 2024 clusters' })
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Metric', 'Team median'])
  expect(
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getByRole('cell').textContent),
  ).toEqual([
    'On demand, several times a day: Elite (on demand)',
    '1 hour to 1 day: Elite (less than one day)',
    '21-30%: between High (20%) and Low (40%)',
    'Under an hour: Elite (less than one hour)',
  ])
  // The answers behind the medians are still there, one table per metric.
  expect(within(section).getByRole('table', { name: 'Change failure rate' })).toHaveTextContent('21-30%2')
})

import { render, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { teamStrengthsAndGaps } from '../../domain/plan/team-findings.ts'
import { responseAt } from '../../test-support/team-responses.ts'
import { TeamFindingsSection } from './team-findings-section.tsx'

// Every culture question answered at level 0, 2 and 4: culture scores 0, 50 and 100, median 50, a gap by score;
// 0 <= 25 and 100 >= 75, so split. The practices of the culture questions likewise.
const team = [responseAt(0), responseAt(2), responseAt(4)]

test('a pillar the team is split on is listed as "split: discuss", never as a strength or gap', () => {
  render(<TeamFindingsSection findings={teamStrengthsAndGaps(team, QUESTION_BANK)} showSpread />)
  const section = screen.getByRole('region', { name: 'Team strengths and gaps' })

  expect(
    within(section).getByText('No pillar or practice has a team median low enough to be a gap.'),
  ).toBeVisible()
  expect(within(section).queryByRole('list', { name: 'Team gaps' })).not.toBeInTheDocument()
  const split = within(section).getByRole('list', { name: 'Split in the team' })
  expect(within(split).getAllByRole('listitem')[0]).toHaveTextContent(
    'Culture (pillar): median 50 — split: discuss',
  )
})

test('with the spread hidden, the split list waits for it', () => {
  render(<TeamFindingsSection findings={teamStrengthsAndGaps(team, QUESTION_BANK)} showSpread={false} />)
  const section = screen.getByRole('region', { name: 'Team strengths and gaps' })

  expect(within(section).queryByRole('list', { name: 'Split in the team' })).not.toBeInTheDocument()
  expect(
    within(section).getByText(
      'Shown with the spread, from three responses. A pillar or practice the team is split on is never a strength or gap.',
    ),
  ).toBeVisible()
})

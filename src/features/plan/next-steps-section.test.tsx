import { render, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { NextStepsById } from '../../domain/bank/next-steps.ts'
import type { PillarAnswers } from '../../domain/bank/answers.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { NEXT_STEPS_V3 } from '../../domain/bank/versions/next-steps-v3.ts'
import { scoreAnswers } from '../../domain/scoring/scoring.ts'
import { buildNextSteps } from '../../domain/scoring/try-first.ts'
import { NextStepsSection } from './next-steps-section.tsx'

test('a step the team cannot take alone says "Take to your manager", in Try first and under All next steps', () => {
  // Every question at level 2, so every step is a "grow" step; bank v3 marks the "grow" of the on-call question
  // (on-call terms) and of the tool adoption question (approvals) for a manager. On-call's practice is tried
  // first; tool adoption waits under "All next steps".
  const answers: PillarAnswers = Object.fromEntries(
    QUESTION_BANK.questions.map((question) => [question.id, 2]),
  )
  const steps: NextStepsById = NEXT_STEPS_V3
  const report = buildNextSteps({
    bank: QUESTION_BANK,
    answers,
    scores: scoreAnswers(QUESTION_BANK, answers),
    targets: {},
    steps,
  })
  render(<NextStepsSection owner="selfCheck" answerOwner="you" {...report} />)

  const section = screen.getByRole('region', { name: 'Try first' })
  const [first, ...others] = within(within(section).getByRole('list', { name: 'Try first' })).getAllByRole(
    'listitem',
  )
  expect(first).toHaveTextContent(`Take to your manager: ${NEXT_STEPS_V3['culture-dev-on-call']?.grow ?? ''}`)
  for (const other of others) expect(other).not.toHaveTextContent('Take to your manager')
  const details = within(section).getByText('All next steps').closest('details')
  if (!(details instanceof HTMLElement)) throw new Error('no "All next steps"')
  expect(within(details).getAllByText(/^Take to your manager/)).toHaveLength(1)
  expect(
    within(details).getByText(NEXT_STEPS_V3['culture-tool-adoption']?.grow ?? 'missing', { exact: false }),
  ).toHaveTextContent(/^Take to your manager: /)
})

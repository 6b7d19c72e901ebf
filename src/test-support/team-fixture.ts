import type { Pillar } from '../domain/bank/pillars.ts'
import type { QuestionBank } from '../domain/bank/question-bank-schema.ts'
import type { Response } from '../domain/formats/response.ts'
import { fixtureQuestion } from './fixture-question.ts'

// A small team for the tests of src/domain/team, with each person's pillar scores worked out by hand.

export const question = (id: string, pillar: Pillar, allowNotApplicable = false) =>
  fixtureQuestion(id, pillar, { allowNotApplicable })

/** Measurement and sharing have no questions, so nobody can have a score for them. */
export const bank: QuestionBank = {
  bankVersion: 1,
  questions: [
    question('culture-1', 'culture'),
    question('culture-2', 'culture'),
    question('automation-1', 'automation', true),
    question('lean-1', 'lean'),
  ],
}

export const person = (
  answers: Response['answers'],
  extra: Partial<Pick<Response, 'role' | 'dora' | 'createdAt' | 'alias'>> = {},
): Response => ({ bankVersion: 1, answers, dora: {}, createdAt: '2025-05-01T10:00:00Z', ...extra })

// Scores: level 0 = 0, 1 = 25, 2 = 50, 3 = 75, 4 = 100. A person's pillar score is the mean of their levels there.
// P1 culture (100 + 50) / 2 = 75; automation 75;     lean: don't know -> none
export const p1 = person(
  { 'culture-1': 4, 'culture-2': 2, 'automation-1': 3, 'lean-1': 'dont-know' },
  { role: 'developer', dora: { deploymentFrequency: 'df-on-demand' }, createdAt: '2025-05-01T10:00:01Z' },
)
// P2 culture (25 + 25) / 2 = 25; automation: n.a. -> none; lean 0
export const p2 = person(
  { 'culture-1': 1, 'culture-2': 1, 'automation-1': 'not-applicable', 'lean-1': 0 },
  { role: 'developer', dora: { deploymentFrequency: 'df-on-demand' }, createdAt: '2025-05-01T10:00:02Z' },
)
// P3 culture 75 (culture-2 unanswered); automation 100; lean 100
export const p3 = person(
  { 'culture-1': 3, 'automation-1': 4, 'lean-1': 4 },
  { role: 'operations', dora: { deploymentFrequency: 'dont-know' }, createdAt: '2025-05-01T10:00:03Z' },
)
// P4 culture 50 (culture-2 don't know); automation 50; lean unanswered
export const p4 = person(
  { 'culture-1': 2, 'culture-2': 'dont-know', 'automation-1': 2 },
  { role: 'developer', createdAt: '2025-05-01T10:00:04Z' },
)
export const team = [p1, p2, p3, p4]

import { PILLAR_LABELS, PILLARS, type Pillar } from './pillars.ts'
import type { Question, QuestionBank } from './question-bank-schema.ts'

export type QuestionnaireStep =
  | { kind: 'pillar'; number: number; pillar: Pillar; title: string; questions: Question[] }
  | { kind: 'dora'; number: number; title: string }

/** One step per CALMS pillar, in CALMS order, then the DORA outcomes. Step numbers start at 1. */
export function getQuestionnaireSteps(bank: QuestionBank): QuestionnaireStep[] {
  const pillarSteps = PILLARS.map((pillar, index): QuestionnaireStep => ({
    kind: 'pillar',
    number: index + 1,
    pillar,
    title: PILLAR_LABELS[pillar],
    questions: bank.questions.filter((question) => question.pillar === pillar),
  }))
  return [...pillarSteps, { kind: 'dora', number: PILLARS.length + 1, title: 'DORA outcomes' }]
}

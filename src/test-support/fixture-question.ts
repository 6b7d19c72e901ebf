import type { Pillar } from '../domain/bank/pillars.ts'
import { PRACTICE_CATALOGUE, type PracticeId } from '../domain/bank/practices.ts'
import type { Question } from '../domain/bank/question-bank-schema.ts'

interface FixtureOptions {
  practice?: PracticeId
  allowNotApplicable?: boolean
  quick?: boolean
}

/** A question for small fixture banks: options named by level, so a test reads which level was chosen. */
export function fixtureQuestion(id: string, pillar: Pillar, options: FixtureOptions = {}): Question {
  const practice = options.practice ?? 'shared-ownership'
  return {
    id,
    pillar,
    practice,
    source: PRACTICE_CATALOGUE[practice].source,
    text: `Fixture question ${id}?`,
    options: ['Level zero', 'Level one', 'Level two', 'Level three', 'Level four'],
    allowNotApplicable: options.allowNotApplicable ?? false,
    why: 'A fixture needs a reason.',
    nextStep: `Take the next step on ${id}.`,
    ...(options.quick === undefined ? {} : { quick: options.quick }),
  }
}

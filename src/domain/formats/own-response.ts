import { getAnswer, type PillarAnswers } from '../bank/answers.ts'
import type { DoraAnswers } from '../dora/dora-metrics.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { formatCreatedAt, type Response } from './response.ts'
import { type Role } from './profile.ts'

export interface ResponseProfile {
  alias: string
  role: Role | ''
}

interface OwnAnswers {
  answers: PillarAnswers
  dora: DoraAnswers
  answeredAt: Record<string, number>
}

/**
 * The person's own answers as a response to share. Its time is that of the latest answer, so sharing the same
 * answers twice gives the same response, which a team view then counts once.
 */
export function createOwnResponse(own: OwnAnswers, bank: QuestionBank, profile: ResponseProfile): Response {
  const answers: PillarAnswers = {}
  for (const question of bank.questions) {
    const answer = getAnswer(own.answers, question.id)
    if (answer === undefined) continue
    if (answer === 'not-applicable' && !question.allowNotApplicable) continue
    answers[question.id] = answer
  }
  // Not Math.max(...times): a hand-edited store can hold more times than one call takes arguments.
  const latest = Object.values(own.answeredAt).reduce((max, time) => Math.max(max, time), 0)
  const alias = profile.alias.trim()
  return {
    bankVersion: bank.bankVersion,
    answers,
    dora: { ...own.dora },
    ...(alias === '' ? {} : { alias }),
    ...(profile.role === '' ? {} : { role: profile.role }),
    createdAt: formatCreatedAt(new Date(latest === 0 ? Date.now() : latest)),
  }
}

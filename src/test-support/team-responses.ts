import { BANK_VERSION, QUESTION_BANK } from '../domain/bank/question-bank.ts'
import type { Response } from '../domain/formats/response.ts'
import { encodeShareCode } from '../domain/formats/share-code.ts'

const culture = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')

/** Everyone answers every culture question at one level. */
export function responseAt(level: 0 | 1 | 2 | 3 | 4, extra: Partial<Response> = {}): Response {
  return {
    bankVersion: BANK_VERSION,
    answers: Object.fromEntries(culture.map((question) => [question.id, level])),
    dora: { deploymentFrequency: level > 2 ? 'df-on-demand' : 'df-monthly-6m' },
    createdAt: `2026-11-2${level}T10:00:00Z`,
    ...extra,
  }
}

export const shareLink = (response: Response) =>
  `https://example.org/calms/#/r/${encodeShareCode(response, QUESTION_BANK)}`

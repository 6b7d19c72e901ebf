import { z } from '../common/zod-setup.ts'

/** Level 0 is the least mature option, 4 the most mature. */
export const LEVELS = [0, 1, 2, 3, 4] as const
// JSON can spell level 0 as -0, which equals 0 but writes back as 0: refused, so what is accepted round-trips.
export const LevelSchema = z
  .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
  .check(z.refine((level) => !Object.is(level, -0), 'must be a level from 0 to 4'))
export type Level = z.infer<typeof LevelSchema>

export const DONT_KNOW = 'dont-know'
export const NOT_APPLICABLE = 'not-applicable'

export const PillarAnswerSchema = z.union([LevelSchema, z.literal(DONT_KNOW), z.literal(NOT_APPLICABLE)])
export type PillarAnswer = z.infer<typeof PillarAnswerSchema>

/** Options score 0, 25, 50, 75, 100 from least to most mature. */
export function scoreLevel(level: Level): number {
  return level * 25
}

export function isLevel(answer: PillarAnswer): answer is Level {
  return typeof answer === 'number'
}

/** One person's answers to the pillar questions, by question id. A question not in the record is unanswered. */
export const PillarAnswersSchema = z.record(z.string(), PillarAnswerSchema)
export type PillarAnswers = z.infer<typeof PillarAnswersSchema>

/**
 * The answer to one question, or undefined when unanswered. Looks at own keys only: a question id such as
 * "constructor" would otherwise read a function off Object.prototype.
 */
export function getAnswer(answers: PillarAnswers, questionId: string): PillarAnswer | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined
}

/** Reads the value of an answer's form control ("0"-"4", "dont-know", "not-applicable") back into an answer. */
export function parsePillarAnswerValue(value: string): PillarAnswer | undefined {
  const parsed = PillarAnswerSchema.safeParse(/^[0-9]$/.test(value) ? Number(value) : value)
  return parsed.success ? parsed.data : undefined
}

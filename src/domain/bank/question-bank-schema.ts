import { PillarSchema } from './pillars.ts'
import { PracticeIdSchema, SourceSchema } from './practices.ts'
import { z } from '../common/zod-setup.ts'

const SentenceSchema = z.string().check(z.trim(), z.minLength(3))

const kebabCaseKey = (what: string) =>
  z.string().check(z.regex(/^[a-z][a-z0-9-]{2,47}$/, `a kebab-case ${what} of 3 to 48 characters`))

export const QuestionIdSchema = kebabCaseKey('id')
export type QuestionId = z.infer<typeof QuestionIdSchema>

/** A key for the situation an option describes, so a test can see when one situation sinks several questions. */
export const SituationKeySchema = kebabCaseKey('situation key')

/** Where the team stands decides which step fits: levels 0-1 start, levels 2-3 grow, level 4 keeps or teaches it. */
export const NEXT_STEP_KINDS = ['start', 'grow', 'keep'] as const
export type NextStepKind = (typeof NEXT_STEP_KINDS)[number]

export const NextStepsSchema = z.object({
  start: SentenceSchema,
  grow: SentenceSchema,
  keep: SentenceSchema,
  /**
   * The steps a team cannot take alone (on-call pay, release dates, how management uses numbers): shown with
   * "Take to your manager".
   */
  takeToManager: z.optional(z.array(z.enum(NEXT_STEP_KINDS))),
})
export type NextSteps = z.infer<typeof NextStepsSchema>

export const QuestionSchema = z.object({
  id: QuestionIdSchema,
  pillar: PillarSchema,
  practice: PracticeIdSchema,
  source: SourceSchema,
  /** Asked in the quick check as well as the full one; bank v1 had one depth, so its questions have no mark. */
  quick: z.optional(z.boolean()),
  text: SentenceSchema,
  /** Five concrete, observable situations, from least to most mature (for an anti-pattern: furthest from it last). */
  options: z.tuple([SentenceSchema, SentenceSchema, SentenceSchema, SentenceSchema, SentenceSchema]),
  /** The situation behind level 0 (bank v2 on). */
  lowestSituation: z.optional(SituationKeySchema),
  allowNotApplicable: z.boolean(),
  why: SentenceSchema,
  /** Bank v1's one next step for every answer; from bank v2 on the steps by level sit beside the bank. */
  nextStep: z.optional(SentenceSchema),
})
export type Question = z.infer<typeof QuestionSchema>

export const QuestionBankSchema = z
  .object({
    bankVersion: z.int().check(z.positive()),
    questions: z.array(QuestionSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((bank, ctx) => {
      const seen = new Set<string>()
      bank.questions.forEach((question, index) => {
        if (seen.has(question.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `duplicate question id "${question.id}"`,
            path: ['questions', index],
          })
        }
        seen.add(question.id)
      })
    }),
  )
export type QuestionBank = z.infer<typeof QuestionBankSchema>

/**
 * What reading answers needs of a question: which pillar and practice it scores, whether "Not applicable" is an
 * answer and whether the quick check asks it. Every released bank keeps this for ever; only the bank the app asks
 * needs its texts, so older banks travel as shapes and their texts stay out of the first load.
 */
export type QuestionShape = Pick<Question, 'id' | 'pillar' | 'practice' | 'quick' | 'allowNotApplicable'>

export interface BankShape {
  bankVersion: number
  questions: readonly QuestionShape[]
}

/** Finds the shape of a question bank by its version, or undefined when this app does not know that version. */
export type GetBank = (bankVersion: number) => BankShape | undefined

/** A bank reduced to what reading its answers needs (see QuestionShape). */
export function shapeOf(bank: BankShape): BankShape {
  return {
    bankVersion: bank.bankVersion,
    questions: bank.questions.map(({ id, pillar, practice, quick, allowNotApplicable }) => ({
      id,
      pillar,
      practice,
      ...(quick === undefined ? {} : { quick }),
      allowNotApplicable,
    })),
  }
}

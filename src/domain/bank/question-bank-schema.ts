import { PillarSchema } from './pillars.ts'
import { PracticeIdSchema, SourceSchema } from './practices.ts'
import { z } from '../common/zod-setup.ts'

const SentenceSchema = z.string().check(z.trim(), z.minLength(3))

export const QuestionIdSchema = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]{2,47}$/, 'a kebab-case id of 3 to 48 characters'))
export type QuestionId = z.infer<typeof QuestionIdSchema>

export const QuestionSchema = z.object({
  id: QuestionIdSchema,
  pillar: PillarSchema,
  practice: PracticeIdSchema,
  source: SourceSchema,
  text: SentenceSchema,
  /** Five concrete, observable situations, from least to most mature (for an anti-pattern: furthest from it last). */
  options: z.tuple([SentenceSchema, SentenceSchema, SentenceSchema, SentenceSchema, SentenceSchema]),
  allowNotApplicable: z.boolean(),
  why: SentenceSchema,
  nextStep: SentenceSchema,
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

import { z } from '../../domain/common/zod-setup.ts'

export interface StepField {
  name: string
  values: readonly string[]
}

export type StepFormValues = Record<string, string | undefined>

export const UNANSWERED_MESSAGE = 'Choose an answer, or "Don\'t know" if you are not sure.'

/** Every question of a step needs one of its own answers; skipping is a separate, confirmed action. */
export function buildStepFormSchema(
  fields: readonly StepField[],
): z.ZodMiniType<StepFormValues, StepFormValues> {
  return z.object(
    Object.fromEntries(
      fields.map((field) => [field.name, z.enum(field.values, { error: UNANSWERED_MESSAGE })]),
    ),
  )
}

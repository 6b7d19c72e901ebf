import { PILLARS, type Pillar } from '../../domain/bank/pillars.ts'
import { z } from '../../domain/common/zod-setup.ts'
import { MAX_TARGET, TARGET_STEP, TargetSchema, type Targets } from '../../domain/scoring/targets.ts'

/** What the fields hold: text, as typed; a blank field is "no target". */
export type TargetsFormValues = Record<Pillar, string>

export const TARGET_FIELD_MESSAGE = `Enter a whole number from 0 to ${MAX_TARGET} in steps of ${TARGET_STEP}, or leave it blank for no target.`

const isTarget = (text: string) =>
  text.trim() === '' || (/^\d{1,3}$/.test(text.trim()) && TargetSchema.safeParse(Number(text)).success)

const field = () => z.string().check(z.refine(isTarget, TARGET_FIELD_MESSAGE))

export const TargetsFormSchema = z.object({
  culture: field(),
  automation: field(),
  lean: field(),
  measurement: field(),
  sharing: field(),
})

export function toFormValues(targets: Targets): TargetsFormValues {
  return Object.fromEntries(
    PILLARS.map((pillar) => [pillar, targets[pillar] === undefined ? '' : String(targets[pillar])]),
  ) as TargetsFormValues
}

/** Checked values as targets: blank fields are left out. */
export function fromFormValues(values: TargetsFormValues): Targets {
  const targets: Targets = {}
  for (const pillar of PILLARS) {
    const text = values[pillar].trim()
    if (text !== '') targets[pillar] = Number(text)
  }
  return targets
}

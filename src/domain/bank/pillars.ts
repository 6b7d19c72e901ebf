import { z } from '../common/zod-setup.ts'

export const PILLARS = ['culture', 'automation', 'lean', 'measurement', 'sharing'] as const

export const PillarSchema = z.enum(PILLARS)
export type Pillar = z.infer<typeof PillarSchema>

export const PILLAR_LABELS: Record<Pillar, string> = {
  culture: 'Culture',
  automation: 'Automation',
  lean: 'Lean',
  measurement: 'Measurement',
  sharing: 'Sharing',
}

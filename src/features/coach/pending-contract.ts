// TEMPORARY: the contract's types until coach-domain is merged; replaced by C's imports.
import type { Pillar } from '../../domain/bank/pillars.ts'
import type { Targets } from '../../domain/scoring/targets.ts'

export interface TeamFileOutcome {
  fileName: string
  kind: 'added' | 'next-round' | 'replaced' | 'duplicate' | 'refused'
  message: string
}

export interface TeamPicture {
  teamId: string
  name: string
  people: number
  bankVersion: number
  roundCount: number
  medians: Record<Pillar, number | undefined>
  previous?: Record<Pillar, number | undefined>
  targets: Targets
}

export interface DepartmentPicture {
  teams: TeamPicture[]
  pillars: Record<Pillar, { teamMedians: number[]; medianOfMedians: number | undefined }>
  commonGaps: { practiceId: string; label: string; teams: number; of: number }[]
  doraClusters: { cluster: string; label: string; teams: number }[]
  doraUnclassified: number
}

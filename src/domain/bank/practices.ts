import { z } from '../common/zod-setup.ts'

/** Where a practice comes from: a section of the lesson "What Is DevOps?" or the CALMS reference. */
export const SOURCES = ['cultural-shift', 'technical-shift', 'what-devops-is-not', 'calms-reference'] as const
export const SourceSchema = z.enum(SOURCES)
export type Source = z.infer<typeof SourceSchema>

export const SOURCE_LABELS: Record<Source, string> = {
  'cultural-shift': 'Lesson: The Cultural Shift',
  'technical-shift': 'Lesson: The Technical Shift',
  'what-devops-is-not': 'Lesson: What DevOps Is NOT',
  'calms-reference': 'CALMS reference',
}

export const PRACTICES = [
  'shared-ownership',
  'blameless-postmortems',
  'small-frequent-releases',
  'automation-first-class',
  'version-control-everything',
  'continuous-integration',
  'continuous-delivery',
  'infrastructure-as-code',
  'observability',
  'not-just-tools',
  'no-separate-devops-team',
  'not-only-speed',
  'psychological-safety',
  'limit-work-in-progress',
  'flow-and-handoffs',
  'fast-feedback',
  'delivery-metrics',
  'knowledge-sharing',
  'shared-tooling',
] as const

export const PracticeIdSchema = z.enum(PRACTICES)
export type PracticeId = z.infer<typeof PracticeIdSchema>

/** A radar axis name longer than this crowds its neighbours on a phone. */
export const PRACTICE_SHORT_LABEL_MAX_LENGTH = 14

export interface Practice {
  id: PracticeId
  label: string
  /** Names the practice where room is short (a radar axis); the label stays the full name everywhere else. */
  shortLabel: string
  source: Source
  /** An anti-pattern is asked the other way round: the most mature answer is furthest from it. */
  antiPattern: boolean
}

export const PRACTICE_CATALOGUE: Record<PracticeId, Practice> = {
  'shared-ownership': {
    id: 'shared-ownership',
    label: 'Shared ownership (developers on call)',
    shortLabel: 'On call',
    source: 'cultural-shift',
    antiPattern: false,
  },
  'blameless-postmortems': {
    id: 'blameless-postmortems',
    label: 'Blameless post-mortems',
    shortLabel: 'Post-mortems',
    source: 'cultural-shift',
    antiPattern: false,
  },
  'small-frequent-releases': {
    id: 'small-frequent-releases',
    label: 'Small, frequent releases',
    shortLabel: 'Small releases',
    source: 'cultural-shift',
    antiPattern: false,
  },
  'automation-first-class': {
    id: 'automation-first-class',
    label: 'Automation as a first-class citizen',
    shortLabel: 'Automation',
    source: 'cultural-shift',
    antiPattern: false,
  },
  'version-control-everything': {
    id: 'version-control-everything',
    label: 'Version-controlled everything',
    shortLabel: 'Versioning',
    source: 'technical-shift',
    antiPattern: false,
  },
  'continuous-integration': {
    id: 'continuous-integration',
    label: 'Continuous integration',
    shortLabel: 'CI',
    source: 'technical-shift',
    antiPattern: false,
  },
  'continuous-delivery': {
    id: 'continuous-delivery',
    label: 'Continuous delivery/deployment',
    shortLabel: 'CD',
    source: 'technical-shift',
    antiPattern: false,
  },
  'infrastructure-as-code': {
    id: 'infrastructure-as-code',
    label: 'Infrastructure as code',
    shortLabel: 'Infra as code',
    source: 'technical-shift',
    antiPattern: false,
  },
  observability: {
    id: 'observability',
    label: 'Observability',
    shortLabel: 'Observability',
    source: 'technical-shift',
    antiPattern: false,
  },
  'not-just-tools': {
    id: 'not-just-tools',
    label: 'Not just a tool set',
    shortLabel: 'Not just tools',
    source: 'what-devops-is-not',
    antiPattern: true,
  },
  'no-separate-devops-team': {
    id: 'no-separate-devops-team',
    label: 'Not a separate DevOps team',
    shortLabel: 'No DevOps silo',
    source: 'what-devops-is-not',
    antiPattern: true,
  },
  'not-only-speed': {
    id: 'not-only-speed',
    label: 'Not only about speed',
    shortLabel: 'Not only speed',
    source: 'what-devops-is-not',
    antiPattern: true,
  },
  'psychological-safety': {
    id: 'psychological-safety',
    label: 'Psychological safety',
    shortLabel: 'Psych. safety',
    source: 'calms-reference',
    antiPattern: false,
  },
  'limit-work-in-progress': {
    id: 'limit-work-in-progress',
    label: 'Small batches, limited work in progress',
    shortLabel: 'WIP limit',
    source: 'calms-reference',
    antiPattern: false,
  },
  'flow-and-handoffs': {
    id: 'flow-and-handoffs',
    label: 'Flow without hand-offs and waste',
    shortLabel: 'Smooth flow',
    source: 'calms-reference',
    antiPattern: false,
  },
  'fast-feedback': {
    id: 'fast-feedback',
    label: 'Fast feedback',
    shortLabel: 'Fast feedback',
    source: 'calms-reference',
    antiPattern: false,
  },
  'delivery-metrics': {
    id: 'delivery-metrics',
    label: 'Measuring delivery outcomes',
    shortLabel: 'Metrics',
    source: 'calms-reference',
    antiPattern: false,
  },
  'knowledge-sharing': {
    id: 'knowledge-sharing',
    label: 'Knowledge sharing',
    shortLabel: 'Knowledge',
    source: 'calms-reference',
    antiPattern: false,
  },
  'shared-tooling': {
    id: 'shared-tooling',
    label: 'Tools and responsibility shared across teams',
    shortLabel: 'Shared tools',
    source: 'calms-reference',
    antiPattern: false,
  },
}

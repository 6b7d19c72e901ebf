import { z } from '../common/zod-setup.ts'

export const DORA_METRICS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const
export const DoraMetricSchema = z.enum(DORA_METRICS)
export type DoraMetric = z.infer<typeof DoraMetricSchema>

export interface DoraBand {
  /** Stable id stored in answers and share codes. */
  id: string
  label: string
}

export interface DoraMetricDefinition {
  key: DoraMetric
  label: string
  question: string
  why: string
  /** Bands ordered from best (index 0) to worst, in DORA's Quick Check style. */
  bands: readonly DoraBand[]
}

// Band labels are short, as people read every one of them; their ids (stored and shared) never change.
const timeBands = (prefix: string): readonly DoraBand[] => [
  { id: `${prefix}-lt-1h`, label: 'Under an hour' },
  { id: `${prefix}-1h-1d`, label: '1 hour to 1 day' },
  { id: `${prefix}-1d-1w`, label: '1 day to 1 week' },
  { id: `${prefix}-1w-1m`, label: '1 week to 1 month' },
  { id: `${prefix}-1m-6m`, label: '1 to 6 months' },
  { id: `${prefix}-gt-6m`, label: 'Over 6 months' },
]

/** Read at the top of the DORA step, and counted in how long a check takes (reading-time.ts). */
export const DORA_STEP_INTRO = 'About your team\'s main service. "Don\'t know" is an honest answer.'

export const DORA_METRIC_DEFINITIONS: Record<DoraMetric, DoraMetricDefinition> = {
  deploymentFrequency: {
    key: 'deploymentFrequency',
    label: 'Deployment frequency',
    question: 'How often does your team deploy to production?',
    why: 'Throughput: frequent deployments keep each change small, so each carries less risk and gets feedback sooner.',
    bands: [
      { id: 'df-on-demand', label: 'On demand, several times a day' },
      { id: 'df-daily-weekly', label: 'Daily to weekly' },
      { id: 'df-weekly-monthly', label: 'Weekly to monthly' },
      { id: 'df-monthly-6m', label: 'Monthly to every 6 months' },
      { id: 'df-rarer-6m', label: 'Less than every 6 months' },
    ],
  },
  leadTime: {
    key: 'leadTime',
    label: 'Lead time for changes',
    question: 'How long does a typical change take from commit to production?',
    why: 'Throughput: a short lead time means fixes and ideas reach users while they still matter.',
    bands: timeBands('lt'),
  },
  changeFailureRate: {
    key: 'changeFailureRate',
    label: 'Change failure rate',
    question: 'What share of deployments need a rollback or hotfix?',
    why: 'Stability: speed counts only alongside it; the best teams deploy often and their deployments seldom fail.',
    bands: [
      { id: 'cfr-0-5', label: '0-5%' },
      { id: 'cfr-6-10', label: '6-10%' },
      { id: 'cfr-11-15', label: '11-15%' },
      { id: 'cfr-16-20', label: '16-20%' },
      { id: 'cfr-21-30', label: '21-30%' },
      { id: 'cfr-31-45', label: '31-45%' },
      { id: 'cfr-46-60', label: '46-60%' },
      { id: 'cfr-over-60', label: 'Over 60%' },
    ],
  },
  timeToRestore: {
    key: 'timeToRestore',
    label: 'Failed deployment recovery time',
    question: 'How long does recovering from a failed deployment take?',
    why: 'Stability: some deployments will fail; how fast you recover decides what users feel. DORA called this time to restore service until 2023.',
    bands: timeBands('ttr'),
  },
}

export const DORA_DONT_KNOW = 'dont-know'

const answerFor = (metric: DoraMetric) =>
  z.optional(
    z.enum([DORA_DONT_KNOW, ...DORA_METRIC_DEFINITIONS[metric].bands.map((band) => band.id)], {
      error: `not one of the answers for ${DORA_METRIC_DEFINITIONS[metric].label}`,
    }),
  )

/** One answer per metric: a band id of that metric, or "dont-know". Absent means not answered yet. */
export const DoraAnswersSchema = z.strictObject({
  deploymentFrequency: answerFor('deploymentFrequency'),
  leadTime: answerFor('leadTime'),
  changeFailureRate: answerFor('changeFailureRate'),
  timeToRestore: answerFor('timeToRestore'),
})
export type DoraAnswers = z.infer<typeof DoraAnswersSchema>

/** The index of a band in its metric's list (0 = best), or undefined for "dont-know", unanswered or unknown ids. */
export function getBandIndex(metric: DoraMetric, answer: string | undefined): number | undefined {
  if (answer === undefined) return undefined
  const index = DORA_METRIC_DEFINITIONS[metric].bands.findIndex((band) => band.id === answer)
  return index === -1 ? undefined : index
}

export function isDoraMetric(name: string): name is DoraMetric {
  return (DORA_METRICS as readonly string[]).includes(name)
}

/** Reads the value of a DORA answer's form control back into an answer of that metric. */
export function parseDoraAnswerValue(
  metric: DoraMetric,
  value: string,
): NonNullable<DoraAnswers[DoraMetric]> | undefined {
  const parsed = DoraAnswersSchema.shape[metric].safeParse(value)
  return parsed.success ? parsed.data : undefined
}

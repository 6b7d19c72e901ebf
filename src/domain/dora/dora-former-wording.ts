import type { DoraMetric } from './dora-metrics.ts'

/*
 * How the DORA step was worded before bank v3 shortened it. Surveys built from the older wording (a form whose
 * answers are the old band labels and whose column headers are the old questions) still import: only the survey
 * import reads this, so the questionnaire never loads it. Band ids never changed, so nothing else needs it.
 */
export const FORMER_DORA_BAND_LABELS: Readonly<Record<string, readonly string[]>> = {
  'df-on-demand': ['On demand (multiple deploys per day)'],
  'df-daily-weekly': ['Between once per day and once per week'],
  'df-weekly-monthly': ['Between once per week and once per month'],
  'df-monthly-6m': ['Between once per month and once every six months'],
  'df-rarer-6m': ['Fewer than once every six months'],
  ...Object.fromEntries(
    ['lt', 'ttr'].flatMap((prefix) => [
      [`${prefix}-lt-1h`, ['Less than one hour']],
      [`${prefix}-1h-1d`, ['Between one hour and one day']],
      [`${prefix}-1d-1w`, ['Between one day and one week']],
      [`${prefix}-1w-1m`, ['Between one week and one month']],
      [`${prefix}-1m-6m`, ['Between one month and six months']],
      [`${prefix}-gt-6m`, ['More than six months']],
    ]),
  ),
}

export const FORMER_DORA_QUESTIONS: Readonly<Record<DoraMetric, readonly string[]>> = {
  deploymentFrequency: [
    'For the primary service you work on, how often does your team deploy to production?',
  ],
  leadTime: ['For a typical change, how long does it take from commit to running in production?'],
  changeFailureRate: [
    'What share of deployments to production cause a failure that needs remediation, such as a hotfix, rollback or patch?',
  ],
  timeToRestore: ['When a deployment to production fails, how long does it typically take to recover?'],
}

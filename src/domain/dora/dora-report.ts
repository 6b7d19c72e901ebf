import { classifyDora, type DoraClassification } from './dora-classification.ts'
import { DEFAULT_REPORT_YEAR } from './dora-cluster-tables.ts'
import { findDoraFindings, type DoraFinding } from './dora-findings.ts'
import { DORA_METRICS, type DoraAnswers, type DoraMetric } from './dora-metrics.ts'

/**
 * Everything a DORA section says about one set of answers, derived once: a person's self-check, a snapshot of it,
 * or a team's median answers. Every screen and export shows it through the same wording.
 */
export interface DoraReport {
  answers: DoraAnswers
  classification: DoraClassification
  /**
   * The metrics to show one by one: all four once there is an overall cluster; without one, only those with an
   * answer (a band or "Don't know"), so the answered metrics stand on their own instead of reading as a verdict.
   */
  metricsShown: DoraMetric[]
  /** Fast but unstable or stable but slow, then each metric worse than every cluster; empty when none applies. */
  findings: DoraFinding[]
}

export function buildDoraReport(answers: DoraAnswers, year: number = DEFAULT_REPORT_YEAR): DoraReport {
  const classification = classifyDora(answers, year)
  return {
    answers,
    classification,
    metricsShown:
      classification.cluster === null
        ? DORA_METRICS.filter((metric) => answers[metric] !== undefined)
        : [...DORA_METRICS],
    findings: findDoraFindings(classification),
  }
}

/** The metrics a table shows for today's outcomes with an earlier snapshot's beside them: those either shows. */
export function getMetricsShown(outcomes: DoraReport, earlier?: DoraReport): DoraMetric[] {
  return DORA_METRICS.filter(
    (metric) => outcomes.metricsShown.includes(metric) || earlier?.metricsShown.includes(metric) === true,
  )
}

import type { PillarAnswers } from '../bank/answers.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { classifyDora, type DoraClassification } from '../dora/dora-classification.ts'
import { DORA_METRICS, type DoraAnswers, type DoraMetric } from '../dora/dora-metrics.ts'
import {
  findDontKnows,
  findMismatches,
  findSpeedStabilityImbalance,
  findStrengthsAndGaps,
  type DontKnowFinding,
  type Mismatch,
  type SpeedStabilityFinding,
  type StrengthsAndGaps,
} from './findings.ts'
import { scoreAnswers, type AssessmentScores } from './scoring.ts'

/** Everything the results page, the Markdown summary and the CSV summary say about one person's self-check. */
export interface SelfCheckReport {
  bank: QuestionBank
  answers: PillarAnswers
  dora: DoraAnswers
  scores: AssessmentScores
  strengthsAndGaps: StrengthsAndGaps
  dontKnows: DontKnowFinding[]
  classification: DoraClassification
  /**
   * The DORA metrics to show one by one: all four once there is an overall cluster; without one, only those with
   * an answer (a band or "Don't know"), so the answered metrics stand on their own instead of reading as a verdict.
   */
  doraMetricsShown: DoraMetric[]
  /** Fast but unstable, or stable but slow; null when the two halves agree or one has no answer. */
  speedStability: SpeedStabilityFinding | null
  mismatches: Mismatch[]
  /**
   * Any answer to a question of the bank (a level, "Don't know" or "Not applicable") or to a DORA metric
   * (including "Don't know"). A "Don't know" counts: the report names it as a finding, so there is something to
   * show and to export.
   */
  anythingAnswered: boolean
}

export function buildSelfCheckReport(
  bank: QuestionBank,
  answers: PillarAnswers,
  dora: DoraAnswers,
): SelfCheckReport {
  const scores = scoreAnswers(bank, answers)
  const classification = classifyDora(dora)
  return {
    bank,
    answers,
    dora,
    scores,
    strengthsAndGaps: findStrengthsAndGaps(scores, bank, answers),
    dontKnows: findDontKnows(scores, answers),
    classification,
    doraMetricsShown:
      classification.cluster === null
        ? DORA_METRICS.filter((metric) => dora[metric] !== undefined)
        : [...DORA_METRICS],
    speedStability: findSpeedStabilityImbalance(classification),
    mismatches: findMismatches(scores, dora, classification),
    anythingAnswered:
      scores.overall.answered > 0 || DORA_METRICS.some((metric) => dora[metric] !== undefined),
  }
}

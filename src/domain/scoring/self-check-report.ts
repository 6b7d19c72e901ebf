import type { PillarAnswers } from '../bank/answers.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { DORA_METRICS, type DoraAnswers } from '../dora/dora-metrics.ts'
import { buildDoraReport, type DoraReport } from '../dora/dora-report.ts'
import {
  findDontKnows,
  findMismatches,
  findStrengthsAndGaps,
  type DontKnowFinding,
  type Mismatch,
  type StrengthsAndGaps,
} from './findings.ts'
import { scoreAnswers, type AssessmentScores } from './scoring.ts'

/** Everything the results page, the Markdown summary and the CSV summary say about one person's self-check. */
export interface SelfCheckReport {
  bank: QuestionBank
  answers: PillarAnswers
  scores: AssessmentScores
  strengthsAndGaps: StrengthsAndGaps
  dontKnows: DontKnowFinding[]
  /** The DORA answers with their verdict, the metrics to show and the speed and stability findings. */
  outcomes: DoraReport
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
  const outcomes = buildDoraReport(dora)
  return {
    bank,
    answers,
    scores,
    strengthsAndGaps: findStrengthsAndGaps(scores, bank, answers),
    dontKnows: findDontKnows(scores, answers),
    outcomes,
    mismatches: findMismatches(scores, dora, outcomes.classification),
    anythingAnswered:
      scores.overall.answered > 0 || DORA_METRICS.some((metric) => dora[metric] !== undefined),
  }
}

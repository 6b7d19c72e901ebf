import type { PillarAnswers } from '../bank/answers.ts'
import type { NextStepsById } from '../bank/next-steps.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import type { PillarSteps } from './answered-steps.ts'
import type { Targets } from './targets.ts'
import { buildNextSteps, type TryFirst } from './try-first.ts'
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
  /** Up to three next steps to start with (chooseTryFirst), aimed at the targets when any is set. */
  tryFirst: TryFirst
  /** Every other answered question's next step, by pillar: "All next steps". No step is in both. */
  otherSteps: PillarSteps[]
  /**
   * Any answer to a question of the bank (a level, "Don't know" or "Not applicable") or to a DORA metric
   * (including "Don't know"). A "Don't know" counts: the report names it as a finding, so there is something to
   * show and to export.
   */
  anythingAnswered: boolean
}

/**
 * The report of a self-check at the depth taken (`bank` holds the questions asked). `targets` aim "Try first" at
 * the largest gaps to target; `steps` are the next steps by level (bank v2's unless a test brings its own).
 */
export function buildSelfCheckReport(
  bank: QuestionBank,
  answers: PillarAnswers,
  dora: DoraAnswers,
  targets: Targets = {},
  steps?: NextStepsById,
): SelfCheckReport {
  const scores = scoreAnswers(bank, answers)
  const outcomes = buildDoraReport(dora)
  const { tryFirst, otherSteps } = buildNextSteps({ bank, answers, scores, targets, steps })
  return {
    bank,
    answers,
    scores,
    strengthsAndGaps: findStrengthsAndGaps(scores, bank, answers),
    dontKnows: findDontKnows(scores, answers),
    outcomes,
    mismatches: findMismatches(scores, dora, outcomes.classification),
    tryFirst,
    otherSteps,
    anythingAnswered:
      scores.overall.answered > 0 || DORA_METRICS.some((metric) => dora[metric] !== undefined),
  }
}

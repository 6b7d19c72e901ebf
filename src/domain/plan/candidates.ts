import { getAnswer, isLevel, type Level, type PillarAnswers } from '../bank/answers.ts'
import { nextStepFor } from '../bank/next-steps.ts'
import type { Pillar } from '../bank/pillars.ts'
import { PRACTICE_CATALOGUE, SOURCE_LABELS, type PracticeId } from '../bank/practices.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { shorten } from '../common/parse-result.ts'
import { formatCreatedAt } from '../formats/response.ts'
import type { AssessmentScores } from '../scoring/scoring.ts'
import type { ActionPlan } from './action-plan.ts'
import { defaultRecheckDate, isActiveStatus, MAX_EXPERIMENT_TEXT, type Experiment } from './experiment.ts'
import { hasAnyTarget, largestGapsToTarget, type Targets } from './targets.ts'

/** Enough to choose from in one sitting; the WIP limit takes three at most anyway. */
export const MAX_CANDIDATES = 6

/** Level 4 calls for keeping a practice, not for an experiment. */
const BELOW_LEVEL: Level = 4

export interface PlanCandidate {
  questionId: string
  pillar: Pillar
  practice: PracticeId
  practiceLabel: string
  /** The lesson section (or the CALMS reference) the practice comes from. */
  sourceLabel: string
  /** The next step for the answer's level. */
  step: string
  level: Level
}

/**
 * The pillars to look at, in order: with any target set, those below their target, largest gap first; without
 * targets, every pillar with a score, lowest first. Ties keep CALMS order either way.
 */
function pillarOrder(scores: AssessmentScores, targets: Targets): Pillar[] {
  if (hasAnyTarget(targets)) return largestGapsToTarget(scores, targets).map((row) => row.pillar)
  return scores.pillars
    .flatMap((group) => (group.score === null ? [] : [{ pillar: group.key, score: group.score }]))
    .sort((a, b) => a.score - b.score)
    .map((row) => row.pillar)
}

/**
 * The next steps behind the largest gaps, for "Add to plan": pillar by pillar (see pillarOrder), and within a
 * pillar its questions answered at a level below 4, lowest level first, bank order for equal levels. Questions
 * without a level ("Don't know", "Not applicable", blank) are left out: their step would guess where the team
 * stands, and the self-check's gaps rest on level answers too. A question that is already the signal of an
 * experiment planned or under way is left out; a done or dropped one frees it, as its next step may have moved
 * on. At most MAX_CANDIDATES. For a team, `answers` are its median levels (teamStrengthsAndGaps).
 */
export function planCandidates(
  scores: AssessmentScores,
  targets: Targets,
  bank: QuestionBank,
  answers: PillarAnswers,
  plan?: ActionPlan,
): PlanCandidate[] {
  const inPlan = new Set(
    (plan?.experiments ?? []).flatMap((experiment) =>
      isActiveStatus(experiment.status) && experiment.signal.kind === 'questions'
        ? experiment.signal.questionIds
        : [],
    ),
  )
  return pillarOrder(scores, targets)
    .flatMap((pillar) =>
      bank.questions
        .flatMap((question) => {
          const answer = getAnswer(answers, question.id)
          if (question.pillar !== pillar || inPlan.has(question.id)) return []
          if (answer === undefined || !isLevel(answer) || answer >= BELOW_LEVEL) return []
          const step = nextStepFor(question, answer)
          if (step === '') return []
          const practice = PRACTICE_CATALOGUE[question.practice]
          return [
            {
              questionId: question.id,
              pillar,
              practice: practice.id,
              practiceLabel: practice.label,
              sourceLabel: SOURCE_LABELS[practice.source],
              step,
              level: answer,
            },
          ]
        })
        // Stable: equal levels keep bank order.
        .sort((a, b) => a.level - b.level),
    )
    .slice(0, MAX_CANDIDATES)
}

/**
 * A planned experiment prefilled from a candidate, for the person to edit before it is added: the step as what to
 * try, the candidate's question as the signal, a re-check four weeks from today.
 */
export function draftExperiment(
  candidate: PlanCandidate,
  today: Date,
  id: string,
  createdAt: Date = today,
): Experiment {
  return {
    id,
    what: shorten(candidate.step, MAX_EXPERIMENT_TEXT),
    practice: candidate.practice,
    signal: { kind: 'questions', questionIds: [candidate.questionId] },
    recheckOn: defaultRecheckDate(today),
    status: 'planned',
    createdAt: formatCreatedAt(createdAt),
  }
}

import type { PillarAnswers } from '../../domain/bank/answers.ts'
import { BANK_VERSION } from '../../domain/bank/question-bank.ts'
import type { QuestionBank } from '../../domain/bank/question-bank-schema.ts'
import type { DoraAnswers } from '../../domain/dora/dora-metrics.ts'
import { createSnapshot, type Snapshot } from '../../domain/storage/snapshots.ts'
import { signalAnswersInTodaysBank } from '../../domain/plan/signal-movement.ts'
import type { NextStepsReport } from '../../domain/scoring/try-first.ts'
import { useSnapshotActions } from '../../store/snapshot-store.ts'
import { ActionPlanSection } from './action-plan-section.tsx'
import { usePlanBaseline } from '../../components/plan-baseline.ts'

interface SelfCheckPlanProps {
  bank: QuestionBank
  /** "Try first" and the other next steps of the report. */
  nextSteps: NextStepsReport
  answers: PillarAnswers
  dora: DoraAnswers
  /** The snapshot the page compares with, if any. */
  compared: Snapshot | undefined
}

/** The self-check's next steps and action plan, and each signal at a re-check. */
export function SelfCheckPlan({ bank, nextSteps, answers, dora, compared }: SelfCheckPlanProps) {
  const { snapshotSaved } = useSnapshotActions()
  const { baseline, keepBaseline } = usePlanBaseline({
    owner: 'selfCheck',
    compared,
    save: snapshotSaved,
    // The answers the re-check compares with.
    take: (label, aims) =>
      createSnapshot({ bankVersion: BANK_VERSION, answers, dora }, label, new Date(), aims),
  })
  const before = baseline === undefined ? undefined : signalAnswersInTodaysBank(baseline)

  return (
    <ActionPlanSection
      owner="selfCheck"
      title="CALMS Radar action plan"
      fileStem="calms-radar-plan"
      bank={bank}
      nextSteps={nextSteps}
      answerOwner="you"
      recheck={before === undefined ? undefined : { before, after: { answers, dora } }}
      onPlanStarted={keepBaseline}
    />
  )
}

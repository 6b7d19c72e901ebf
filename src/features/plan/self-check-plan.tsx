import type { PillarAnswers } from '../../domain/bank/answers.ts'
import { BANK_VERSION } from '../../domain/bank/question-bank.ts'
import type { QuestionBank } from '../../domain/bank/question-bank-schema.ts'
import type { DoraAnswers } from '../../domain/dora/dora-metrics.ts'
import { createSnapshot, type Snapshot } from '../../domain/formats/snapshots.ts'
import { BANK_VERSIONS } from '../../domain/bank/versions/released-banks.ts'
import type { SignalAnswers } from '../../domain/plan/signal-movement.ts'
import type { NextStepsReport } from '../../domain/plan/try-first.ts'
import { useSnapshotActions } from '../../store/snapshot-store.ts'
import { ActionPlanSection } from './action-plan-section.tsx'
import { usePlanBaseline } from './plan-baseline.ts'

/** A snapshot's answers in today's bank, for comparing signals; undefined for a bank this app does not know. */
function inTodaysBank(snapshot: Snapshot): SignalAnswers | undefined {
  if (snapshot.bankVersion === BANK_VERSION) return { answers: snapshot.answers, dora: snapshot.dora }
  const migrated = BANK_VERSIONS.migrateAnswers(snapshot.bankVersion, snapshot)
  return migrated.ok ? migrated.value : undefined
}

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
  const before = baseline === undefined ? undefined : inTodaysBank(baseline)

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

import type { PillarAnswers } from '../../domain/bank/answers.ts'
import { BANK_VERSION } from '../../domain/bank/question-bank.ts'
import type { QuestionBank } from '../../domain/bank/question-bank-schema.ts'
import type { DoraAnswers } from '../../domain/dora/dora-metrics.ts'
import { createSnapshot, type Snapshot } from '../../domain/formats/snapshots.ts'
import { BANK_VERSIONS } from '../../domain/bank/versions/released-banks.ts'
import type { SignalAnswers } from '../../domain/plan/signal-movement.ts'
import type { NextStepsReport } from '../../domain/plan/try-first.ts'
import { usePlanActions, usePlanState } from '../../store/plan-store.ts'
import { useSnapshotActions } from '../../store/snapshot-store.ts'
import { ActionPlanSection } from './action-plan-section.tsx'

/** A snapshot's answers in today's bank, for comparing signals; undefined for a bank this app does not know. */
function inTodaysBank(snapshot: Snapshot): SignalAnswers | undefined {
  if (snapshot.bankVersion === BANK_VERSION) return { answers: snapshot.answers, dora: snapshot.dora }
  const migrated = BANK_VERSIONS.migrateAnswers(snapshot.bankVersion, snapshot)
  return migrated.ok ? migrated.value : undefined
}

const PLAN_BASELINE_LABEL = 'Plan made'

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
  const { targets, plan } = usePlanState('selfCheck')
  const { planBaselineSaved } = usePlanActions()
  const { snapshotSaved } = useSnapshotActions()
  const baseline = compared !== undefined && compared.id === plan.baselineSnapshotId ? compared : undefined
  const before = baseline === undefined ? undefined : inTodaysBank(baseline)

  const keepBaseline = () => {
    // Taken as the first experiment goes in: the targets it aims at, and the answers the re-check compares with.
    const created = createSnapshot(
      { bankVersion: BANK_VERSION, answers, dora },
      PLAN_BASELINE_LABEL,
      new Date(),
      {
        targets,
        plan,
      },
    )
    const saved = created.ok ? snapshotSaved(created.value) : created
    // The list gives a same-second duplicate a suffix: the baseline is the id it was saved under.
    if (saved.ok) planBaselineSaved('selfCheck', saved.value.id)
  }

  return (
    <ActionPlanSection
      owner="selfCheck"
      title="CALMS Radar action plan"
      fileStem="calms-radar-plan"
      bank={bank}
      nextSteps={nextSteps}
      answerOwner="you"
      recheck={before === undefined ? undefined : { before, after: { answers, dora } }}
      onPlanStarted={plan.baselineSnapshotId === undefined ? keepBaseline : undefined}
    />
  )
}

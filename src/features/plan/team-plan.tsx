import { useMemo } from 'react'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import type { Response } from '../../domain/formats/response.ts'
import { signalAnswersInTodaysBank } from '../../domain/plan/signal-movement.ts'
import { teamNextSteps, type TeamStrengthsAndGaps } from '../../domain/plan/team-findings.ts'
import { teamSnapshotLevels, type TeamSnapshot } from '../../domain/storage/team-snapshot.ts'
import { usePlanState } from '../../store/plan-store.ts'
import { useSessionName } from '../../store/team-store.ts'
import { ActionPlanSection } from './action-plan-section.tsx'
import { useTeamPlanBaseline } from '../../components/team-plan-baseline.ts'
import { fileSlug } from '../../browser/export-files.ts'

interface TeamPlanProps {
  responses: readonly Response[]
  /** The team's scores, median levels and what its findings rest on. */
  findings: TeamStrengthsAndGaps
  /** The team snapshot the page compares with, if any. */
  compared: TeamSnapshot | undefined
}

/**
 * The team's next steps and action plan, from the team's median levels, and, compared with the round of the moment
 * the plan was made, each signal's movement from that round's median levels to today's.
 */
export function TeamPlan({ responses, findings, compared }: TeamPlanProps) {
  // Read here, not passed in: typing the session name then renders the plan again, not every team figure.
  const sessionName = useSessionName()
  const { targets } = usePlanState('team')
  const { medianLevels } = findings
  const nextSteps = useMemo(() => teamNextSteps(findings, QUESTION_BANK, targets), [findings, targets])
  const { baseline, keepBaseline } = useTeamPlanBaseline(responses, compared)
  const before =
    baseline === undefined
      ? undefined
      : signalAnswersInTodaysBank({
          bankVersion: baseline.bankVersion,
          answers: teamSnapshotLevels(baseline),
          dora: {},
        })
  const slug = fileSlug(sessionName)

  return (
    <ActionPlanSection
      owner="team"
      title="CALMS Radar team action plan"
      fileStem={`calms-radar-team-plan${slug === '' ? '' : `-${slug}`}`}
      bank={QUESTION_BANK}
      nextSteps={nextSteps}
      answerOwner="team"
      recheck={before === undefined ? undefined : { before, after: { answers: medianLevels, dora: {} } }}
      onPlanStarted={keepBaseline}
    />
  )
}

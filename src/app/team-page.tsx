import { memo, useDeferredValue, useId, useMemo, useState } from 'react'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import type { Response } from '../domain/formats/response.ts'
import { MAX_SESSION_NAME_LENGTH } from '../domain/routes/invitation.ts'
import { aggregateTeam, describeSpreadMinimum, showsSpread } from '../domain/team/team-aggregation.ts'
import { describeSnapshot } from '../domain/scoring/snapshot-name.ts'
import { teamStrengthsAndGaps } from '../domain/plan/team-findings.ts'
import { scoreTeamSnapshot } from '../domain/storage/team-snapshot.ts'
import { usePlanState } from '../store/plan-store.ts'
import { useTeamSnapshots } from '../store/team-snapshot-store.ts'
import { useSessionName, useTeamActions, useTeamResponses } from '../store/team-store.ts'
import { PageHeading } from '../components/page-heading.tsx'
import { PrintHeader } from '../components/print-header.tsx'
import { useComparedSnapshot } from '../components/use-compared-snapshot.ts'
import { usePrinting } from '../components/use-printing.ts'
import { TeamExportPanel } from '../features/exports/team-export-panel.tsx'
import { BackupPanel } from '../features/device/backup-panel.tsx'
import { LargestGapsToTarget } from '../features/plan/largest-gaps-to-target.tsx'
import { AddResponses } from '../features/team/add-responses.tsx'
import { DisagreementsSection } from '../features/team/disagreements-section.tsx'
import { DoraAcrossTeam } from '../features/team/dora-across-team.tsx'
import { InviteSection } from '../features/team/invite-section.tsx'
import { NewRoundSection, TeamRecheckNotice } from '../features/team/new-round-section.tsx'
import { ResponsesSection } from '../features/team/responses-section.tsx'
import { RoleSplitSection } from '../features/team/role-split-section.tsx'
import { SurveyImport } from '../features/team/survey-import.tsx'
import { TeamCompareOverTime } from '../features/team/team-compare-over-time.tsx'
import { TeamFindingsSection } from '../features/team/team-findings-section.tsx'
import { TeamOverview } from '../features/team/team-overview.tsx'
import { TeamPlan } from '../features/plan/team-plan.tsx'

export function TeamPage() {
  const responses = useTeamResponses()
  const sessionName = useSessionName()
  const { sessionRenamed } = useTeamActions()
  const sessionId = useId()
  // The list and its count follow an added or removed person at once. The team's figures, worked out from every
  // response and drawn with the radar, follow in a transition that React renders in slices of a few ms: a change
  // then costs one short task at any team size, and the figures catch up moments later. Paper never shows them a
  // moment behind the list: printing renders them with the responses of now.
  const deferred = useDeferredValue(responses)
  const counted = usePrinting() ? responses : deferred

  return (
    <section aria-labelledby="team-heading" className="team">
      <PrintHeader title="CALMS Radar team report" sessionName={sessionName} />
      <PageHeading id="team-heading">Team</PageHeading>
      <p className="lead">
        Combine everyone&rsquo;s answers without a server: each person copies their share link or downloads
        their response from their results page, and you add them here. Everything stays in this browser.
      </p>
      <div className="form-row">
        <label htmlFor={sessionId}>Session name</label>
        <input
          id={sessionId}
          type="text"
          maxLength={MAX_SESSION_NAME_LENGTH}
          placeholder="e.g. Payments team, retro 2026-11"
          value={sessionName}
          onChange={(event) => sessionRenamed(event.target.value)}
        />
      </div>

      <InviteSection sessionName={sessionName} />
      <AddResponses />
      <SurveyImport />

      <ResponsesSection />
      <TeamRecheckNotice />

      <TeamResults responses={counted} />
      <NewRoundSection />
      <TeamExportPanel />
      <BackupPanel />
    </section>
  )
}

/**
 * Everything the team's responses add up to. Rendered again only when the responses (or what it reads itself, such
 * as the targets) change: typing a session name or changing the list's page leaves the radar alone.
 */
const TeamResults = memo(function TeamResults({ responses }: { responses: readonly Response[] }) {
  const [spreadConfirmed, setSpreadConfirmed] = useState(false)
  const { targets } = usePlanState('team')
  const [compared, setComparedId] = useComparedSnapshot('team', useTeamSnapshots())

  const aggregate = useMemo(() => aggregateTeam(responses, QUESTION_BANK), [responses])
  const findings = useMemo(() => teamStrengthsAndGaps(responses, QUESTION_BANK), [responses])
  const showSpread = showsSpread(responses.length) || spreadConfirmed
  const comparison =
    compared === undefined
      ? undefined
      : { title: describeSnapshot(compared), medians: scoreTeamSnapshot(compared) }

  return (
    <>
      {responses.length > 0 && (
        <>
          {!showSpread && (
            <div role="note" className="notice warning">
              <p>
                With fewer than {describeSpreadMinimum()}, the spread between answers can show who answered
                what. The team radar and table show the median only.
              </p>
              <button type="button" className="button" onClick={() => setSpreadConfirmed(true)}>
                Show the spread anyway
              </button>
            </div>
          )}
          <TeamOverview
            aggregate={aggregate}
            showSpread={showSpread}
            targets={targets}
            comparison={comparison}
          >
            <LargestGapsToTarget scores={findings.scores} owner="team" />
          </TeamOverview>
          {/* Medians, as the radar shows at any count; which of them the team is split on only with the spread. */}
          <TeamFindingsSection findings={findings} showSpread={showSpread} />
          {showSpread && <DisagreementsSection aggregate={aggregate} />}
          <RoleSplitSection responses={responses} />
          <DoraAcrossTeam aggregate={aggregate} />
          <TeamPlan responses={responses} findings={findings} compared={compared} />
        </>
      )}
      <TeamCompareOverTime aggregate={aggregate} compared={compared} onCompare={setComparedId} />
    </>
  )
})

import { useId, useMemo, useState } from 'react'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { MAX_SESSION_NAME_LENGTH } from '../../domain/formats/invitation.ts'
import { aggregateTeam, describeSpreadMinimum, showsSpread } from '../../domain/team/team-aggregation.ts'
import { useSessionName, useTeamActions, useTeamResponses } from '../../store/team-store.ts'
import { PageHeading } from '../../components/page-heading.tsx'
import { PrintHeader } from '../../components/print-header.tsx'
import { TeamExportPanel } from '../exports/team-export-panel.tsx'
import { AddResponses } from './add-responses.tsx'
import { DisagreementsSection } from './disagreements-section.tsx'
import { DoraAcrossTeam } from './dora-across-team.tsx'
import { InviteSection } from './invite-section.tsx'
import { ResponsesSection } from './responses-section.tsx'
import { RoleSplitSection } from './role-split-section.tsx'
import { SurveyImport } from './survey-import.tsx'
import { TeamOverview } from './team-overview.tsx'

export function TeamPage() {
  const responses = useTeamResponses()
  const sessionName = useSessionName()
  const { sessionRenamed } = useTeamActions()
  const [spreadConfirmed, setSpreadConfirmed] = useState(false)
  const sessionId = useId()

  const aggregate = useMemo(() => aggregateTeam(responses, QUESTION_BANK), [responses])
  const showSpread = showsSpread(responses.length) || spreadConfirmed

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
          <TeamOverview aggregate={aggregate} showSpread={showSpread} />
          {showSpread && <DisagreementsSection aggregate={aggregate} />}
          <RoleSplitSection />
          <DoraAcrossTeam aggregate={aggregate} />
        </>
      )}
      <TeamExportPanel />
    </section>
  )
}

import {
  Fragment,
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import type { Response } from '../domain/formats/response.ts'
import { aggregateTeam, describeSpreadMinimum, showsSpread } from '../domain/team/team-aggregation.ts'
import { describeSnapshot } from '../domain/scoring/snapshot-name.ts'
import { teamStrengthsAndGaps } from '../domain/plan/team-findings.ts'
import { scoreTeamSnapshot } from '../domain/storage/team-snapshot.ts'
import { usePlanState } from '../store/plan-store.ts'
import { useTeamSnapshots } from '../store/team-snapshot-store.ts'
import { useSessionName, useTeamResponses } from '../store/team-store.ts'
import { PageHeading } from '../components/page-heading.tsx'
import { PrintHeader } from '../components/print-header.tsx'
import { RenderLater } from '../components/render-later.tsx'
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
import { PresentSection } from '../features/team/present-section.tsx'
import { ResponsesSection } from '../features/team/responses-section.tsx'
import { RoleSplitSection } from '../features/team/role-split-section.tsx'
import { SessionNameSection } from '../features/team/session-name-section.tsx'
import { SetupDisclosure } from '../features/team/setup-disclosure.tsx'
import { SurveyImport } from '../features/team/survey-import.tsx'
import { TeamFileSection } from '../features/team/team-file-section.tsx'
import { TeamCompareOverTime } from '../features/team/team-compare-over-time.tsx'
import { TeamFindingsSection } from '../features/team/team-findings-section.tsx'
import { TEAM_RESULTS_HEADING_ID, TeamOverview } from '../features/team/team-overview.tsx'
import { TeamPlan } from '../features/plan/team-plan.tsx'

export function TeamPage() {
  const responses = useTeamResponses()
  const sessionName = useSessionName()
  const collectHeadingId = useId()
  // The list and its count follow an added or removed person at once. The team's figures, worked out from every
  // response and drawn with the radar, follow in a transition that React renders in slices of a few ms: a change
  // then costs one short task at any team size, and the figures catch up moments later. Paper never shows them a
  // moment behind the list: printing renders them with the responses of now.
  const deferred = useDeferredValue(responses)
  const counted = usePrinting() ? responses : deferred
  const [spreadConfirmed, setSpreadConfirmed] = useState(false)
  const confirmSpread = useCallback(() => setSpreadConfirmed(true), [])
  const showSpread = showsSpread(counted.length) || spreadConfirmed

  // Once responses are in, the room looks at the results: they come first and the setup folds away. Until then,
  // or after a round is cleared, the setup comes first, open. An addition that left something out keeps it as it
  // is, so the person reads what was left out where they are.
  const answered = responses.length > 0
  const [resultsFirst, setResultsFirst] = useState(answered)
  const [inviteOpen, setInviteOpen] = useState(!answered)
  const [collectOpen, setCollectOpen] = useState(!answered)
  const [addedOutcome, setAddedOutcome] = useState('')
  const [wasAnswered, setWasAnswered] = useState(answered)
  if (wasAnswered !== answered) {
    setWasAnswered(answered)
    if (!answered) {
      setAddedOutcome('')
      setResultsFirst(false)
      setInviteOpen(true)
      setCollectOpen(true)
    }
  }

  // Focus moves to the results' heading once they show the added responses, which is a render after the list's;
  // what was added is said just above it, where the person now is.
  const movingToResults = useRef(false)
  const outcomeRef = useRef<HTMLParagraphElement>(null)
  const responsesAdded = useCallback((outcome: string) => {
    setAddedOutcome(outcome)
    setResultsFirst(true)
    setInviteOpen(false)
    setCollectOpen(false)
    movingToResults.current = true
  }, [])
  useEffect(() => {
    if (!movingToResults.current || counted.length === 0) return
    movingToResults.current = false
    outcomeRef.current?.scrollIntoView({ block: 'start' })
    document.getElementById(TEAM_RESULTS_HEADING_ID)?.focus({ preventScroll: true })
  }, [counted])

  const results = (
    <Fragment key="results">
      <p role="status" className="status" ref={outcomeRef}>
        {addedOutcome}
      </p>
      <TeamRecheckNotice />
      <TeamResults responses={counted} showSpread={showSpread} onSpreadConfirmed={confirmSpread} />
    </Fragment>
  )
  const setup = (
    <Fragment key="setup">
      <SessionNameSection />
      <InviteSection sessionName={sessionName} open={inviteOpen} onOpenChange={setInviteOpen} />
      <section aria-labelledby={collectHeadingId} className="collect">
        <h2 id={collectHeadingId}>3. Collect responses</h2>
        <SetupDisclosure
          summary="Add responses: paste links, choose files or import a survey"
          open={collectOpen}
          onOpenChange={setCollectOpen}
        >
          <AddResponses onReadAll={responsesAdded} />
          <SurveyImport onReadAll={responsesAdded} />
        </SetupDisclosure>
        <ResponsesSection />
      </section>
      <PresentSection responseCount={counted.length} showSpread={showSpread} />
    </Fragment>
  )

  return (
    <section aria-labelledby="team-heading" className="team">
      <PrintHeader title="CALMS Radar team report" sessionName={sessionName} />
      <PageHeading id="team-heading">Team</PageHeading>
      <p className="lead">
        Run a retrospective from one shared screen, without a server: name the session, invite everyone, add
        their answers here and present where the team stands. Everything stays in this browser.
      </p>
      {/* Keyed, so that swapping them moves their parts and keeps what they hold (a report, a typed list). */}
      {resultsFirst ? [results, setup] : [setup, results]}
      <NewRoundSection />
      <TeamExportPanel />
      <TeamFileSection />
      <BackupPanel />
    </section>
  )
}

/**
 * Everything the team's responses add up to. Rendered again only when the responses (or what it reads itself, such
 * as the targets) change: typing a session name or changing the list's page leaves the radar alone.
 */
interface TeamResultsProps {
  responses: readonly Response[]
  showSpread: boolean
  onSpreadConfirmed: () => void
}

const TeamResults = memo(function TeamResults({
  responses,
  showSpread,
  onSpreadConfirmed,
}: TeamResultsProps) {
  const { targets } = usePlanState('team')
  const [compared, setComparedId] = useComparedSnapshot('team', useTeamSnapshots())

  const aggregate = useMemo(() => aggregateTeam(responses, QUESTION_BANK), [responses])
  const findings = useMemo(() => teamStrengthsAndGaps(responses, QUESTION_BANK), [responses])
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
              <button type="button" className="button" onClick={onSpreadConfirmed}>
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
          {/* Each section below the radar and its table renders after the first paint, one at a time, or at once
              for paper: opening a team view paints its table about a tenth sooner (docs/performance.md). */}
          <RenderLater>
            {/* Medians, as the radar shows at any count; which of them the team is split on only with the spread. */}
            <TeamFindingsSection findings={findings} showSpread={showSpread} />
            {showSpread && <DisagreementsSection aggregate={aggregate} />}
          </RenderLater>
          <RenderLater>
            <RoleSplitSection responses={responses} />
          </RenderLater>
          <RenderLater>
            <DoraAcrossTeam aggregate={aggregate} />
          </RenderLater>
          <RenderLater>
            <TeamPlan responses={responses} findings={findings} compared={compared} />
          </RenderLater>
        </>
      )}
      <TeamCompareOverTime aggregate={aggregate} compared={compared} onCompare={setComparedId} />
    </>
  )
})

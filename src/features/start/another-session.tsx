import { useId, useState } from 'react'
import type { LiveInvitation } from '../../domain/live/live-invitation.ts'
import { PageHeading } from '../../components/page-heading.tsx'
import { useAssessmentActions, useInvitation } from '../../store/assessment-store.ts'
import { StartFreshProblems, useStartFresh } from './start-fresh.tsx'

/** What the earlier answers were given for, as the question says it. */
function describeEarlier(earlier: string | undefined, invitation: string): string {
  if (earlier === undefined) return 'This browser holds answers you gave without an invitation.'
  if (earlier === invitation)
    return `This browser holds answers you gave in another session called \u201c${earlier}\u201d.`
  return `This browser holds answers you gave for \u201c${earlier}\u201d.`
}

/**
 * Asked when a person follows an invitation while this browser holds answers given for another session (another
 * name or live room, or no invitation at all): last month's answers must not go on, and be sent, as this month's
 * without the person choosing so. Asked on the way into the questionnaire, not on the start page: a start choice
 * can be tapped before the app has started, and its link carries the invitation here.
 *
 * Either choice remembers the new invitation, which ends the question: "Start fresh" keeps the earlier answers as a
 * snapshot and clears them, so the check starts at its first step; "Review my earlier answers" goes on with them
 * where they were left.
 */
export function AnotherSession({
  invitation,
  live,
}: {
  invitation: string
  live: LiveInvitation | undefined
}) {
  const earlier = useInvitation()
  const { invitationAccepted } = useAssessmentActions()
  const startFresh = useStartFresh()
  const [problems, setProblems] = useState<string[]>([])
  const ids = { heading: useId(), note: useId() }

  return (
    <section aria-labelledby={ids.heading} className="another-session">
      <PageHeading id={ids.heading}>You have answers from an earlier session</PageHeading>
      <p>
        {describeEarlier(earlier, invitation)} You are now invited to <bdi>{`\u201c${invitation}\u201d`}</bdi>
        .
      </p>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          aria-describedby={ids.note}
          onClick={() => {
            const kept = startFresh()
            setProblems(kept.ok ? [] : kept.errors)
            if (kept.ok) invitationAccepted(invitation, live)
          }}
        >
          Start fresh
        </button>
        <button type="button" className="button" onClick={() => invitationAccepted(invitation, live)}>
          Review my earlier answers
        </button>
      </div>
      <p id={ids.note} className="note">
        Start fresh keeps your earlier answers as a snapshot, to compare your new results with, and starts a
        new check. Review my earlier answers goes on with them where you left off, for this session.
      </p>
      <StartFreshProblems problems={problems} />
    </section>
  )
}

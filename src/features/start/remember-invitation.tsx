import { useEffect } from 'react'
import type { LiveInvitation } from '../../domain/live/live-invitation.ts'
import { useAnswersForAnotherSession, useAssessmentActions } from '../../store/assessment-store.ts'

/**
 * Remembers the session with the self-check, so the results page can offer to send the answers to it. A module of
 * its own, loaded only from an invitation link: the start page stays free of the store, for its first-load budget
 * and for the build's prerender, which runs where there is no window.
 *
 * Not over answers given for another session: the start choice, which carries the invitation on, first asks the
 * person what to do with them (AnotherSession), and remembering it here would make that question go unasked.
 */
export function RememberInvitation({
  sessionName,
  live,
}: {
  sessionName: string
  live?: LiveInvitation | undefined
}) {
  const { invitationAccepted } = useAssessmentActions()
  const anotherSession = useAnswersForAnotherSession(sessionName, live)
  useEffect(() => {
    if (!anotherSession) invitationAccepted(sessionName, live)
  }, [sessionName, live, anotherSession, invitationAccepted])
  return null
}

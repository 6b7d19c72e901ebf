import { useEffect } from 'react'
import { useAssessmentActions } from '../../store/assessment-store.ts'

/**
 * Remembers the session with the self-check, so the results page can offer to send the answers to it. A module of
 * its own, loaded only from an invitation link: the start page stays free of the store, for its first-load budget
 * and for the build's prerender, which runs where there is no window.
 */
export function RememberInvitation({ sessionName }: { sessionName: string }) {
  const { invitationAccepted } = useAssessmentActions()
  useEffect(() => {
    invitationAccepted(sessionName)
  }, [sessionName, invitationAccepted])
  return null
}

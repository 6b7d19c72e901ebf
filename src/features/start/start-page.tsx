import { useEffect } from 'react'
import { navigate } from '../../browser/hash-route.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { useAssessmentActions } from '../../store/assessment-store.ts'

export function StartPage({ invitation }: { invitation?: string | undefined }) {
  const { invitationAccepted } = useAssessmentActions()
  // Remembered with the self-check, so the results page can offer to send the answers to this session.
  useEffect(() => {
    if (invitation !== undefined) invitationAccepted(invitation)
  }, [invitation, invitationAccepted])
  return (
    <section aria-labelledby="start-heading" className="start">
      <h1 id="start-heading">CALMS Radar</h1>
      {invitation !== undefined && (
        <p className="invitation">
          You are invited to the session <bdi>&ldquo;{invitation}&rdquo;</bdi>. Answer the self-check, then
          send your share link to the facilitator from your results page.
        </p>
      )}
      <p className="lead">
        See where your team stands on DevOps through the CALMS lens: Culture, Automation, Lean, Measurement
        and Sharing. Answer questions about what your team actually does, and get a radar of strengths and
        gaps with next steps from the lesson &ldquo;What Is DevOps?&rdquo;.
      </p>
      <p>About ten minutes on your own, or combine everyone&rsquo;s answers in a team retrospective.</p>
      <button type="button" className="button primary" onClick={() => navigate(routes.resume)}>
        Start self-check
      </button>
    </section>
  )
}

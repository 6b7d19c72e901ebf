import { navigate } from '../../browser/hash-route.ts'
import { describeCheckTime } from '../../domain/bank/check-times.ts'
import { routes } from '../../domain/routes/route-table.ts'

export function StartPage({ invitation }: { invitation?: string | undefined }) {
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
      <p>Take it on your own, or combine everyone&rsquo;s answers in a team retrospective.</p>
      <div className="start-choices">
        <div className="start-choice">
          <button
            type="button"
            className="button primary"
            aria-describedby="quick-check-time"
            onClick={() => navigate(routes.startCheck('quick'))}
          >
            Start quick check
          </button>
          <p id="quick-check-time">
            One question for each practice and anti-pattern of the lesson, {describeCheckTime('quick')}: for a
            retro or a first look.
          </p>
        </div>
        <div className="start-choice">
          <button
            type="button"
            className="button"
            aria-describedby="full-check-time"
            onClick={() => navigate(routes.startCheck('full'))}
          >
            Start self-check
          </button>
          <p id="full-check-time">
            The full check, {describeCheckTime('full')}: for a kickoff workshop or a careful look. A quick
            check can be continued into it later, with every answer kept.
          </p>
        </div>
      </div>
    </section>
  )
}

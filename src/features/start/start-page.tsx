import { navigate } from '../../browser/hash-route.ts'
import { describeCheckTime } from '../../domain/bank/check-times.ts'
import { routes } from '../../domain/routes/route-table.ts'
import type { CheckDepth } from '../../domain/bank/check-depth.ts'
import { lazy, Suspense, useId, useSyncExternalStore, type ReactNode } from 'react'
import { isKeyStored } from '../../browser/stored-key.ts'
import { PLANS_STORAGE_KEY } from '../../store/plan-storage-key.ts'

const RememberInvitation = lazy(() =>
  import('./remember-invitation.tsx').then((m) => ({ default: m.RememberInvitation })),
)
const RecheckNotice = lazy(() =>
  import('../plan/recheck-notice.tsx').then((m) => ({ default: m.StartPageRecheckNotice })),
)

// Whether a plan is kept is read once per render; nothing on this page changes it, so nothing to subscribe to.
const noSubscription = () => () => undefined

/**
 * Whether this browser keeps a plan: false in the prerendered page, which has no storage, and a visitor without a
 * plan never loads the plan's code.
 */
function useKeepsPlan(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => isKeyStored(PLANS_STORAGE_KEY),
    () => false,
  )
}

export function StartPage({ invitation }: { invitation?: string | undefined }) {
  const keepsPlan = useKeepsPlan()
  return (
    <section aria-labelledby="start-heading" className="start">
      <h1 id="start-heading">CALMS Radar</h1>
      {invitation !== undefined && (
        <>
          {/* Its own boundary: loading it must not blank the page with the app's "Loading" fallback. */}
          <Suspense fallback={null}>
            <RememberInvitation sessionName={invitation} />
          </Suspense>
          <p className="invitation">
            You are invited to the session <bdi>&ldquo;{invitation}&rdquo;</bdi>. Answer the self-check, then
            send your share link to the facilitator from your results page.
          </p>
        </>
      )}
      <p className="lead">
        See where your team stands on DevOps through the CALMS lens: Culture, Automation, Lean, Measurement
        and Sharing. Answer questions about what your team actually does, and get a radar of strengths and
        gaps with next steps from the lesson &ldquo;What Is DevOps?&rdquo;.
      </p>
      <p>Take it on your own, or combine everyone&rsquo;s answers in a team retrospective.</p>
      <div className="start-choices">
        <StartChoice depth="quick" label="Start quick check" primary>
          One question for each practice and anti-pattern of the lesson, {describeCheckTime('quick')}: for a
          retro or a first look.
        </StartChoice>
        <StartChoice depth="full" label="Start self-check">
          The full check, {describeCheckTime('full')}: for a kickoff workshop or a careful look. A quick check
          can be continued into it later, with every answer kept.
        </StartChoice>
      </div>
      {keepsPlan && (
        <Suspense fallback={null}>
          <RecheckNotice />
        </Suspense>
      )}
    </section>
  )
}

interface StartChoiceProps {
  depth: CheckDepth
  label: string
  primary?: boolean
  /** What the depth is for and how long it takes: the button's description. */
  children: ReactNode
}

function StartChoice({ depth, label, primary = false, children }: StartChoiceProps) {
  const descriptionId = useId()
  return (
    <div className="start-choice">
      <button
        type="button"
        className={primary ? 'button primary' : 'button'}
        aria-describedby={descriptionId}
        onClick={() => navigate(routes.startCheck(depth))}
      >
        {label}
      </button>
      <p id={descriptionId}>{children}</p>
    </div>
  )
}

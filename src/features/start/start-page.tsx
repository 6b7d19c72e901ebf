import {
  INVITATION_CHECK_CLASS,
  INVITATION_SLOT_ID,
  invitedCheck,
  START_CHOICE_LINK_CLASS,
} from '../../browser/prerendered-invitation.ts'
import { describeCheckTime } from '../../domain/bank/check-times.ts'
import { routes } from '../../domain/routes/route-table.ts'
import type { CheckDepth } from '../../domain/bank/check-depth.ts'
import type { LiveInvitation } from '../../domain/live/live-invitation.ts'
import { lazy, Suspense, useId, useSyncExternalStore, type ReactNode } from 'react'
import { isKeyStored } from '../../browser/stored-key.ts'
import { PLANS_STORAGE_KEY } from '../../store/plan-storage-key.ts'
import { ASSESSMENT_STORAGE_KEY } from '../../domain/storage/assessment-storage-key.ts'

const RememberInvitation = lazy(() =>
  import('./remember-invitation.tsx').then((m) => ({ default: m.RememberInvitation })),
)

// Whether something is kept is read once per render; what this page changes is read by the code it then loaded.
const noSubscription = () => () => undefined

/**
 * Whether this browser keeps something under `key`: false in the prerendered page, which has no storage, and a
 * visitor without it never loads the code that reads it.
 */
function useKeeps(key: string): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => isKeyStored(key),
    () => false,
  )
}

/** True only while the build prerenders the page, which has no address: see prerendered-invitation.ts. */
function usePrerendering(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  )
}

interface StartPageProps {
  invitation?: string | undefined
  /** The invitation's live session, which the start choices carry on with it. */
  live?: LiveInvitation | undefined
  /** The depth an invitation asks for: its start choice is the primary one (the quick check without one). */
  depth?: CheckDepth | undefined
  /** Called when a person shows they are about to take a start choice: the app starts loading that screen. */
  onChoiceIntent?: (() => void) | undefined
  /** The plan's re-check notice, shown only when this browser keeps a plan: lazy, so it costs nothing otherwise. */
  recheckNotice?: ReactNode
  /**
   * "Your results from ...", shown only when this browser keeps a self-check (it renders nothing without answers):
   * lazy, so it costs nothing otherwise.
   */
  returningPerson?: ReactNode
}

export function StartPage({
  invitation,
  live,
  depth,
  onChoiceIntent,
  recheckNotice,
  returningPerson,
}: StartPageProps) {
  const keepsPlan = useKeeps(PLANS_STORAGE_KEY)
  const keepsSelfCheck = useKeeps(ASSESSMENT_STORAGE_KEY)
  const prerendering = usePrerendering()
  return (
    <section aria-labelledby="start-heading" className="start">
      <h1 id="start-heading">CALMS Radar</h1>
      {invitation !== undefined && (
        <>
          {/* Its own boundary: loading it must not blank the page with the app's "Loading" fallback. It stores the
              invitation for a person who leaves by another way than a start choice, whose link carries it. */}
          <Suspense fallback={null}>
            <RememberInvitation sessionName={invitation} live={live} />
          </Suspense>
          <InvitationBanner sessionName={invitation} depth={depth} />
        </>
      )}
      {invitation === undefined && prerendering && <InvitationBanner />}
      <p className="lead">
        See where your team stands on DevOps through the CALMS lens: Culture, Automation, Lean, Measurement
        and Sharing. Answer questions about what your team actually does, and get a radar of strengths and
        gaps with next steps from the lesson &ldquo;What Is DevOps?&rdquo;.
      </p>
      <p>Take it on your own, or combine everyone&rsquo;s answers in a team retrospective.</p>
      <div className="start-choices">
        <StartChoice
          depth="quick"
          label="Start quick check"
          invitation={invitation}
          live={live}
          onIntent={onChoiceIntent}
          primary={depth !== 'full'}
        >
          One question for each practice and anti-pattern of the lesson, {describeCheckTime('quick')}: for a
          retro or a first look.
        </StartChoice>
        <StartChoice
          depth="full"
          label="Start self-check"
          invitation={invitation}
          live={live}
          onIntent={onChoiceIntent}
          primary={depth === 'full'}
        >
          The full check, {describeCheckTime('full')}: for a kickoff workshop or a careful look. A quick check
          can be continued into it later, with every answer kept.
        </StartChoice>
      </div>
      {/* Below the start choices, so it never moves them; a plain link, so it works before the app has started. */}
      <p className="team-choice">
        <a href={routes.team}>Run a team session</a>: invite your team from one shared screen, collect their
        answers and see where the team stands together.
      </p>
      {/* Below the start choices and the team link too, as it comes with the app and its stores, after the first
          paint: above them it would push them down under the person's finger. One boundary, so both show at once. */}
      <Suspense fallback={null}>
        {keepsSelfCheck && returningPerson}
        {keepsPlan && recheckNotice}
      </Suspense>
    </section>
  )
}

/**
 * Who invited the person. Without a name it is the prerendered page's hidden, empty slot, which a script fills from
 * the address before the first paint; the app then renders the same paragraph in its place.
 */
function InvitationBanner({ sessionName, depth }: { sessionName?: string; depth?: CheckDepth | undefined }) {
  const slot = sessionName === undefined
  return (
    <p className="invitation" id={slot ? INVITATION_SLOT_ID : undefined} hidden={slot}>
      You are invited to the session <bdi>{slot ? '' : `\u201c${sessionName}\u201d`}</bdi>. Answer the{' '}
      <span className={INVITATION_CHECK_CLASS}>{invitedCheck(depth)}</span>, then send your share link to the
      facilitator from your results page.
    </p>
  )
}

interface StartChoiceProps {
  depth: CheckDepth
  label: string
  invitation: string | undefined
  live: LiveInvitation | undefined
  onIntent: (() => void) | undefined
  primary?: boolean
  /** What the depth is for and how long it takes: the link's description. */
  children: ReactNode
}

/**
 * A link, not a button: in the prerendered page it works before the app has started, and the route it leads to is
 * read once the app starts. Pointing at it, touching or focusing it tells of the intent.
 */
function StartChoice({
  depth,
  label,
  invitation,
  live,
  onIntent,
  primary = false,
  children,
}: StartChoiceProps) {
  const descriptionId = useId()
  return (
    <div className="start-choice">
      <a
        href={routes.startCheck(depth, invitation, live)}
        className={`${START_CHOICE_LINK_CLASS} button${primary ? ' primary' : ''}`}
        aria-describedby={descriptionId}
        onPointerOver={onIntent}
        onPointerDown={onIntent}
        onTouchStart={onIntent}
        onFocus={onIntent}
      >
        {label}
      </a>
      <p id={descriptionId}>{children}</p>
    </div>
  )
}

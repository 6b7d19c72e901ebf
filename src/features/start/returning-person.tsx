import { useEffect, useId, useRef, useState } from 'react'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import type { LiveInvitation } from '../../domain/live/live-invitation.ts'
import { routes } from '../../domain/routes/route-table.ts'
import {
  describeSavedCheck,
  describeSavedCheckHeading,
  describeSavedCheckProgress,
} from '../../domain/storage/saved-check.ts'
import { useAnswers, useAnsweredAt, useCheckDepth, useDoraAnswers } from '../../store/assessment-store.ts'
import { StartFreshProblems, useStartFresh } from './start-fresh.tsx'

/**
 * For a person who comes back to a self-check with answers: see its results, continue it at its depth and step, or
 * start fresh. Starting fresh keeps the answers as a snapshot first (useStartFresh), so nothing is lost and no
 * confirmation is asked; then the answers are cleared and the start choices above take the new check, at either
 * depth.
 */
export function ReturningPerson({
  invitation,
  live,
}: {
  /** The invitation the start page was opened with: "Continue" carries it on, as the start choices do. */
  invitation?: string | undefined
  live?: LiveInvitation | undefined
}) {
  const answers = useAnswers()
  const dora = useDoraAnswers()
  const answeredAt = useAnsweredAt()
  const depth = useCheckDepth()
  const startFreshAndKeep = useStartFresh()
  const [keptAs, setKeptAs] = useState<string | undefined>(undefined)
  const [problems, setProblems] = useState<string[]>([])
  const ids = { heading: useId(), note: useId() }
  const headingRef = useRef<HTMLHeadingElement>(null)
  const saved = describeSavedCheck(QUESTION_BANK, { answers, dora, answeredAt, depth })
  // The button is gone: the heading, which now says what happened, takes the focus where the person was.
  useEffect(() => {
    if (keptAs !== undefined) headingRef.current?.focus()
  }, [keptAs])
  if (saved === undefined && keptAs === undefined) return null

  const startFresh = () => {
    const kept = startFreshAndKeep()
    setProblems(kept.ok ? [] : kept.errors)
    if (kept.ok) setKeptAs(kept.value)
  }

  return (
    <section aria-labelledby={ids.heading} className="returning">
      <h2 id={ids.heading} ref={headingRef} tabIndex={-1}>
        {saved === undefined ? 'Started fresh' : describeSavedCheckHeading(saved)}
      </h2>
      {saved !== undefined && (
        <>
          <p>{describeSavedCheckProgress(saved)}</p>
          <div className="returning-actions">
            <a className="button" href={routes.results}>
              See results
            </a>
            <a className="button" href={routes.startCheck(undefined, invitation, live)}>
              Continue
            </a>
            <button type="button" className="button" aria-describedby={ids.note} onClick={startFresh}>
              Start fresh
            </button>
          </div>
          <p id={ids.note} className="note">
            Start fresh keeps these answers as a snapshot, to compare your new results with, and clears them
            for a new check.
          </p>
        </>
      )}
      {/* There from the first render, so that screen readers announce what is written into it. */}
      <p role="status">
        {keptAs !== undefined &&
          `Your answers are kept as the snapshot \u201c${keptAs}\u201d: choose it under \u201cCompare with\u201d on your new results. Choose a check above to start.`}
      </p>
      <StartFreshProblems problems={problems} />
    </section>
  )
}

import { useEffect, useMemo, useRef, useState } from 'react'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { buildPresentSlides } from '../../domain/plan/present-slides.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { showsSpread } from '../../domain/team/team-aggregation.ts'
import { navigate } from '../../browser/hash-route.ts'
import { usePlanState } from '../../store/plan-store.ts'
import { useSessionName, useTeamResponses } from '../../store/team-store.ts'
import { usePrinting } from '../../components/use-printing.ts'
import { useLiveIntake } from '../../components/use-live-intake.ts'
import { useRunningLiveSession } from '../../store/live-session-store.ts'
import { PresentSlide } from './present-slide.tsx'

/** Where focus is typing: keys there are the text's, not the deck's. */
const isTextField = (target: EventTarget | null): target is HTMLElement =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.closest('input, textarea, select') !== null)

/**
 * Present mode: the team's results as slides on a shared screen, one at a time, sized to the viewport and without
 * the app's header. The slide's place is kept here, not in the address, so a reload starts from the first slide.
 * Only the slide on screen is rendered, so the first one shows at once for a large team; printing renders them
 * all, one to a landscape page, as a handout.
 */
export function PresentPage() {
  const responses = useTeamResponses()
  const sessionName = useSessionName()
  const { targets } = usePlanState('team')
  const printing = usePrinting()
  // A live session goes on while the room looks at the slides: answers sent meanwhile join the deck.
  useLiveIntake(useRunningLiveSession())
  const slides = useMemo(
    () =>
      buildPresentSlides({
        responses,
        bank: QUESTION_BANK,
        targets,
        sessionName,
        // The team page's minimum, without its "Show the spread anyway": a room sees the spread only from it.
        spreadShown: showsSpread(responses.length),
      }),
    [responses, targets, sessionName],
  )
  const [index, setIndex] = useState(0)
  const last = slides.length - 1
  // The team can change in another tab meanwhile; the deck then stays on its last slide.
  const current = Math.min(index, last)
  const slide = slides[current]

  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!printing) headingRef.current?.focus({ preventScroll: true })
  }, [current, printing])

  useEffect(() => {
    if (printing) return undefined
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (isTextField(event.target)) {
        // Escape leaves the notes rather than the deck, so a slip of the finger loses nothing.
        if (event.key === 'Escape') event.target.blur()
        return
      }
      const moves: Partial<Record<string, () => number>> = {
        ArrowRight: () => Math.min(current + 1, last),
        ArrowLeft: () => Math.max(current - 1, 0),
        Home: () => 0,
        End: () => last,
      }
      const move = moves[event.key]
      if (move !== undefined) {
        event.preventDefault()
        setIndex(move())
      } else if (event.key === 'Escape') {
        event.preventDefault()
        navigate(routes.team)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [current, last, printing])

  if (printing) {
    return (
      <main className="deck printing">
        {slides.map((each, at) => (
          <PresentSlide key={at} slide={each} id={`slide-${at + 1}`} />
        ))}
      </main>
    )
  }

  const atStart = current === 0
  const atEnd = current === last
  return (
    <main className="deck">
      {slide && (
        <PresentSlide key={current} slide={slide} id={`slide-${current + 1}`} headingRef={headingRef} />
      )}
      <nav aria-label="Slides" className="deck-controls">
        <a href={routes.team}>Exit present mode</a>
        <p className="slide-position">
          {current + 1} / {slides.length}
        </p>
        <div className="deck-buttons">
          <button
            type="button"
            className="button"
            aria-disabled={atStart || undefined}
            onClick={() => setIndex(Math.max(current - 1, 0))}
          >
            Back
          </button>
          <button
            type="button"
            className="button primary"
            aria-disabled={atEnd || undefined}
            onClick={() => setIndex(Math.min(current + 1, last))}
          >
            Next
          </button>
        </div>
      </nav>
    </main>
  )
}

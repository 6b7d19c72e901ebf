import type { ReactNode, Ref } from 'react'
import type { Slide } from '../../domain/plan/present-slides.ts'
import { SPLIT_QUESTION_NOTE } from '../../domain/team/disagreement.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { OptionBars } from '../../components/option-bars.tsx'
import { RoleMediansTable } from '../../components/role-medians-table.tsx'
import { DisagreementNotes } from './disagreement-notes.tsx'
import { SlideRadar, SlideRadarTable } from './slide-radar.tsx'
import { TryFirstSteps } from './try-first-steps.tsx'

interface PresentSlideProps {
  slide: Slide
  /** Unique on the page: printing puts every slide on it at once. */
  id: string
  headingRef?: Ref<HTMLHeadingElement> | undefined
}

/** One slide: a region named by its heading, which takes focus when the slide comes up. */
export function PresentSlide({ slide, id, headingRef }: PresentSlideProps) {
  const headingId = `${id}-heading`
  return (
    <section aria-labelledby={headingId} className={`slide slide-${slide.kind}`}>
      <div className="slide-title">
        <h1 id={headingId} tabIndex={-1} ref={headingRef}>
          {slide.heading}
        </h1>
        {/* Beside the heading rather than under it: a question's bars need the height. */}
        {slide.kind === 'disagreement' && (
          <p className="slide-note">
            {slide.pillarLabel}
            {slide.split && <strong> &middot; {SPLIT_QUESTION_NOTE}</strong>}
          </p>
        )}
      </div>
      <SlideBody slide={slide} headingId={headingId} />
    </section>
  )
}

function SlideBody({ slide, headingId }: { slide: Slide; headingId: string }): ReactNode {
  switch (slide.kind) {
    case 'nothing':
      return (
        <p>
          No responses have been added to the team view yet. <a href={routes.team}>Go to the team page</a>
        </p>
      )
    case 'session':
      return (
        <>
          <p className="slide-lead">{slide.answered}</p>
          <p className="slide-kicker">CALMS Radar team results</p>
        </>
      )
    case 'radar':
      return (
        <>
          <div className="slide-chart">
            <SlideRadar pillars={slide.pillars} spreadShown={slide.spreadShown} />
            <SlideRadarTable
              pillars={slide.pillars}
              spreadShown={slide.spreadShown}
              targetsShown={slide.targetsShown}
              caption="Team scores by CALMS pillar, 0 to 100"
            />
          </div>
          <ul className="deck-legend">
            <li className="key-median">Team median</li>
            {slide.spreadShown && <li className="key-band">Middle half of the team</li>}
            {slide.targetsShown && <li className="key-target">Target</li>}
          </ul>
        </>
      )
    case 'disagreement':
      return (
        <>
          <p className="slide-question">{slide.question}</p>
          <OptionBars tally={slide.tally} labelledBy={headingId} />
          <DisagreementNotes questionId={slide.questionId} practice={slide.practice} />
        </>
      )
    case 'dora-metric':
      return (
        <>
          <p className="slide-note">How the team answered</p>
          <OptionBars tally={slide.tally} labelledBy={headingId} />
        </>
      )
    case 'dora-verdict':
      return (
        <>
          {slide.verdict !== undefined && (
            <p className="slide-lead">
              <strong>{slide.verdict}</strong>
            </p>
          )}
          {slide.lines.length > 0 && (
            <ul className="slide-list">
              {slide.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </>
      )
    case 'findings':
      return (
        <div className="slide-groups">
          {slide.groups.map((group) => (
            <div key={group.title} className="slide-group">
              <h2>{group.title}</h2>
              <ul className="slide-list">
                {group.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )
    case 'role':
      return (
        <>
          {/* Not in a TableScroll: a slide never scrolls, and six roles by five pillars fit one. */}
          <RoleMediansTable rows={slide.rows} className="slide-table" captionHidden />
          {slide.hidden !== undefined && <p className="slide-note">{slide.hidden}</p>}
        </>
      )
    case 'try-first':
      return slide.steps.length === 0 ? <p>{slide.empty}</p> : <TryFirstSteps steps={slide.steps} />
  }
}

import { useId } from 'react'
import { plural } from '../../domain/common/plural.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { describeSpreadMinimum } from '../../domain/team/team-aggregation.ts'

interface PresentSectionProps {
  responseCount: number
  /** Whether the results show the spread between answers (the highest and lowest person, the disagreements). */
  showSpread: boolean
}

/**
 * What a facilitator checks before putting the results on the shared screen: the summary, and after it, last in
 * the section, the way to present them.
 */
export function PresentSection({ responseCount, showSpread }: PresentSectionProps) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="setup-step present">
      <h2 id={headingId}>4. Present</h2>
      {responseCount === 0 ? (
        <p>No responses yet: the team&rsquo;s results appear once the first one is added.</p>
      ) : (
        <>
          <p>The results show {plural(responseCount, 'response', 'responses')}, at the top of this page.</p>
          <p>
            {showSpread
              ? 'The spread between answers is shown: the highest and lowest person on the radar, and where the team disagrees.'
              : `The spread between answers is hidden: with fewer than ${describeSpreadMinimum()}, it can show who answered what. The results show the median only.`}
          </p>
          <p>
            <a className="button primary" href={routes.present}>
              Present
            </a>
          </p>
        </>
      )}
    </section>
  )
}

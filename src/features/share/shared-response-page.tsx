import { useMemo, useState } from 'react'
import { getBank } from '../../domain/bank/bank-registry.ts'
import { ROLE_LABELS } from '../../domain/formats/response.ts'
import { decodeShareCode } from '../../domain/formats/share-code.ts'
import { scoreAnswers } from '../../domain/scoring/scoring.ts'
import { useTeamActions } from '../../store/team-store.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { PageHeading } from '../../components/page-heading.tsx'
import { ScoreRadar } from '../../components/score-radar.tsx'
import { ScoreTable } from '../../components/score-table.tsx'

/** Someone else's answers, opened from a share link: read-only, and never mixed into the opener's own. */
export function SharedResponsePage({ code }: { code: string }) {
  const decoded = useMemo(() => decodeShareCode(code, getBank), [code])
  const { responsesAdded } = useTeamActions()
  const [status, setStatus] = useState('')

  if (!decoded.ok) {
    return (
      <section aria-labelledby="shared-heading">
        <PageHeading id="shared-heading">This share link cannot be opened</PageHeading>
        <ul>
          {decoded.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
        <p>
          Links break when they are cut short or changed in chat. Ask the person to copy their share link
          again, or to send the response file instead. Your own answers are untouched.
        </p>
        <p>
          <a href={routes.team}>Go to the team view</a>
        </p>
      </section>
    )
  }

  const response = decoded.value
  const bank = getBank(response.bankVersion)
  const scores = bank ? scoreAnswers(bank, response.answers) : null
  const who = response.alias ?? 'someone who gave no name'

  return (
    <section aria-labelledby="shared-heading">
      <PageHeading id="shared-heading">Shared answers</PageHeading>
      <p className="lead">
        Answers from <bdi>{who}</bdi>
        {response.role ? ` (${ROLE_LABELS[response.role]})` : ''}, given on {response.createdAt.slice(0, 10)}.
        This view is read-only: your own self-check is not changed.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            const result = responsesAdded([response])
            setStatus(
              result.added === 1
                ? 'Added to your team view.'
                : result.duplicates === 1
                  ? 'This response is already in your team view.'
                  : 'Your team view is full: remove a response first.',
            )
          }}
        >
          Add to my team view
        </button>
        <a className="button" href={routes.team}>
          Open the team view
        </a>
      </div>
      <p role="status" className="status">
        {status}
      </p>
      {scores && (
        <>
          <ScoreRadar title="Shared CALMS pillar scores" groups={scores.pillars} />
          <ScoreTable caption="Shared scores by CALMS pillar" groupLabel="Pillar" groups={scores.pillars} />
        </>
      )}
    </section>
  )
}

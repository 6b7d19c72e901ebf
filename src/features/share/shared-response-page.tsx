import { useMemo, useState } from 'react'
import { getBank } from '../../domain/bank/bank-registry.ts'
import { ROLE_LABELS } from '../../domain/formats/profile.ts'
import { decodeShareCode } from '../../domain/formats/share-code.ts'
import { migrateResponse } from '../../domain/formats/response-migration.ts'
import { ok } from '../../domain/common/parse-result.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { bankForDepth, describeCheckBasis, inferCheckDepth } from '../../domain/bank/check-depth.ts'
import { scoreAnswers } from '../../domain/scoring/scoring.ts'
import { useTeamActions } from '../../store/team-store.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { PageHeading } from '../../components/page-heading.tsx'
import { ScoreRadar } from '../../components/score-radar.tsx'
import { ScoreTable } from '../../components/score-table.tsx'

/** Someone else's answers, opened from a share link: read-only, and never mixed into the opener's own. */
export function SharedResponsePage({ code }: { code: string }) {
  // Read with the question order of the link's own bank version, then brought to the bank this app asks.
  const decoded = useMemo(() => {
    const read = decodeShareCode(code, getBank)
    if (!read.ok) return read
    const migrated = migrateResponse(read.value)
    return migrated.ok ? ok({ asShared: read.value, current: migrated.value.response }) : migrated
  }, [code])
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

  // The team view keeps the response as it was shared; it is migrated again whenever it is read.
  const { asShared: response, current } = decoded.value
  // A link does not say its depth: answers to quick questions only are a quick check, scored on what it asked.
  const depth = inferCheckDepth(QUESTION_BANK, current.answers)
  const scores = scoreAnswers(bankForDepth(QUESTION_BANK, depth), current.answers)
  const who = response.alias ?? 'someone who gave no name'

  return (
    <section aria-labelledby="shared-heading">
      <PageHeading id="shared-heading">Shared answers</PageHeading>
      <p className="lead">
        Answers from <bdi>{who}</bdi>
        {response.role ? ` (${ROLE_LABELS[response.role]})` : ''}, given on {response.createdAt.slice(0, 10)}.
        This view is read-only: your own self-check is not changed.
        {depth === 'quick' && ` These answers are a ${describeCheckBasis(QUESTION_BANK, 'quick')}.`}
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
      <ScoreRadar title="Shared CALMS pillar scores" groups={scores.pillars} />
      <ScoreTable caption="Shared scores by CALMS pillar" groupLabel="Pillar" groups={scores.pillars} />
    </section>
  )
}

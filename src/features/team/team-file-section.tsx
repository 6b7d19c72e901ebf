import { useId } from 'react'
import type { Response } from '../../domain/formats/response.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { buildTeamFile, MAX_TEAM_NAME_LENGTH, serializeTeamFile } from '../../domain/coach/team-file.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { downloadFile } from '../../browser/download.ts'
import { fileDate } from '../../browser/export-files.ts'
import { usePlanState } from '../../store/plan-store.ts'
import { useTeamIdentityActions, useTeamPseudonym } from '../../store/team-identity-store.ts'
import { useSessionName, useTeamResponses } from '../../store/team-store.ts'

/** The team's round in a file for its coach, and the way to the coach's own view of several teams. */
export function TeamFileSection() {
  const responses = useTeamResponses()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="team-file">
      <h2 id={headingId}>Across teams</h2>
      {responses.length > 0 && <TeamFileForm responses={responses} />}
      <p>
        Coaching several teams? <a href={routes.coach}>Open the coach&rsquo;s view</a> and add their team
        files.
      </p>
    </section>
  )
}

/**
 * Everyone's answers without aliases, the targets and the plan, under the session name or a pseudonym that
 * replaces it: the coach never sees a person's name.
 */
function TeamFileForm({ responses }: { responses: readonly Response[] }) {
  const sessionName = useSessionName()
  const pseudonym = useTeamPseudonym()
  const { teamPseudonymChanged, teamFileDownloaded } = useTeamIdentityActions()
  const { targets, plan } = usePlanState('team')
  const ids = { input: useId(), hint: useId(), missing: useId() }
  const name = (pseudonym.trim() === '' ? sessionName : pseudonym).trim()

  return (
    <>
      <p>
        A coach who looks across teams adds this file to their coach&rsquo;s view. It holds everyone&rsquo;s
        answers without aliases, the targets and the plan, under the session name or the pseudonym below.
        Download it again after each round.
      </p>
      <div className="form-row">
        <label htmlFor={ids.input}>Team pseudonym</label>
        <input
          id={ids.input}
          type="text"
          maxLength={MAX_TEAM_NAME_LENGTH}
          aria-describedby={ids.hint}
          value={pseudonym}
          onChange={(event) => teamPseudonymChanged(event.target.value)}
        />
        <p id={ids.hint} className="note">
          Optional. Replaces the session name in the file.
        </p>
      </div>
      <button
        type="button"
        className="button"
        aria-describedby={name === '' ? ids.missing : undefined}
        disabled={name === ''}
        onClick={() => {
          const date = fileDate(new Date())
          // The id is made with the first file and kept, so the coach sees every later file as the next round.
          const teamId = teamFileDownloaded()
          const file = buildTeamFile({ teamId, name, date, responses, targets, plan }, QUESTION_BANK)
          downloadFile(serializeTeamFile(file), `calms-radar-team-${date}.json`, 'application/json')
        }}
      >
        Download team file
      </button>
      {name === '' && (
        <p id={ids.missing} className="note">
          Name the session or give a pseudonym first: the coach tells teams apart by it.
        </p>
      )}
    </>
  )
}

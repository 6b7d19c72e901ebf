import { memo, useId } from 'react'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import { NO_SCORE_TEXT } from '../../domain/scoring/scoring.ts'
import { SmallRadar, type SmallRadarAxis } from '../../components/small-radar.tsx'
import { TableScroll } from '../../components/table-scroll.tsx'
import type { TeamPicture } from '../../domain/coach/department.ts'

const describeMedian = (median: number | undefined) =>
  median === undefined ? NO_SCORE_TEXT : String(Math.round(median))

export const describeRounds = (count: number) => (count === 1 ? '1 round' : `${count} rounds`)
const describePeople = (count: number) => (count === 1 ? '1 person' : `${count} people`)

function axesOf(team: TeamPicture): SmallRadarAxis[] {
  return PILLARS.map((pillar) => ({
    key: pillar,
    short: PILLAR_LABELS[pillar].charAt(0),
    value: team.medians[pillar],
    target: team.targets[pillar],
    previous: team.previous?.[pillar],
  }))
}

/** One team's radar and what it is drawn from; memoised, so adding a team draws only the new one. */
const TeamCard = memo(function TeamCard({
  team,
  onRemove,
}: {
  team: TeamPicture
  onRemove: (teamId: string) => void
}) {
  const nameId = useId()
  return (
    <li className="team-card" aria-labelledby={nameId}>
      <h3 id={nameId}>{team.name}</h3>
      <SmallRadar axes={axesOf(team)} />
      <p className="note">
        {describeRounds(team.roundCount)}, {describePeople(team.people)}
        <br />
        Answers from bank v{team.bankVersion}
      </p>
      <button
        type="button"
        className="button"
        aria-label={`Remove ${team.name}`}
        onClick={() => onRemove(team.teamId)}
      >
        Remove
      </button>
    </li>
  )
})

interface TeamSmallMultiplesProps {
  /** In the order the department picture gives them: alphabetical by name, never by score. */
  teams: readonly TeamPicture[]
  onRemove: (teamId: string) => void
}

/** One small radar per team and, as their text equivalent, one table of every team's medians. */
export function TeamSmallMultiples({ teams, onRemove }: TeamSmallMultiplesProps) {
  const headingId = useId()
  const anyPrevious = teams.some((team) => team.previous !== undefined)
  return (
    <section aria-labelledby={headingId} className="coach-teams">
      <h2 id={headingId}>Teams</h2>
      <p>
        In alphabetical order of name. Each radar shows the team&rsquo;s median per pillar (solid), its own
        target (dashed){anyPrevious ? ' and its previous round (dotted)' : ''}. The pillars run clockwise,
        starting straight up: {PILLARS.map((pillar) => PILLAR_LABELS[pillar]).join(', ')}.
      </p>
      <ul className="team-cards" aria-label="Team radars">
        {teams.map((team) => (
          <TeamCard key={team.teamId} team={team} onRemove={onRemove} />
        ))}
      </ul>
      <details className="coach-table">
        <summary>Every team&rsquo;s medians as a table</summary>
        <TableScroll label="Medians per team">
          <table>
            <caption>Median per pillar of each team&rsquo;s latest round, alphabetical</caption>
            <thead>
              <tr>
                <th scope="col">Team</th>
                {PILLARS.map((pillar) => (
                  <th key={pillar} scope="col">
                    {PILLAR_LABELS[pillar]}
                  </th>
                ))}
                <th scope="col">Rounds</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.teamId}>
                  <th scope="row">{team.name}</th>
                  {PILLARS.map((pillar) => (
                    <td key={pillar}>
                      {describeMedian(team.medians[pillar])}
                      {team.targets[pillar] === undefined ? '' : ` (target ${team.targets[pillar]})`}
                    </td>
                  ))}
                  <td>{team.roundCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  )
}

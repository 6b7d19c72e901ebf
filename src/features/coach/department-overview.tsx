import { useId } from 'react'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import { NO_SCORE_TEXT } from '../../domain/scoring/scoring.ts'
import { TableScroll } from '../../components/table-scroll.tsx'
import type { DepartmentPicture } from '../../domain/coach/department.ts'

/*
 * The department as a whole, with no team named: per pillar a dot per team median on one line (unlabelled, so no
 * order of teams can be read off it) and the median of medians; the gaps most teams share; the DORA clusters.
 */
const WIDTH = 640
const ROW = 44
const LEFT = 150
const RIGHT = 20
const SCALE = WIDTH - LEFT - RIGHT
const xOf = (value: number) => LEFT + (SCALE * value) / 100

const describe = (value: number | undefined) =>
  value === undefined ? NO_SCORE_TEXT : String(Math.round(value))

function PillarStrips({ pillars }: { pillars: DepartmentPicture['pillars'] }) {
  const height = ROW * PILLARS.length + 24
  return (
    <svg className="coach-strips" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick} className="coach-strips-scale">
          <line x1={xOf(tick)} x2={xOf(tick)} y1={0} y2={ROW * PILLARS.length} />
          <text x={xOf(tick)} y={height - 6} textAnchor="middle">
            {tick}
          </text>
        </g>
      ))}
      {PILLARS.map((pillar, row) => {
        const { teamMedians, medianOfMedians } = pillars[pillar]
        const y = ROW * row + ROW / 2
        return (
          <g key={pillar}>
            <text className="coach-strips-label" x={LEFT - 12} y={y + 5} textAnchor="end">
              {PILLAR_LABELS[pillar]}
            </text>
            {teamMedians.map((median, index) => (
              <circle key={index} className="coach-strips-dot" cx={xOf(median)} cy={y} r="5" />
            ))}
            {medianOfMedians !== undefined && (
              <line
                className="coach-strips-median"
                x1={xOf(medianOfMedians)}
                x2={xOf(medianOfMedians)}
                y1={y - 14}
                y2={y + 14}
              />
            )}
          </g>
        )
      })}
    </svg>
  )
}

export function DepartmentOverview({ picture }: { picture: DepartmentPicture }) {
  const ids = { pillars: useId(), gaps: useId(), dora: useId() }
  const teamCount = picture.teams.length
  return (
    <>
      <section aria-labelledby={ids.pillars} className="coach-department">
        <h2 id={ids.pillars}>The department per pillar</h2>
        <p>
          Each dot is one team&rsquo;s median, unlabelled; the upright line is the median of the team medians.
        </p>
        <PillarStrips pillars={picture.pillars} />
        <TableScroll label="Team medians per pillar">
          <table>
            <caption>
              Team medians per pillar across {teamCount === 1 ? '1 team' : `${teamCount} teams`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Pillar</th>
                <th scope="col">Median of medians</th>
                <th scope="col">Team medians, low to high</th>
              </tr>
            </thead>
            <tbody>
              {PILLARS.map((pillar) => {
                const { teamMedians, medianOfMedians } = picture.pillars[pillar]
                return (
                  <tr key={pillar}>
                    <th scope="row">{PILLAR_LABELS[pillar]}</th>
                    <td>{describe(medianOfMedians)}</td>
                    <td>
                      {teamMedians.length === 0 ? '-' : teamMedians.map((m) => Math.round(m)).join(', ')}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby={ids.gaps} className="coach-gaps">
        <h2 id={ids.gaps}>Common gaps</h2>
        <p>
          Practices that are a gap in at least half of the teams: where a department-level action belongs,
          such as training, a platform team or a policy.
        </p>
        {picture.commonGaps.length === 0 ? (
          <p>No practice is a gap in half of the teams or more.</p>
        ) : (
          <ul aria-labelledby={ids.gaps}>
            {picture.commonGaps.map((gap) => (
              <li key={gap.practiceId}>
                {gap.teams} of {gap.of} teams: {gap.label}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={ids.dora} className="coach-dora">
        <h2 id={ids.dora}>DORA across teams</h2>
        <p>
          How many teams sit in each cluster, by each team&rsquo;s median answer per metric. No team is named.
        </p>
        <ul aria-labelledby={ids.dora}>
          {picture.doraClusters.map((cluster) => (
            <li key={cluster.cluster}>
              {cluster.label}: {cluster.teams === 1 ? '1 team' : `${cluster.teams} teams`}
            </li>
          ))}
          {picture.doraUnclassified > 0 && (
            <li>
              Not classified (too few DORA answers):{' '}
              {picture.doraUnclassified === 1 ? '1 team' : `${picture.doraUnclassified} teams`}
            </li>
          )}
        </ul>
      </section>
    </>
  )
}

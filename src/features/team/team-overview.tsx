import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import {
  describeDisagreementBands,
  describePillarDisagreement,
  describeSplitRule,
} from '../../domain/team/disagreement.ts'
import { describeHiddenSpread, type TeamAggregate } from '../../domain/team/team-aggregation.ts'
import { NO_SCORE_TEXT } from '../../domain/scoring/scoring.ts'
import { formatScore } from '../../components/score-radar.tsx'
import { TableScroll } from '../../components/table-scroll.tsx'
import { TeamRadar } from './team-radar.tsx'

export function TeamOverview({ aggregate, showSpread }: { aggregate: TeamAggregate; showSpread: boolean }) {
  const hidden = describeHiddenSpread()
  return (
    <section aria-labelledby="team-radar-heading">
      <h2 id="team-radar-heading">Where the team stands</h2>
      <TeamRadar aggregate={aggregate} showSpread={showSpread} />
      <p className="note">
        Solid line with dots: the team median.{' '}
        {showSpread && 'Dashed: the highest person. Dotted: the lowest.'}
      </p>
      <TableScroll label="Team scores by CALMS pillar">
        <table>
          <caption>Team scores by CALMS pillar</caption>
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              <th scope="col">People with a score</th>
              <th scope="col">Median</th>
              <th scope="col">Min</th>
              <th scope="col">Max</th>
              <th scope="col">Disagreement (IQR)</th>
            </tr>
          </thead>
          <tbody>
            {PILLARS.map((pillar) => {
              const { respondents, summary, disagreement, split } = aggregate.pillars[pillar]
              return (
                <tr key={pillar}>
                  <th scope="row">{PILLAR_LABELS[pillar]}</th>
                  <td>{respondents}</td>
                  <td>{summary ? formatScore(summary.median) : NO_SCORE_TEXT}</td>
                  <td>{summary ? (showSpread ? formatScore(summary.min) : hidden) : '-'}</td>
                  <td>{summary ? (showSpread ? formatScore(summary.max) : hidden) : '-'}</td>
                  <td>
                    {summary && disagreement && showSpread
                      ? describePillarDisagreement(
                          disagreement,
                          formatScore(summary.interquartileRange),
                          split,
                        )
                      : '-'}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className="note">
        Disagreement is the interquartile range of the people&rsquo;s pillar scores:{' '}
        {describeDisagreementBands()}; {describeSplitRule()}, whatever the quartiles say.
      </p>
    </section>
  )
}

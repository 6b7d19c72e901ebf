import type { ReactNode } from 'react'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import {
  describeDisagreementBands,
  describePillarDisagreement,
  describeSplitRule,
} from '../../domain/team/disagreement.ts'
import { describeHiddenSpread, type TeamAggregate } from '../../domain/team/team-aggregation.ts'
import { NO_SCORE_TEXT } from '../../domain/scoring/scoring.ts'
import { describeGapToTarget, gapToTarget, hasAnyTarget, type Targets } from '../../domain/scoring/targets.ts'
import { formatScore } from '../../components/radar-description.ts'
import { TableScroll } from '../../components/table-scroll.tsx'
import { describeMiddleHalf } from '../../domain/team/statistics.ts'
import { TeamRadar, type TeamRadarComparison } from './team-radar.tsx'

interface TeamOverviewProps {
  aggregate: TeamAggregate
  showSpread: boolean
  /** The team's targets: an outline on the radar, and the target and gap to it per pillar in the table. */
  targets?: Targets | undefined
  /** An earlier round to draw on the radar. */
  comparison?: TeamRadarComparison | undefined
  /** Shown under the table, e.g. the targets form and the largest gaps to target. */
  children?: ReactNode
}

/** The team results' heading, where the team page takes a person once their responses are added. */
export const TEAM_RESULTS_HEADING_ID = 'team-radar-heading'

export function TeamOverview({ aggregate, showSpread, targets, comparison, children }: TeamOverviewProps) {
  const hidden = describeHiddenSpread()
  const shownTargets = targets !== undefined && hasAnyTarget(targets) ? targets : undefined
  return (
    <section aria-labelledby="team-radar-heading">
      <h2 id={TEAM_RESULTS_HEADING_ID} tabIndex={-1}>
        Where the team stands
      </h2>
      <TeamRadar
        aggregate={aggregate}
        showSpread={showSpread}
        targets={shownTargets}
        comparison={comparison}
      />
      <p className="note">
        Solid line with dots: the team median.{' '}
        {showSpread &&
          'Dashed and dotted: the top and bottom of the middle half of the team (the upper and lower quartile), ' +
            'with a quarter of the people above the dashed line and a quarter below the dotted one. '}
        {comparison && `Long and short dashes: ${comparison.title}. `}
        {shownTargets && 'Dotted with square points: the target.'}
      </p>
      <TableScroll label="Team scores by CALMS pillar">
        <table>
          <caption>Team scores by CALMS pillar</caption>
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              <th scope="col">People with a score</th>
              <th scope="col">Median</th>
              {shownTargets && (
                <>
                  <th scope="col">Target</th>
                  <th scope="col">Gap to target</th>
                </>
              )}
              <th scope="col">Middle half</th>
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
                  {shownTargets && (
                    <>
                      <td>{shownTargets[pillar] ?? '-'}</td>
                      <td>
                        {describeGapToTarget(gapToTarget(summary?.median ?? null, shownTargets[pillar]))}
                      </td>
                    </>
                  )}
                  <td className="range">
                    {summary ? (showSpread ? describeMiddleHalf(summary) : hidden) : '-'}
                  </td>
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
        Disagreement is how wide the middle half of the team is, the interquartile range of the people&rsquo;s
        pillar scores: {describeDisagreementBands()}; {describeSplitRule()}, whatever the quartiles say.
      </p>
      {children}
    </section>
  )
}

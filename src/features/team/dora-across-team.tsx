import { DORA_METRIC_DEFINITIONS, DORA_METRICS } from '../../domain/dora/dora-metrics.ts'
import { doraBandLabel } from '../../domain/dora/dora-wording.ts'
import type { TeamAggregate } from '../../domain/team/team-aggregation.ts'
import { buildTeamDoraReport, TEAM_DORA_BASIS } from '../../domain/team/team-dora.ts'
import { DoraOutcomes } from '../../components/dora-outcomes.tsx'
import { TableScroll } from '../../components/table-scroll.tsx'

export function DoraAcrossTeam({ aggregate }: { aggregate: TeamAggregate }) {
  return (
    <section aria-labelledby="team-dora-heading">
      <h2 id="team-dora-heading">DORA outcomes across the team</h2>
      <p>{TEAM_DORA_BASIS}</p>
      <DoraOutcomes outcomes={buildTeamDoraReport(aggregate)} answerHeading="Team median" />
      <h3>How the team answered</h3>
      <p>
        People often disagree on how often they deploy or how long recovery takes: that is itself a finding.
      </p>
      {DORA_METRICS.map((metric) => {
        const definition = DORA_METRIC_DEFINITIONS[metric]
        const distribution = aggregate.dora[metric]
        return (
          <TableScroll key={metric} label={definition.label}>
            <table>
              <caption>{definition.label}</caption>
              <thead>
                <tr>
                  <th scope="col">Answer</th>
                  <th scope="col">People</th>
                </tr>
              </thead>
              <tbody>
                {distribution.bands.map((band) => (
                  <tr key={band.id}>
                    <th scope="row">{doraBandLabel(metric, band.id)}</th>
                    <td>{band.count}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Don&rsquo;t know</th>
                  <td>{distribution.dontKnow}</td>
                </tr>
                <tr>
                  <th scope="row">Not answered</th>
                  <td>{distribution.unanswered}</td>
                </tr>
              </tbody>
            </table>
          </TableScroll>
        )
      })}
    </section>
  )
}

import { DORA_METRIC_DEFINITIONS } from '../domain/dora/dora-metrics.ts'
import { getMetricsShown, type DoraReport } from '../domain/dora/dora-report.ts'
import {
  describeDoraRule,
  describeDoraVerdict,
  describeEarlierVerdict,
  describeMetricPlacement,
} from '../domain/dora/dora-wording.ts'
import { TableScroll } from './table-scroll.tsx'

interface DoraOutcomesProps {
  outcomes: DoraReport
  /** The heading of the answers' column: whose answers they are, e.g. "Your answer" or "Team median". */
  answerHeading: string
  /** An earlier snapshot to show beside, named by its title. */
  earlier?: { title: string; outcomes: DoraReport } | undefined
}

/**
 * The DORA verdict as every screen shows it: one sentence, each metric and where it sits among the year's
 * clusters, the rule, then the speed and stability findings. The words all come from the domain, so the Markdown
 * exports say the same.
 */
export function DoraOutcomes({ outcomes, answerHeading, earlier }: DoraOutcomesProps) {
  const { classification, findings } = outcomes
  const { year } = classification
  const tableName = `Each DORA metric against the ${year} clusters`
  const shown = getMetricsShown(outcomes, earlier?.outcomes)
  return (
    <div className="dora-outcomes">
      <p>
        <strong>{describeDoraVerdict(classification)}</strong>
      </p>
      {earlier && <p>{describeEarlierVerdict(earlier.title, earlier.outcomes.classification)}</p>}
      {shown.length > 0 && (
        <TableScroll label={tableName}>
          <table>
            <caption>{tableName}</caption>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">{answerHeading}</th>
                {earlier && <th scope="col">{earlier.title}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((metric) => (
                <tr key={metric}>
                  <th scope="row">{DORA_METRIC_DEFINITIONS[metric].label}</th>
                  <td>{describeMetricPlacement(classification, outcomes.answers, metric)}</td>
                  {earlier && (
                    <td>
                      {describeMetricPlacement(
                        earlier.outcomes.classification,
                        earlier.outcomes.answers,
                        metric,
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="note">{describeDoraRule(year)}</p>
      {findings.length > 0 && (
        <>
          <h3>Speed and stability</h3>
          {findings.map((finding) => (
            <p key={finding.id === 'worse-than-every-cluster' ? finding.metric : finding.id}>
              {finding.message}
            </p>
          ))}
        </>
      )}
    </div>
  )
}

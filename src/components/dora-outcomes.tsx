import { DORA_METRIC_DEFINITIONS } from '../domain/dora/dora-metrics.ts'
import type { DoraReport } from '../domain/dora/dora-report.ts'
import {
  describeDoraRule,
  describeDoraVerdict,
  describeMetricPlacement,
} from '../domain/dora/dora-wording.ts'
import { TableScroll } from './table-scroll.tsx'

interface DoraOutcomesProps {
  outcomes: DoraReport
  /** The heading of the answers' column: whose answers they are, e.g. "Your answer" or "Team median". */
  answerHeading: string
}

/**
 * The DORA verdict as every screen shows it: one sentence, each metric and where it sits among the year's
 * clusters, the rule, then the speed and stability findings. The words all come from the domain, so the Markdown
 * exports say the same.
 */
export function DoraOutcomes({ outcomes, answerHeading }: DoraOutcomesProps) {
  const { classification, findings } = outcomes
  const { year } = classification
  const tableName = `Each DORA metric against the ${year} clusters`
  return (
    <>
      <p>
        <strong>{describeDoraVerdict(classification)}</strong>
      </p>
      {outcomes.metricsShown.length > 0 && (
        <TableScroll label={tableName}>
          <table>
            <caption>{tableName}</caption>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">{answerHeading}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.metricsShown.map((metric) => (
                <tr key={metric}>
                  <th scope="row">{DORA_METRIC_DEFINITIONS[metric].label}</th>
                  <td>{describeMetricPlacement(classification, outcomes.answers, metric)}</td>
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
    </>
  )
}

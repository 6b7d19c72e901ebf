import { DORA_METRIC_DEFINITIONS } from '../../domain/dora/dora-metrics.ts'
import {
  describeDoraAnswer,
  describeDoraRule,
  describeDoraVerdict,
  describeMetricMatch,
} from '../../domain/dora/dora-wording.ts'
import type { SelfCheckReport } from '../../domain/scoring/self-check-report.ts'
import { TableScroll } from '../../components/table-scroll.tsx'

export function DoraSummary({ report }: { report: SelfCheckReport }) {
  const { dora, classification, doraMetricsShown, speedStability, mismatches } = report
  const { year } = classification
  const tableName = `Each DORA metric against the ${year} clusters`
  return (
    <section aria-labelledby="dora-heading">
      <h2 id="dora-heading">Delivery outcomes (DORA)</h2>
      <p>
        <strong>{describeDoraVerdict(classification)}</strong>
      </p>
      {doraMetricsShown.length > 0 && (
        <TableScroll label={tableName}>
          <table>
            <caption>{tableName}</caption>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">Your answer</th>
                <th scope="col">Meets the {year} value of</th>
              </tr>
            </thead>
            <tbody>
              {doraMetricsShown.map((metric) => (
                <tr key={metric}>
                  <th scope="row">{DORA_METRIC_DEFINITIONS[metric].label}</th>
                  <td>{describeDoraAnswer(metric, dora[metric])}</td>
                  <td>
                    {describeMetricMatch(
                      classification.perMetric.find((entry) => entry.metric === metric),
                      year,
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="note">{describeDoraRule(year)}</p>
      {speedStability !== null && (
        <>
          <h3>Speed and stability</h3>
          <p>{speedStability.message}</p>
        </>
      )}
      {mismatches.length > 0 && (
        <>
          <h3>Practices and outcomes disagree</h3>
          <ul>
            {mismatches.map((mismatch) => (
              <li key={mismatch.id}>{mismatch.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

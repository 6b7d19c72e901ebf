import { CLUSTER_LABELS } from '../../domain/dora/dora-classification.ts'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS } from '../../domain/dora/dora-metrics.ts'
import {
  describeDoraAnswer,
  describeDoraVerdict,
  describeMetricMatch,
  describeMissingMetrics,
} from '../../domain/dora/dora-wording.ts'
import type { SelfCheckReport } from '../../domain/scoring/self-check-report.ts'
import { TableScroll } from '../../components/table-scroll.tsx'

export function DoraSummary({ report }: { report: SelfCheckReport }) {
  const { dora, classification, mismatches } = report
  const { cluster, year, missing } = classification
  return (
    <section aria-labelledby="dora-heading">
      <h2 id="dora-heading">Delivery outcomes (DORA)</h2>
      {cluster === null ? (
        <p>{describeDoraVerdict(classification)}</p>
      ) : (
        <p>
          Your outcomes are closest to the <strong>{CLUSTER_LABELS[cluster]}</strong> cluster of the {year}{' '}
          State of DevOps report{missing.length > 0 ? ' (a partial result)' : ''}.
        </p>
      )}
      {cluster !== null && missing.length > 0 && (
        <p>
          Missing: {describeMissingMetrics(missing)}. Answer {missing.length === 1 ? 'it' : 'them'} for a
          complete classification.
        </p>
      )}
      <TableScroll label={`Your DORA answers against the ${year} clusters`}>
        <table>
          <caption>Your DORA answers against the {year} clusters</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Your answer</th>
              <th scope="col">Against the {year} clusters</th>
            </tr>
          </thead>
          <tbody>
            {DORA_METRICS.map((metric) => (
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
      <p className="note">
        Clusters describe how teams in the survey that year grouped; they are a mirror for your team, not a
        ranking against others.
      </p>
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

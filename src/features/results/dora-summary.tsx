import {
  CLUSTER_LABELS,
  describeDoraVerdict,
  type DoraClassification,
} from '../../domain/dora/dora-classification.ts'
import {
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  getBandIndex,
  type DoraAnswers,
} from '../../domain/dora/dora-metrics.ts'
import type { Mismatch } from '../../domain/scoring/findings.ts'
import { TableScroll } from '../../components/table-scroll.tsx'

interface DoraSummaryProps {
  dora: DoraAnswers
  classification: DoraClassification
  mismatches: readonly Mismatch[]
}

function describeDoraAnswer(metric: (typeof DORA_METRICS)[number], dora: DoraAnswers): string {
  const answer = dora[metric]
  if (answer === undefined) return 'not answered'
  const index = getBandIndex(metric, answer)
  return index === undefined ? "Don't know" : (DORA_METRIC_DEFINITIONS[metric].bands[index]?.label ?? answer)
}

export function DoraSummary({ dora, classification, mismatches }: DoraSummaryProps) {
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
          Missing: {missing.map((metric) => DORA_METRIC_DEFINITIONS[metric].label.toLowerCase()).join(', ')}.
          Answer {missing.length === 1 ? 'it' : 'them'} for a complete classification.
        </p>
      )}
      <TableScroll label={`Your DORA answers and the ${year} clusters they match`}>
        <table>
          <caption>Your DORA answers and the {year} clusters they match</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Your answer</th>
              <th scope="col">Matches the band of</th>
            </tr>
          </thead>
          <tbody>
            {DORA_METRICS.map((metric) => {
              const match = classification.perMetric.find((entry) => entry.metric === metric)
              return (
                <tr key={metric}>
                  <th scope="row">{DORA_METRIC_DEFINITIONS[metric].label}</th>
                  <td>{describeDoraAnswer(metric, dora)}</td>
                  <td>
                    {match === undefined
                      ? 'no answer to compare'
                      : match.matches.length === 0
                        ? 'no cluster exactly'
                        : match.matches.map((c) => CLUSTER_LABELS[c]).join(', ')}
                  </td>
                </tr>
              )
            })}
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

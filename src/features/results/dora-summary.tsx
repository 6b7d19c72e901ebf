import type { DoraReport } from '../../domain/dora/dora-report.ts'
import type { SelfCheckReport } from '../../domain/scoring/self-check-report.ts'
import { DoraOutcomes } from '../../components/dora-outcomes.tsx'

interface DoraSummaryProps {
  report: SelfCheckReport
  /** The snapshot the page compares with, if any. */
  earlier?: { title: string; outcomes: DoraReport } | undefined
}

export function DoraSummary({ report, earlier }: DoraSummaryProps) {
  const { outcomes, mismatches } = report
  return (
    <section aria-labelledby="dora-heading">
      <h2 id="dora-heading">Delivery outcomes (DORA)</h2>
      <DoraOutcomes outcomes={outcomes} answerHeading="Your answer" earlier={earlier} />
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

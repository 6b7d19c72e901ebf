import type { ScoreChanges } from '../../domain/scoring/snapshot-comparison.ts'
import type { SelfCheckReport } from '../../domain/scoring/self-check-report.ts'
import { EXPORT_VERSIONS, fileDate } from '../../browser/export-files.ts'
import { exportFiles } from './export-formats.ts'

import { ExportSection } from './export-section.tsx'

/**
 * The self-check's results as files for a person's own tools, once anything is answered. While the page compares
 * with a snapshot, the Markdown and a comparison CSV carry that comparison.
 */
export function ExportPanel({
  report,
  changes,
}: {
  report: SelfCheckReport
  changes?: ScoreChanges | undefined
}) {
  if (!report.anythingAnswered) return null
  return (
    <ExportSection
      headingId="export-heading"
      heading="Export your results"
      fileStem={() => `calms-radar-self-check-${fileDate(new Date())}`}
      files={exportFiles('selfCheck', { report, changes })}
    >
      <p>
        Files are made in your browser and go nowhere else. Each names question bank version{' '}
        {EXPORT_VERSIONS.bankVersion} and CALMS Radar {EXPORT_VERSIONS.app}. In the CSV files you appear as
        &ldquo;You&rdquo;.
        {changes && ` They carry the comparison with ${changes.baselineLabel}, as shown above.`}
      </p>
    </ExportSection>
  )
}

import { writeSelfCheckAnswersCsv, writeSelfCheckSummaryCsv } from '../../domain/exports/csv-export.ts'
import { writeSelfCheckMarkdown } from '../../domain/exports/markdown-summary.ts'
import type { SelfCheckReport } from '../../domain/scoring/self-check-report.ts'
import { BackupPanel } from '../backup/backup-panel.tsx'
import { EXPORT_VERSIONS, fileDate } from './export-files.ts'
import { ExportSection } from './export-section.tsx'

/** The self-check's results as files for a person's own tools, and the backup of everything stored here. */
export function ExportPanel({ report }: { report: SelfCheckReport }) {
  const { bank, answers, dora } = report
  return (
    <>
      {report.anythingAnswered && (
        <ExportSection
          headingId="export-heading"
          heading="Export your results"
          fileStem={() => `calms-radar-self-check-${fileDate(new Date())}`}
          answersCsv={() => writeSelfCheckAnswersCsv({ name: 'You', answers, dora }, bank, EXPORT_VERSIONS)}
          summaryCsv={() => writeSelfCheckSummaryCsv(report, EXPORT_VERSIONS)}
          markdown={() => writeSelfCheckMarkdown(report, EXPORT_VERSIONS, new Date())}
        >
          <p>
            Files are made in your browser and go nowhere else. Each names question bank version{' '}
            {EXPORT_VERSIONS.bankVersion} and CALMS Radar {EXPORT_VERSIONS.app}. In the CSV files you appear
            as &ldquo;You&rdquo;.
          </p>
        </ExportSection>
      )}
      <BackupPanel />
    </>
  )
}

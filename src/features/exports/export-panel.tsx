import { writeSelfCheckAnswersCsv, writeSelfCheckSummaryCsv } from '../../domain/exports/csv-export.ts'
import { DORA_METRICS } from '../../domain/dora/dora-metrics.ts'
import { writeSelfCheckMarkdown } from '../../domain/exports/markdown-summary.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { useAnswers, useDoraAnswers } from '../../store/assessment-store.ts'
import { BackupPanel } from '../backup/backup-panel.tsx'
import { EXPORT_VERSIONS, fileDate } from './export-files.ts'
import { ExportSection } from './export-section.tsx'

/** The self-check's results as files for a person's own tools, and the backup of everything stored here. */
export function ExportPanel() {
  const answers = useAnswers()
  const dora = useDoraAnswers()
  const nothingAnswered =
    Object.keys(answers).length === 0 && DORA_METRICS.every((metric) => dora[metric] === undefined)

  return (
    <>
      {!nothingAnswered && (
        <ExportSection
          headingId="export-heading"
          heading="Export your results"
          fileStem={() => `calms-radar-self-check-${fileDate(new Date())}`}
          answersCsv={() =>
            writeSelfCheckAnswersCsv({ name: 'You', answers, dora }, QUESTION_BANK, EXPORT_VERSIONS)
          }
          summaryCsv={() => writeSelfCheckSummaryCsv(answers, QUESTION_BANK, EXPORT_VERSIONS)}
          markdown={() =>
            writeSelfCheckMarkdown({ answers, dora }, QUESTION_BANK, EXPORT_VERSIONS, new Date())
          }
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

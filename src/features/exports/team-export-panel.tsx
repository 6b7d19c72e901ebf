import { writeTeamAnswersCsv, writeTeamSummaryCsv } from '../../domain/exports/csv-export.ts'
import { writeTeamMarkdown } from '../../domain/exports/markdown-summary.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { describeSpreadMinimum } from '../../domain/team/team-aggregation.ts'
import { useSessionName, useTeamResponses } from '../../store/team-store.ts'
import { EXPORT_VERSIONS, fileDate, fileSlug } from './export-files.ts'
import { ExportSection } from './export-section.tsx'

/** The team view as files for the facilitator's own tools, once there are responses. */
export function TeamExportPanel() {
  const responses = useTeamResponses()
  const sessionName = useSessionName()

  const fileStem = () => {
    const slug = fileSlug(sessionName)
    return `calms-radar-team-${slug === '' ? '' : `${slug}-`}${fileDate(new Date())}`
  }

  if (responses.length === 0) return null
  return (
    <ExportSection
      headingId="team-export-heading"
      heading="Export the team view"
      fileStem={fileStem}
      answersCsv={() => writeTeamAnswersCsv(responses, QUESTION_BANK, EXPORT_VERSIONS)}
      summaryCsv={() => writeTeamSummaryCsv(responses, QUESTION_BANK, EXPORT_VERSIONS)}
      markdown={() =>
        writeTeamMarkdown({ sessionName, responses }, QUESTION_BANK, EXPORT_VERSIONS, new Date())
      }
    >
      <p>
        Files are made in your browser and go nowhere else. Each names question bank version{' '}
        {EXPORT_VERSIONS.bankVersion} and CALMS Radar {EXPORT_VERSIONS.app}. The answers CSV lists every
        person&rsquo;s answers under their alias or &ldquo;Respondent N&rdquo;: share it with care. The
        Markdown summary leaves out the spread below {describeSpreadMinimum()}, as this page does.
      </p>
    </ExportSection>
  )
}

import { describeSpreadMinimum } from '../../domain/team/team-aggregation.ts'
import { useRespondentNumbers, useSessionName, useTeamResponses } from '../../store/team-store.ts'
import { EXPORT_VERSIONS, fileDate, fileSlug } from '../../browser/export-files.ts'
import { exportFiles } from './export-formats.ts'
import { ExportSection } from './export-section.tsx'

/** The team view as files for the facilitator's own tools, once there are responses. */
export function TeamExportPanel() {
  const responses = useTeamResponses()
  const numbers = useRespondentNumbers()
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
      files={exportFiles('team', { sessionName, responses, numbers })}
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

import { useId, useState } from 'react'
import { downloadFile } from '../../browser/download.ts'
import { CSV_TYPE, fileDate, MARKDOWN_TYPE } from '../../browser/export-files.ts'

interface CoachExportsProps {
  /** The long-format CSV of every team and round, made at the moment of the download. */
  csv: () => string
  /** The department's summary for a wiki, made at the moment of the download. */
  markdown: (date: string) => string
}

/** The department's figures as files: the CSV is the hand-off to the organisation's own BI stack. */
export function CoachExports({ csv, markdown }: CoachExportsProps) {
  const headingId = useId()
  const [status, setStatus] = useState('')
  const save = (contents: string, name: string, type: string) => {
    downloadFile(contents, name, type)
    setStatus(`Saved ${name}.`)
  }
  return (
    <section aria-labelledby={headingId} className="exports">
      <h2 id={headingId}>Export the department&rsquo;s picture</h2>
      <p>
        Files are made in your browser and go nowhere else. The CSV has one row per team, round and pillar or
        practice, ready for your organisation&rsquo;s BI tools; the Markdown summary names no team.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => save(csv(), `calms-radar-department-${fileDate(new Date())}.csv`, CSV_TYPE)}
        >
          Download CSV for BI
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            const date = fileDate(new Date())
            save(markdown(date), `calms-radar-department-${date}.md`, MARKDOWN_TYPE)
          }}
        >
          Download Markdown summary
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  )
}

import { useState, type ReactNode } from 'react'
import { downloadFile } from '../../browser/download.ts'
import { printPage } from '../../components/render-later.tsx'
import { ChartDownloads } from './chart-downloads.tsx'
import { chartCaption, CSV_TYPE, MARKDOWN_TYPE } from '../../browser/export-files.ts'

interface ExportSectionProps {
  headingId: string
  heading: string
  /** What the files hold, shown above the buttons. */
  children: ReactNode
  /** The start of every file name, taken at the moment of the download. */
  fileStem: () => string
  answersCsv: () => string
  summaryCsv: () => string
  markdown: () => string
  /** Set while the page compares with a snapshot: the change per pillar and practice as its own file. */
  comparisonCsv?: (() => string) | undefined
}

/** The same buttons for the self-check and the team view: CSV, Markdown, print and chart image. */
export function ExportSection({
  headingId,
  heading,
  children,
  fileStem,
  answersCsv,
  summaryCsv,
  markdown,
  comparisonCsv,
}: ExportSectionProps) {
  const [status, setStatus] = useState('')

  const save = (contents: string, name: string, type: string) => {
    downloadFile(contents, name, type)
    setStatus(`Saved ${name}.`)
  }

  const copyMarkdown = async () => {
    try {
      await navigator.clipboard.writeText(markdown())
      setStatus('Markdown summary copied: paste it into your wiki or retro board.')
    } catch {
      setStatus('Your browser did not allow copying: download the Markdown summary instead.')
    }
  }

  return (
    <section aria-labelledby={headingId} className="exports">
      <h2 id={headingId}>{heading}</h2>
      {children}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => save(answersCsv(), `${fileStem()}-answers.csv`, CSV_TYPE)}
        >
          Download answers CSV
        </button>
        <button
          type="button"
          className="button"
          onClick={() => save(summaryCsv(), `${fileStem()}-summary.csv`, CSV_TYPE)}
        >
          Download summary CSV
        </button>
        {comparisonCsv && (
          <button
            type="button"
            className="button"
            onClick={() => save(comparisonCsv(), `${fileStem()}-comparison.csv`, CSV_TYPE)}
          >
            Download comparison CSV
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => save(markdown(), `${fileStem()}.md`, MARKDOWN_TYPE)}
        >
          Download Markdown summary
        </button>
        <button type="button" className="button" onClick={() => void copyMarkdown()}>
          Copy Markdown summary
        </button>
        <button type="button" className="button" onClick={() => void printPage()}>
          Print report
        </button>
        <ChartDownloads
          fileStem={`${fileStem()}-radar`}
          caption={chartCaption(new Date())}
          onStatus={setStatus}
        />
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  )
}

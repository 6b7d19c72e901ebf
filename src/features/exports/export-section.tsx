import { Fragment, useState, type ReactNode } from 'react'
import { downloadFile } from '../../browser/download.ts'
import { printPage } from '../../components/render-later.tsx'
import { ChartDownloads } from './chart-downloads.tsx'
import { chartCaption } from '../../browser/export-files.ts'
import type { ExportFile } from './export-formats.ts'

interface ExportSectionProps {
  headingId: string
  heading: string
  /** What the files hold, shown above the buttons. */
  children: ReactNode
  /** The start of every file name, taken at the moment of the download. */
  fileStem: () => string
  /** The page's files (exportFiles), a download button each. */
  files: readonly ExportFile[]
}

/** The same buttons for the self-check and the team view: each file format, print and chart image. */
export function ExportSection({ headingId, heading, children, fileStem, files }: ExportSectionProps) {
  const [status, setStatus] = useState('')

  const save = (contents: string, name: string, type: string) => {
    downloadFile(contents, name, type)
    setStatus(`Saved ${name}.`)
  }

  const copy = async (text: string, { copied, refused }: NonNullable<ExportFile['copy']>) => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus(copied)
    } catch {
      setStatus(refused)
    }
  }

  return (
    <section aria-labelledby={headingId} className="exports">
      <h2 id={headingId}>{heading}</h2>
      {children}
      <div className="actions">
        {files.map(({ id, label, suffix, type, copy: copyAs, write }) => (
          <Fragment key={id}>
            <button
              type="button"
              className="button"
              onClick={() => save(write(), `${fileStem()}${suffix}`, type)}
            >
              {label}
            </button>
            {copyAs && (
              <button type="button" className="button" onClick={() => void copy(write(), copyAs)}>
                {copyAs.label}
              </button>
            )}
          </Fragment>
        ))}
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

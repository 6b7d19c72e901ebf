import { useId, useState, type DragEvent } from 'react'
import { megabytes } from '../../domain/common/file-size.ts'
import { getBank } from '../../domain/bank/bank-registry.ts'
import {
  describeAddition,
  MAX_FILE_BYTES,
  parsePastedResponses,
  parseResponseFiles,
  type AdditionReport,
  type NamedText,
  type TeamInput,
} from '../../domain/team/team-input.ts'
import { useTeamActions } from '../../store/team-store.ts'

async function readFiles(files: readonly File[]): Promise<NamedText[]> {
  // A file over the limit is never read into memory; the domain reports it by its size.
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      size: file.size,
      text: file.size > MAX_FILE_BYTES ? '' : await file.text(),
    })),
  )
}

interface AddResponsesProps {
  /**
   * Called, instead of showing the outcome here, when responses went in and nothing was left out: the page then
   * shows the outcome with the results it moves to.
   */
  onReadAll?: ((outcome: string) => void) | undefined
}

/** Paste links, choose files or drop them: every good response goes in, every bad one is named. */
export function AddResponses({ onReadAll }: AddResponsesProps) {
  const { responsesAdded } = useTeamActions()
  const [pasted, setPasted] = useState('')
  const [report, setReport] = useState<AdditionReport | null>(null)
  const [dragging, setDragging] = useState(false)
  const ids = { paste: useId(), files: useId(), hint: useId() }

  const add = (input: TeamInput) => {
    const result = responsesAdded(input.responses)
    const report = {
      added: result.added,
      duplicates: result.duplicates,
      refusedOverLimit: result.refusedOverLimit,
      problems: input.problems,
    }
    if (
      onReadAll !== undefined &&
      report.added > 0 &&
      report.problems.length === 0 &&
      report.refusedOverLimit === 0
    ) {
      setReport(null)
      onReadAll(describeAddition(report))
    } else {
      setReport(report)
    }
  }

  const addFiles = async (files: readonly File[]) => {
    if (files.length === 0) return
    add(parseResponseFiles(await readFiles(files), getBank))
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setDragging(false)
    void addFiles([...event.dataTransfer.files])
  }

  return (
    <section aria-labelledby="add-heading">
      <h3 id="add-heading">Add responses</h3>
      <div className="form-row">
        <label htmlFor={ids.paste}>Paste share links or codes, one per line</label>
        <textarea
          id={ids.paste}
          rows={5}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          spellCheck={false}
        />
      </div>
      <button
        type="button"
        className="button primary"
        disabled={pasted.trim() === ''}
        onClick={() => {
          add(parsePastedResponses(pasted, getBank))
          setPasted('')
        }}
      >
        Add pasted responses
      </button>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- dropping is a shortcut; the file input inside is the keyboard's way in */}
      <div
        role="group"
        aria-labelledby={ids.files}
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={ids.files}>Choose response files</label>
        <input
          id={ids.files}
          type="file"
          accept=".json,application/json"
          multiple
          aria-describedby={ids.hint}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])]
            event.target.value = ''
            void addFiles(files)
          }}
        />
        <p id={ids.hint} className="note">
          Or drop response files (.json, at most {megabytes(MAX_FILE_BYTES)} each) here.
        </p>
      </div>
      <div role="status" className="status">
        {report && (
          <>
            <p>{describeAddition(report)}</p>
            {report.problems.length > 0 && (
              <ul className="problems">
                {report.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  )
}

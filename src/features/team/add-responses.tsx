import { useId, useState } from 'react'
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
import { FileDropZone } from '../../components/file-drop-zone.tsx'

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
  const pasteId = useId()

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
    add(parseResponseFiles(await readFiles(files), getBank))
  }

  return (
    <section aria-labelledby="add-heading">
      <h3 id="add-heading">Add responses</h3>
      <div className="form-row">
        <label htmlFor={pasteId}>Paste share links or codes, one per line</label>
        <textarea
          id={pasteId}
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
      <FileDropZone
        label="Choose response files"
        hint={<>Or drop response files (.json, at most {megabytes(MAX_FILE_BYTES)} each) here.</>}
        onFiles={(files) => void addFiles(files)}
      />
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

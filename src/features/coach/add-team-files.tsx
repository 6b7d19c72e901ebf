import { useId, useState, type DragEvent } from 'react'
import type { TeamFileOutcome } from '../../domain/coach/coach-teams.ts'

export interface NamedFileText {
  name: string
  text: string
}

const readFiles = (files: readonly File[]): Promise<NamedFileText[]> =>
  Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })))

interface AddTeamFilesProps {
  /** Adds the files' teams and says what became of each file. */
  onFiles: (files: readonly NamedFileText[]) => TeamFileOutcome[]
}

/** Choose or drop many team files at once; each file's outcome is said, a refused file's as an alert. */
export function AddTeamFiles({ onFiles }: AddTeamFilesProps) {
  const [outcomes, setOutcomes] = useState<TeamFileOutcome[]>([])
  const [dragging, setDragging] = useState(false)
  const ids = { heading: useId(), input: useId(), hint: useId() }

  const addFiles = async (files: readonly File[]) => {
    if (files.length === 0) return
    setOutcomes(onFiles(await readFiles(files)))
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setDragging(false)
    void addFiles([...event.dataTransfer.files])
  }

  const refused = outcomes.filter((outcome) => outcome.kind === 'refused')
  const taken = outcomes.filter((outcome) => outcome.kind !== 'refused')
  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Add teams</h2>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- dropping is a shortcut; the file input inside is the keyboard's way in */}
      <div
        role="group"
        aria-labelledby={ids.input}
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={ids.input}>Add team files</label>
        <input
          id={ids.input}
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
          Choose many at once, or drop them here: each team makes its file with &ldquo;Download team
          file&rdquo; on its team page. A team&rsquo;s later file adds its next round.
        </p>
      </div>
      <div role="alert">
        {refused.length > 0 && (
          <ul className="problems" aria-label="Refused files">
            {refused.map((outcome, index) => (
              <li key={index}>{outcome.message}</li>
            ))}
          </ul>
        )}
      </div>
      <div role="status" className="status">
        {taken.length > 0 && (
          <ul aria-label="Added files">
            {taken.map((outcome, index) => (
              <li key={index}>{outcome.message}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}

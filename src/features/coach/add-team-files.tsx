import { useId, useState } from 'react'
import type { TeamFileOutcome } from '../../domain/coach/coach-teams.ts'
import { MAX_TEAM_FILE_LENGTH } from '../../domain/coach/team-file.ts'
import { FileDropZone } from '../../components/file-drop-zone.tsx'

export interface NamedFileText {
  name: string
  text: string
}

/** A file far over a team file's size is read no further than enough to be refused as too large. */
const readFiles = (files: readonly File[]): Promise<NamedFileText[]> =>
  Promise.all(
    files.map(async (file) => ({
      name: file.name,
      text: await file.slice(0, MAX_TEAM_FILE_LENGTH + 1).text(),
    })),
  )

/** What a slice of files may cost before the page gets a chance to answer: well under the 200 ms of a long task. */
const SLICE_MS = 50
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Hands the files to `add` a slice at a time, each slice sized from what the last one cost, so that 200 team
 * files (4,000 share codes to check) never hold the page in one long task. The teams of one slice are in the store
 * before the next is read, so a later file of the same team is still its next round.
 */
async function addInSlices(
  files: readonly NamedFileText[],
  add: (files: readonly NamedFileText[]) => TeamFileOutcome[],
): Promise<TeamFileOutcome[]> {
  const outcomes: TeamFileOutcome[] = []
  let size = 1
  for (let at = 0; at < files.length;) {
    const start = performance.now()
    outcomes.push(...add(files.slice(at, at + size)))
    at += size
    const spent = Math.max(performance.now() - start, 1)
    // Growing at most fourfold: a first slice of refused files costs next to nothing.
    size = Math.max(1, Math.min(size * 4, Math.floor((size * SLICE_MS) / spent)))
    if (at < files.length) await yieldToPage()
  }
  return outcomes
}

interface AddTeamFilesProps {
  /** Adds the files' teams and says what became of each file. */
  onFiles: (files: readonly NamedFileText[]) => TeamFileOutcome[]
}

/** Choose or drop many team files at once; each file's outcome is said, a refused file's as an alert. */
export function AddTeamFiles({ onFiles }: AddTeamFilesProps) {
  const [outcomes, setOutcomes] = useState<TeamFileOutcome[]>([])
  const headingId = useId()

  const addFiles = async (files: readonly File[]) => {
    setOutcomes(await addInSlices(await readFiles(files), onFiles))
  }

  const refused = outcomes.filter((outcome) => outcome.kind === 'refused')
  const taken = outcomes.filter((outcome) => outcome.kind !== 'refused')
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Add teams</h2>
      <FileDropZone
        label="Add team files"
        hint={
          <>
            Choose many at once, or drop them here: each team makes its file with &ldquo;Download team
            file&rdquo; on its team page. A team&rsquo;s later file adds its next round.
          </>
        }
        onFiles={(files) => void addFiles(files)}
      />
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

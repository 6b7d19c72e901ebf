import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'
import { ConfirmButton } from './confirm-button.tsx'

interface CompareOverTimeSectionProps {
  /** What the snapshots are and where they come from, under the heading. */
  intro: ReactNode
  headingRef?: RefObject<HTMLHeadingElement | null>
  children: ReactNode
}

/** The "Compare over time" section of the results page and of the team page. */
export function CompareOverTimeSection({ intro, headingRef, children }: CompareOverTimeSectionProps) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="compare-over-time">
      <h2 id={headingId} ref={headingRef} tabIndex={headingRef === undefined ? undefined : -1}>
        Compare over time
      </h2>
      <p>{intro}</p>
      {children}
    </section>
  )
}

interface Snapshot {
  id: string
}

interface SnapshotPickerProps<Item extends Snapshot> {
  snapshots: readonly Item[]
  /** How a snapshot is named in the list, in the question and in the status. */
  describe: (snapshot: Item) => string
  /** What a snapshot is called in the delete question: "snapshot" or "team snapshot". */
  noun: string
  /** The snapshot the page compares with, or undefined for none. */
  compared: Item | undefined
  onCompare: (id: string | undefined) => void
  onDelete: (id: string) => void
  /** Told, in a sentence, that a snapshot was deleted: the owner's status line says it. */
  onDeleted: (message: string) => void
  /** Where focus goes when the last snapshot is deleted and the list goes with it. */
  focusWhenEmpty: RefObject<HTMLElement | null>
  /** Set when the compared snapshot cannot be compared, e.g. it uses a question bank this app does not know. */
  problem?: string | undefined
  /** What the comparison shows, above its Delete button, while a snapshot is compared. */
  children?: ReactNode
}

/**
 * "Compare with": picks one saved snapshot to compare with, and deletes the one compared after asking. Which one is
 * compared is not saved: it is a question of the moment.
 */
export function SnapshotPicker<Item extends Snapshot>({
  snapshots,
  describe,
  noun,
  compared,
  onCompare,
  onDelete,
  onDeleted,
  focusWhenEmpty,
  problem,
  children,
}: SnapshotPickerProps<Item>) {
  const selectId = useId()
  const selectRef = useRef<HTMLSelectElement>(null)
  // A deleted snapshot takes its Delete button with it; focus goes to the list, or elsewhere when none is left.
  const deleted = useRef(false)

  useEffect(() => {
    if (!deleted.current) return
    deleted.current = false
    ;(selectRef.current ?? focusWhenEmpty.current)?.focus()
  })

  return (
    <>
      {snapshots.length > 0 && (
        <div className="form-row">
          <label htmlFor={selectId}>Compare with</label>
          <select
            ref={selectRef}
            id={selectId}
            value={compared?.id ?? ''}
            onChange={(event) => onCompare(event.target.value === '' ? undefined : event.target.value)}
          >
            <option value="">Nothing</option>
            {snapshots.map((snapshot) => (
              <option key={snapshot.id} value={snapshot.id}>
                {describe(snapshot)}
              </option>
            ))}
          </select>
        </div>
      )}
      {problem !== undefined && <p role="alert">{problem}</p>}
      {compared && (
        <>
          {children}
          <ConfirmButton
            label="Delete snapshot"
            question={`Delete the ${noun} "${describe(compared)}"? This cannot be undone.`}
            confirmLabel="Delete"
            onConfirm={() => {
              onDelete(compared.id)
              deleted.current = true
              onCompare(undefined)
              onDeleted(`${noun.charAt(0).toUpperCase()}${noun.slice(1)} "${describe(compared)}" deleted.`)
            }}
          />
        </>
      )}
    </>
  )
}

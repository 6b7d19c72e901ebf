import { useId, useRef, useState, type SyntheticEvent } from 'react'
import { BANK_VERSION } from '../../domain/bank/question-bank.ts'
import { createSnapshot, type Snapshot } from '../../domain/storage/snapshots.ts'
import { MAX_SNAPSHOT_LABEL_LENGTH } from '../../domain/storage/snapshot-list.ts'
import { describeSnapshot } from '../../domain/scoring/snapshot-name.ts'
import { useAnswers, useDoraAnswers } from '../../store/assessment-store.ts'
import { useSnapshotActions, useSnapshots } from '../../store/snapshot-store.ts'
import { usePlanState } from '../../store/plan-store.ts'
import { CompareOverTimeSection, SnapshotPicker } from '../../components/compare-over-time.tsx'

interface CompareOverTimeProps {
  /** The snapshot the radar and table compare with, or undefined for none. */
  compared: Snapshot | undefined
  onCompare: (id: string | undefined) => void
  /** Set when the compared snapshot cannot be scored, e.g. it uses a question bank this app does not know. */
  problem?: string | undefined
}

/**
 * Saves the current answers under a name and picks one saved earlier to compare with: a baseline at a kickoff,
 * compared months later. Which one is compared is not saved: it is a question of the moment.
 */
export function CompareOverTime({ compared, onCompare, problem }: CompareOverTimeProps) {
  const answers = useAnswers()
  const dora = useDoraAnswers()
  const snapshots = useSnapshots()
  const { snapshotSaved, snapshotDeleted } = useSnapshotActions()
  const { targets, plan } = usePlanState('selfCheck')
  const [label, setLabel] = useState('')
  const [errors, setErrors] = useState<string[]>([])
  const [status, setStatus] = useState('')
  const ids = { label: useId(), errors: useId() }
  const labelRef = useRef<HTMLInputElement>(null)

  const save = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault()
    // The targets and plan of the moment go with the answers, so a snapshot shows what was aimed at then.
    const created = createSnapshot({ bankVersion: BANK_VERSION, answers, dora }, label, new Date(), {
      targets,
      plan,
    })
    const saved = created.ok ? snapshotSaved(created.value) : created
    setErrors(saved.ok ? [] : saved.errors)
    if (!saved.ok) {
      setStatus('')
      return
    }
    setLabel('')
    setStatus(`Snapshot "${describeSnapshot(saved.value)}" saved. Choose it in "Compare with" later.`)
  }

  return (
    <CompareOverTimeSection
      intro={
        <>
          Save your current results as a snapshot, for example before a kickoff workshop, and compare your
          answers with it later. A snapshot keeps your targets and plan of the moment too. Snapshots stay in
          this browser and go into the JSON backup.
        </>
      }
    >
      <form onSubmit={save} noValidate>
        <div className="form-row">
          <label htmlFor={ids.label}>Snapshot name</label>
          <input
            ref={labelRef}
            id={ids.label}
            type="text"
            value={label}
            maxLength={MAX_SNAPSHOT_LABEL_LENGTH}
            placeholder="e.g. Baseline, kickoff workshop"
            aria-invalid={errors.length > 0}
            aria-describedby={errors.length > 0 ? ids.errors : undefined}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        {errors.length > 0 && (
          <ul id={ids.errors} role="alert" className="problems">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button type="submit" className="button">
            Save snapshot
          </button>
        </div>
      </form>
      <p role="status" className="status">
        {status}
      </p>
      <SnapshotPicker
        snapshots={snapshots}
        describe={describeSnapshot}
        noun="snapshot"
        compared={compared}
        onCompare={onCompare}
        onDelete={snapshotDeleted}
        onDeleted={setStatus}
        focusWhenEmpty={labelRef}
        problem={problem}
      />
    </CompareOverTimeSection>
  )
}

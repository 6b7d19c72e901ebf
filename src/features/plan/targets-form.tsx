import { lazy, Suspense, useId, useRef, useState } from 'react'
import type { PlanOwner } from '../../domain/storage/stored-plans.ts'

const loadTargetsFields = () => import('./targets-fields.tsx')
// The form's code (react-hook-form with it) is fetched when a person reaches for "Set targets", not with the
// results: most people read their results without setting a target.
const TargetsFields = lazy(() => loadTargetsFields().then((m) => ({ default: m.TargetsFields })))
const preloadTargetsFields = () => {
  loadTargetsFields().catch(() => undefined)
}

/**
 * Where the self-check (or the team) wants each pillar to be: a small form behind "Set targets", one field per
 * pillar; a blank field is no target.
 */
export function TargetsForm({ owner }: { owner: PlanOwner }) {
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  const ids = { form: useId(), status: useId() }
  const toggleRef = useRef<HTMLButtonElement>(null)

  const close = () => {
    setOpen(false)
    toggleRef.current?.focus()
  }

  return (
    <div className="targets">
      <button
        ref={toggleRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? ids.form : undefined}
        onPointerEnter={preloadTargetsFields}
        onFocus={preloadTargetsFields}
        onClick={() => {
          setStatus('')
          if (open) close()
          else setOpen(true)
        }}
      >
        Set targets
      </button>
      {open && (
        <Suspense fallback={<p className="loading">Loading&hellip;</p>}>
          <TargetsFields
            id={ids.form}
            owner={owner}
            onSaved={() => {
              setStatus('Targets saved.')
              close()
            }}
            onCancel={close}
          />
        </Suspense>
      )}
      <p id={ids.status} role="status" className="status">
        {status}
      </p>
    </div>
  )
}

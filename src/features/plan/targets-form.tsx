import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import type { PlanOwner } from '../../domain/storage/stored-plans.ts'
import { usePlanActions, usePlanState } from '../../store/plan-store.ts'
import {
  fromFormValues,
  TargetsFormSchema,
  toFormValues,
  type TargetsFormValues,
} from './targets-form-schema.ts'

/**
 * Where the self-check (or the team) wants each pillar to be: a small form behind "Set targets", one field per
 * pillar; a blank field is no target.
 */
export function TargetsForm({ owner }: { owner: PlanOwner }) {
  const { targets } = usePlanState(owner)
  const { targetsSet } = usePlanActions()
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  const ids = { form: useId(), status: useId() }
  const toggleRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  const {
    register,
    handleSubmit,
    reset,
    setFocus,
    formState: { errors },
  } = useForm<TargetsFormValues>({
    defaultValues: toFormValues(targets),
    resolver: zodResolver(TargetsFormSchema),
  })

  useEffect(() => {
    if (open) setFocus('culture')
    else if (returnFocus.current) toggleRef.current?.focus()
    returnFocus.current = false
  }, [open, setFocus])

  const close = () => {
    returnFocus.current = true
    setOpen(false)
  }

  const save = (values: TargetsFormValues) => {
    targetsSet(owner, fromFormValues(values))
    setStatus('Targets saved.')
    close()
  }

  return (
    <div className="targets">
      <button
        ref={toggleRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? ids.form : undefined}
        onClick={() => {
          reset(toFormValues(targets))
          setStatus('')
          if (open) close()
          else setOpen(true)
        }}
      >
        Set targets
      </button>
      {open && (
        <form
          id={ids.form}
          noValidate
          onSubmit={(event) => void handleSubmit(save)(event)}
          className="targets-form"
        >
          <p className="note">
            Where you want each pillar to be, 0 to 100 in steps of 5. Leave a field blank for no target.
          </p>
          {PILLARS.map((pillar) => {
            const error = errors[pillar]?.message
            const errorId = `${ids.form}-${pillar}-error`
            return (
              <div className="form-row" key={pillar}>
                <label htmlFor={`${ids.form}-${pillar}`}>{PILLAR_LABELS[pillar]} target</label>
                <input
                  id={`${ids.form}-${pillar}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  size={4}
                  aria-invalid={error !== undefined}
                  aria-describedby={error === undefined ? undefined : errorId}
                  {...register(pillar)}
                />
                {error !== undefined && (
                  <p id={errorId} className="field-error">
                    {error}
                  </p>
                )}
              </div>
            )
          })}
          <div className="actions">
            <button type="submit" className="button primary">
              Save targets
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <p id={ids.status} role="status" className="status">
        {status}
      </p>
    </div>
  )
}

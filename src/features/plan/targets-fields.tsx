import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect } from 'react'
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

/** The fields of "Set targets", opened with the targets kept now; the first field takes focus as it opens. */
export function TargetsFields({
  id,
  owner,
  onSaved,
  onCancel,
}: {
  id: string
  owner: PlanOwner
  onSaved: () => void
  onCancel: () => void
}) {
  const { targets } = usePlanState(owner)
  const { targetsSet } = usePlanActions()
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<TargetsFormValues>({
    defaultValues: toFormValues(targets),
    resolver: zodResolver(TargetsFormSchema),
  })

  useEffect(() => setFocus('culture'), [setFocus])

  const save = (values: TargetsFormValues) => {
    targetsSet(owner, fromFormValues(values))
    onSaved()
  }

  return (
    <form id={id} noValidate onSubmit={(event) => void handleSubmit(save)(event)} className="targets-form">
      <p className="note">
        Where you want each pillar to be, 0 to 100 in steps of 5. Leave a field blank for no target.
      </p>
      {PILLARS.map((pillar) => {
        const error = errors[pillar]?.message
        const errorId = `${id}-${pillar}-error`
        return (
          <div className="form-row" key={pillar}>
            <label htmlFor={`${id}-${pillar}`}>{PILLAR_LABELS[pillar]} target</label>
            <input
              id={`${id}-${pillar}`}
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
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

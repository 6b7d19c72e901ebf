import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState, type ReactNode } from 'react'
import { useForm } from 'react-hook-form'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import {
  PRACTICE_CATALOGUE,
  PRACTICES,
  PracticeIdSchema,
  SOURCE_LABELS,
} from '../../domain/bank/practices.ts'
import type { QuestionBank } from '../../domain/bank/question-bank-schema.ts'
import { z } from '../../domain/common/zod-setup.ts'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS, DoraMetricSchema } from '../../domain/dora/dora-metrics.ts'
import type { PlanOwner } from '../../domain/storage/stored-plans.ts'
import {
  defaultRecheckDate,
  EXPERIMENT_STATUS_LABELS,
  ExperimentTextSchema,
  isActiveStatus,
  MAX_EXPERIMENT_TEXT,
  MAX_OWNER_LENGTH,
  RecheckDateSchema,
  type Experiment,
  type ExperimentStatus,
  type Signal,
} from '../../domain/plan/experiment.ts'
import { describeSignal } from '../../domain/plan/plan-export.ts'
import type { SignalMovement } from '../../domain/plan/signal-movement.ts'
import { usePlanActions } from '../../store/plan-store.ts'

const EditSchema = z.object({
  what: ExperimentTextSchema,
  owner: z
    .string()
    .check(
      z.refine(
        (text) => text.trim().length <= MAX_OWNER_LENGTH,
        `must be at most ${MAX_OWNER_LENGTH} characters`,
      ),
    ),
  recheckOn: RecheckDateSchema,
  practice: PracticeIdSchema,
  /** SIGNAL_AS_IS, "question:<id>" or "dora:<metric>". */
  signal: z.string(),
})
type EditValues = z.infer<typeof EditSchema>

/** A signal of several questions has no single choice in the list: it stays as it is unless another is chosen. */
const SIGNAL_AS_IS = 'as-is'

const signalValue = (signal: Signal): string => {
  if (signal.kind === 'dora') return `dora:${signal.metric}`
  const [only, ...more] = signal.questionIds
  return only !== undefined && more.length === 0 ? `question:${only}` : SIGNAL_AS_IS
}

/** The signal a choice names, or undefined to keep the one the experiment has. */
function signalFromValue(value: string, bank: QuestionBank): Signal | undefined {
  const [kind, key = ''] = value.split(/:(.*)/s)
  if (kind === 'question' && bank.questions.some((question) => question.id === key)) {
    return { kind: 'questions', questionIds: [key] }
  }
  const metric = DoraMetricSchema.safeParse(key)
  return kind === 'dora' && metric.success ? { kind: 'dora', metric: metric.data } : undefined
}

interface ExperimentCardProps {
  owner: PlanOwner
  experiment: Experiment
  bank: QuestionBank
  /** Set at a re-check: how the experiment's signal moved since the plan was made. */
  movement?: SignalMovement | undefined
  onProblem: (problems: string[]) => void
}

/** One experiment: what to try, its practice and signal, its status, and the ways to change them. */
export function ExperimentCard({ owner, experiment, bank, movement, onProblem }: ExperimentCardProps) {
  const { experimentEdited, experimentStatusChanged } = usePlanActions()
  const [editing, setEditing] = useState(false)
  const [learned, setLearned] = useState(experiment.learned ?? '')
  const ids = { title: useId(), learned: useId(), form: useId() }
  const practice = PRACTICE_CATALOGUE[experiment.practice]

  const changeStatus = (status: ExperimentStatus, extra: { recheckOn?: string } = {}) => {
    const result = experimentStatusChanged(
      owner,
      experiment.id,
      status,
      isActiveStatus(status) ? undefined : learned,
    )
    if (!result.ok) {
      onProblem(result.errors)
      return
    }
    if (extra.recheckOn !== undefined) {
      experimentEdited(owner, experiment.id, {
        what: experiment.what,
        owner: experiment.owner ?? '',
        recheckOn: extra.recheckOn,
      })
    }
    onProblem([])
  }

  const closed = !isActiveStatus(experiment.status)
  return (
    <article className="experiment" aria-labelledby={ids.title}>
      <h4 id={ids.title}>{experiment.what}</h4>
      <dl className="experiment-facts">
        <dt>Practice</dt>
        <dd>
          {practice.label} ({SOURCE_LABELS[practice.source]})
        </dd>
        {experiment.owner !== undefined && (
          <>
            <dt>Owner</dt>
            <dd>{experiment.owner}</dd>
          </>
        )}
        <dt>Signal</dt>
        <dd>{describeSignal(experiment.signal, bank)}</dd>
        <dt>Re-check on</dt>
        <dd>{experiment.recheckOn}</dd>
        <dt>Status</dt>
        <dd>{EXPERIMENT_STATUS_LABELS[experiment.status]}</dd>
        {experiment.learned !== undefined && (
          <>
            <dt>What we learned</dt>
            <dd>{experiment.learned}</dd>
          </>
        )}
        {movement && (
          <>
            <dt>Signal since the plan was made</dt>
            <dd className={`movement movement-${movement.direction}`}>{movement.text}</dd>
          </>
        )}
      </dl>
      {editing ? (
        <EditForm
          experiment={experiment}
          bank={bank}
          formId={ids.form}
          onCancel={() => setEditing(false)}
          onSave={(values) => {
            const result = experimentEdited(owner, experiment.id, {
              ...values,
              signal: signalFromValue(values.signal, bank),
            })
            onProblem(result.ok ? [] : result.errors)
            if (result.ok) setEditing(false)
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button"
            aria-describedby={ids.title}
            onClick={() => setEditing(true)}
          >
            Edit experiment
          </button>
        </div>
      )}
      <div className="form-row">
        <label htmlFor={ids.learned}>What we learned</label>
        <input
          id={ids.learned}
          type="text"
          maxLength={MAX_EXPERIMENT_TEXT}
          value={learned}
          onChange={(event) => setLearned(event.target.value)}
        />
      </div>
      <div className="actions" role="group" aria-label={`Status of "${experiment.what}"`}>
        {experiment.status === 'planned' && (
          <button type="button" className="button" onClick={() => changeStatus('doing')}>
            Start it
          </button>
        )}
        {movement && !closed && (
          <button
            type="button"
            className="button"
            onClick={() => changeStatus('doing', { recheckOn: defaultRecheckDate(new Date()) })}
          >
            Keep it
          </button>
        )}
        {!closed && (
          <>
            <button type="button" className="button" onClick={() => changeStatus('done')}>
              Mark done
            </button>
            <button type="button" className="button" onClick={() => changeStatus('dropped')}>
              Drop it
            </button>
          </>
        )}
        {closed && (
          <button type="button" className="button" onClick={() => changeStatus('planned')}>
            Take it up again
          </button>
        )}
      </div>
    </article>
  )
}

function EditForm({
  experiment,
  bank,
  formId,
  onSave,
  onCancel,
}: {
  experiment: Experiment
  bank: QuestionBank
  formId: string
  onSave: (values: EditValues) => void
  onCancel: () => void
}) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<EditValues>({
    defaultValues: {
      what: experiment.what,
      owner: experiment.owner ?? '',
      recheckOn: experiment.recheckOn,
      practice: experiment.practice,
      signal: signalValue(experiment.signal),
    },
    resolver: zodResolver(EditSchema),
  })
  const field = (name: keyof EditValues, label: string, input: ReactNode) => {
    const error = errors[name]?.message
    return (
      <div className="form-row">
        <label htmlFor={`${formId}-${name}`}>{label}</label>
        {input}
        {error !== undefined && (
          <p id={`${formId}-${name}-error`} className="field-error">
            {label} {error}
          </p>
        )}
      </div>
    )
  }
  const described = (name: keyof EditValues) =>
    errors[name] === undefined
      ? { 'aria-invalid': false }
      : { 'aria-invalid': true, 'aria-describedby': `${formId}-${name}-error` }
  return (
    <form noValidate onSubmit={(event) => void handleSubmit(onSave)(event)}>
      {field(
        'what',
        'What to try',
        <textarea
          id={`${formId}-what`}
          rows={3}
          maxLength={MAX_EXPERIMENT_TEXT}
          {...described('what')}
          {...register('what')}
        />,
      )}
      {field(
        'owner',
        'Owner (optional)',
        <input
          id={`${formId}-owner`}
          type="text"
          maxLength={MAX_OWNER_LENGTH}
          {...described('owner')}
          {...register('owner')}
        />,
      )}
      {field(
        'practice',
        'Practice',
        <select id={`${formId}-practice`} {...described('practice')} {...register('practice')}>
          {PRACTICES.map((practice) => (
            <option key={practice} value={practice}>
              {PRACTICE_CATALOGUE[practice].label}
            </option>
          ))}
        </select>,
      )}
      {field(
        'signal',
        'Signal',
        <select id={`${formId}-signal`} {...described('signal')} {...register('signal')}>
          {signalValue(experiment.signal) === SIGNAL_AS_IS && (
            <option value={SIGNAL_AS_IS}>As now: {describeSignal(experiment.signal, bank)}</option>
          )}
          {PILLARS.map((pillar) => (
            <optgroup key={pillar} label={`${PILLAR_LABELS[pillar]} question`}>
              {bank.questions
                .filter((question) => question.pillar === pillar)
                .map((question) => (
                  <option key={question.id} value={`question:${question.id}`}>
                    {question.text}
                  </option>
                ))}
            </optgroup>
          ))}
          <optgroup label="DORA metric">
            {DORA_METRICS.map((metric) => (
              <option key={metric} value={`dora:${metric}`}>
                {DORA_METRIC_DEFINITIONS[metric].label}
              </option>
            ))}
          </optgroup>
        </select>,
      )}
      {field(
        'recheckOn',
        'Re-check on',
        <input
          id={`${formId}-recheckOn`}
          type="date"
          {...described('recheckOn')}
          {...register('recheckOn')}
        />,
      )}
      <div className="actions">
        <button type="submit" className="button primary">
          Save changes
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

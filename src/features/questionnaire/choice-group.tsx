export interface Choice {
  value: string
  label: string
  /** Separates "Don't know" and "Not applicable" from the maturity scale. */
  aside?: boolean
}

interface ChoiceGroupProps {
  name: string
  legend: string
  number: number
  choices: readonly Choice[]
  /** The chosen choice's value; undefined while unanswered. */
  value: string | undefined
  error: string | undefined
  why: string
  /** Not in the quick check the person continues: said in words, in the question's name. */
  isNew?: boolean
  onChoose: (value: string) => void
}

/**
 * One question as native radio inputs in a fieldset, so arrow keys, forms mode and labels all just work. The
 * fieldset is a radio group, the role that can say it is invalid.
 */
export function ChoiceGroup({
  name,
  legend,
  number,
  choices,
  value,
  error,
  why,
  isNew = false,
  onChoose,
}: ChoiceGroupProps) {
  const errorId = `${name}-error`
  return (
    <fieldset
      role="radiogroup"
      className={error ? 'question has-error' : 'question'}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>
        <span className="question-number">{number}.</span> {legend}
        {isNew && (
          <>
            {' '}
            <span className="new-mark">New</span>
          </>
        )}
      </legend>
      <details className="why">
        <summary>Why it matters</summary>
        <p>{why}</p>
      </details>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice.value} className={choice.aside ? 'choice aside' : 'choice'}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChoose(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

import type { UseFormRegisterReturn } from 'react-hook-form'

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
  error: string | undefined
  why: string
  registration: UseFormRegisterReturn
}

/** One question as native radio inputs in a fieldset, so arrow keys, forms mode and labels all just work. */
export function ChoiceGroup({ name, legend, number, choices, error, why, registration }: ChoiceGroupProps) {
  const errorId = `${name}-error`
  return (
    <fieldset
      className={error ? 'question has-error' : 'question'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>
        <span className="question-number">{number}.</span> {legend}
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
            <input type="radio" value={choice.value} {...registration} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

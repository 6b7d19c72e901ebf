import { useEffect, useId, useRef, useState } from 'react'

interface ConfirmButtonProps {
  label: string
  question: string
  confirmLabel: string
  onConfirm: () => void
}

/** A destructive action that asks first, inline, so it works the same with a keyboard, a screen reader or a phone. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false)
  const questionId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const openerRef = useRef<HTMLButtonElement>(null)
  const wasAsking = useRef(false)

  useEffect(() => {
    if (asking) cancelRef.current?.focus()
    else if (wasAsking.current) openerRef.current?.focus()
    wasAsking.current = asking
  }, [asking])

  if (!asking) {
    return (
      <button ref={openerRef} type="button" className="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    )
  }
  return (
    <div role="group" aria-labelledby={questionId} className="confirm">
      <p id={questionId}>{question}</p>
      <button type="button" className="button danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button ref={cancelRef} type="button" className="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  )
}

import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

interface ConfirmQuestionProps {
  question: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  /** Buttons offered beside the answer, before it ("Download backup first"). */
  extraActions?: ReactNode
  /** While the confirmed action runs, it cannot be confirmed twice. */
  busy?: boolean
}

/**
 * A question asked inline before a destructive action, so it works the same with a keyboard, a screen reader or a
 * phone. Focus goes to Cancel when it appears: Enter right after must not destroy anything.
 */
export function ConfirmQuestion({
  question,
  confirmLabel,
  onConfirm,
  onCancel,
  extraActions,
  busy = false,
}: ConfirmQuestionProps) {
  const questionId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)

  useEffect(() => cancelRef.current?.focus(), [])

  return (
    <div role="group" aria-labelledby={questionId} className="confirm">
      <p id={questionId}>{question}</p>
      {extraActions}
      <button type="button" className="button danger" disabled={busy} onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}

interface ConfirmButtonProps {
  label: string
  question: string
  confirmLabel: string
  /** A promise keeps the question open, its answer disabled, until the action is done; then it closes. */
  onConfirm: () => void | Promise<void>
  /** Called when the question opens. */
  onAsk?: () => void
  extraActions?: ReactNode
}

/** A destructive action behind a button that asks first (ConfirmQuestion); focus returns to the button after. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  onAsk,
  extraActions,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const openerRef = useRef<HTMLButtonElement>(null)
  const wasAsking = useRef(false)

  useEffect(() => {
    if (!asking && wasAsking.current) openerRef.current?.focus()
    wasAsking.current = asking
  }, [asking])

  const confirm = () => {
    const done = onConfirm()
    if (done === undefined) return
    setBusy(true)
    void done.finally(() => {
      setBusy(false)
      setAsking(false)
    })
  }

  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="button"
        onClick={() => {
          setAsking(true)
          onAsk?.()
        }}
      >
        {label}
      </button>
    )
  }
  return (
    <ConfirmQuestion
      question={question}
      confirmLabel={confirmLabel}
      onConfirm={confirm}
      onCancel={() => setAsking(false)}
      extraActions={extraActions}
      busy={busy}
    />
  )
}

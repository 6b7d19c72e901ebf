import type { ReactNode } from 'react'

interface SetupDisclosureProps {
  summary: string
  open: boolean
  onOpenChange: (open: boolean) => void
  children: ReactNode
}

/**
 * Part of a team session's setup, folded away once the results are what the room looks at. A native disclosure:
 * its summary is a button to the keyboard and to a screen reader, which also says whether it is open.
 */
export function SetupDisclosure({ summary, open, onOpenChange, children }: SetupDisclosureProps) {
  return (
    <details
      className="setup-disclosure"
      open={open}
      onToggle={(event) => onOpenChange(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  )
}

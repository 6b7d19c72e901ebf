import { useId, useState } from 'react'
import type { CheckDepth } from '../../domain/bank/check-depth.ts'
import { buildJoinLink } from '../../domain/routes/route-table.ts'
import { useRunningLiveSession } from '../../store/live-session-store.ts'
import { LiveSessionSection } from './live-session-section.tsx'
import { QrCode } from './qr-code.tsx'
import { SetupDisclosure } from './setup-disclosure.tsx'

const DEPTH_CHOICES: readonly { depth: CheckDepth; label: string }[] = [
  { depth: 'quick', label: 'The quick check, for a retro' },
  { depth: 'full', label: 'The full self-check, for a kickoff or a careful look' },
]

interface InviteSectionProps {
  sessionName: string
  /** Whether the QR code and the link show: the room needs them until the responses are in. */
  open: boolean
  onOpenChange: (open: boolean) => void
}

export function InviteSection({ sessionName, open, onOpenChange }: InviteSectionProps) {
  // A retro is what the team page is most often for, and the quick check is the one made for it.
  const [depth, setDepth] = useState<CheckDepth>('quick')
  const [copyStatus, setCopyStatus] = useState('')
  const ids = { heading: useId(), choice: useId() }
  const live = useRunningLiveSession()
  const link = buildJoinLink(
    window.location.href,
    sessionName,
    depth,
    live === undefined
      ? undefined
      : { relay: live.relay, room: live.room, facilitatorKey: live.facilitatorKey },
  )

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setCopyStatus('Invitation link copied. Paste it into your team chat or meeting.')
    } catch {
      onOpenChange(true)
      setCopyStatus(
        'Your browser did not allow copying: select the link under \u201cQR code and invitation link\u201d and copy it yourself.',
      )
    }
  }

  return (
    <section aria-labelledby={ids.heading} className="setup-step invite">
      <h2 id={ids.heading}>2. Invite</h2>
      <fieldset className="depth-choice">
        <legend>The invitation asks for</legend>
        {DEPTH_CHOICES.map((choice) => (
          <label key={choice.depth}>
            <input
              type="radio"
              name={ids.choice}
              value={choice.depth}
              checked={depth === choice.depth}
              onChange={() => {
                setDepth(choice.depth)
                setCopyStatus('')
              }}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      <p className="cell-text">
        Participants open this link on their phones, answer the check, and send you their share link.
        {sessionName.trim() !== '' && (
          <>
            {' '}
            The link names the session <bdi>&ldquo;{sessionName.trim()}&rdquo;</bdi>.
          </>
        )}
      </p>
      <SetupDisclosure summary="QR code and invitation link" open={open} onOpenChange={onOpenChange}>
        <QrCode text={link} label={`QR code for ${link}`} />
        <p className="cell-text">
          <a href={link}>{link}</a>
        </p>
      </SetupDisclosure>
      <button type="button" className="button" onClick={() => void copyLink()}>
        Copy invitation link
      </button>
      <p role="status" className="status">
        {copyStatus}
      </p>
      <LiveSessionSection />
    </section>
  )
}

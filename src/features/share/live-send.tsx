import type { LiveInvitation } from '../../domain/live/live-invitation.ts'
import { useLiveSend, type LiveSendState } from './use-live-send.ts'

const BUTTON_TEXT: Record<LiveSendState, string> = {
  idle: 'Send answers now',
  sending: 'Sending…',
  waiting: 'Waiting for the relay…',
  sent: 'Sent',
  failed: 'Send answers now',
}

const hostOf = (relay: string) => {
  try {
    return new URL(relay).host
  } catch {
    return relay
  }
}

function outcomeOf(state: LiveSendState, sentBefore: boolean, relay: string): string {
  switch (state) {
    case 'idle':
      return sentBefore ? 'Your answers changed since you sent them: send them again to replace them.' : ''
    case 'sending':
      return 'Sending your answers…'
    case 'waiting':
      return `The relay at ${hostOf(relay)} cannot be reached yet. Your answers are kept and go as soon as it can be reached, even after a reload. Meanwhile you can copy your share link below.`
    case 'sent':
      return 'Sent. Your facilitator sees your answers now. Send again after changing an answer to replace them.'
    case 'failed':
      return 'This browser could not encrypt your answers (it needs Web Crypto and IndexedDB, over https). Copy your share link below instead.'
  }
}

/**
 * The first button of an invited person's results in a live session: the answers go to the facilitator's screen
 * at once, encrypted for them alone.
 */
export function LiveSend({
  live,
  shareCode,
  sessionName,
}: {
  live: LiveInvitation
  shareCode: string
  sessionName: string
}) {
  const { state, send, sentBefore } = useLiveSend(live, shareCode)
  const busy = state === 'sending' || state === 'waiting'
  return (
    <div className="live-send">
      <p className="cell-text">
        Your answers, and the name and role below if you give them, go encrypted to{' '}
        {sessionName === '' ? (
          'the facilitator'
        ) : (
          <>
            the facilitator of <bdi>{sessionName}</bdi>
          </>
        )}{' '}
        through the relay at {hostOf(live.relay)}. Only the facilitator can read them: not the relay, not the
        other participants. Nothing else about you is sent.
      </p>
      <button
        type="button"
        className="button primary"
        aria-disabled={busy}
        onClick={() => busy || void send()}
      >
        {BUTTON_TEXT[state]}
      </button>
      <p role="status" className="status">
        {outcomeOf(state, sentBefore, live.relay)}
      </p>
    </div>
  )
}

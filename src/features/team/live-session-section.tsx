import { useId, useState } from 'react'
import { createRoomId, exportPublicKey } from '../../domain/live/live-entry.ts'
import { RelayAddressSchema } from '../../domain/live/live-invitation.ts'
import { plural } from '../../domain/common/plural.ts'
import { forgetRoomKeys, roomKeyPair } from '../../browser/live-keys.ts'
import type { LiveRoom } from '../../browser/live-relay.ts'
import {
  useLiveSessionActions,
  useRelayAddress,
  useRunningLiveSession,
} from '../../store/live-session-store.ts'
import { useLiveIntake } from '../../components/use-live-intake.ts'

/** How long "End live session" waits for the relay to confirm the entries are deleted. */
const END_WAIT_MS = 3000

/** Resolves once the relay holds every change of this browser's, or after `ms`. */
function whenSynced(room: LiveRoom, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (room.status().unsynced > 0) return false
      stop()
      resolve(true)
      return true
    }
    const timer = setTimeout(() => {
      stop()
      resolve(false)
    }, ms)
    const unsubscribe = room.subscribe(check)
    const stop = () => {
      clearTimeout(timer)
      unsubscribe()
    }
    check()
  })
}

/**
 * The facilitator's live session: responses reach the team view as participants send them, through a relay the
 * team runs. Everything sent is sealed for this browser's private key; the relay and other participants see
 * ciphertext only.
 */
export function LiveSessionSection() {
  const relayAddress = useRelayAddress()
  const running = useRunningLiveSession()
  const { relayAddressChanged, liveSessionStarted, liveSessionEnded } = useLiveSessionActions()
  const intake = useLiveIntake(running)
  const [error, setError] = useState('')
  const [outcome, setOutcome] = useState('')
  const [busy, setBusy] = useState(false)
  const ids = { heading: useId(), input: useId(), hint: useId(), error: useId() }

  const start = async () => {
    const parsed = RelayAddressSchema.safeParse(relayAddress)
    if (!parsed.success) {
      setError(
        parsed.error.issues[0]?.message ??
          'A relay address starts with wss:// (or ws:// on your own network), as in wss://relay.example.org.',
      )
      return
    }
    setError('')
    setOutcome('')
    setBusy(true)
    try {
      const room = createRoomId()
      const keys = await roomKeyPair('facilitator', room)
      liveSessionStarted(
        { relay: parsed.data, room, facilitatorKey: await exportPublicKey(keys.publicKey) },
        new Date().toISOString(),
      )
    } catch {
      setError(
        'This browser could not make the session’s key (it needs IndexedDB and Web Crypto, over https).',
      )
    } finally {
      setBusy(false)
    }
  }

  const end = async () => {
    if (running === undefined) return
    setBusy(true)
    const { room } = intake
    let deleted = false
    if (room?.status().connected) {
      room.entries.clear()
      deleted = await whenSynced(room, END_WAIT_MS)
    }
    await forgetRoomKeys(running.room).catch(() => undefined)
    liveSessionEnded()
    setBusy(false)
    setOutcome(
      deleted
        ? 'Live session ended: its answers were deleted from the relay. The responses stay in this team view.'
        : 'Live session ended. The relay could not be reached to delete its answers: it forgets the room when it expires (after 24 hours unless the relay is set otherwise). The responses stay in this team view.',
    )
  }

  const { status, answered, unreadable, keyLost } = intake
  const connection = !status.connected
    ? `Connecting to the relay at ${running?.relay ?? ''}…`
    : `${status.participants} connected, ${answered} answered`

  return (
    <section aria-labelledby={ids.heading} className="live-session">
      <h3 id={ids.heading}>Live session</h3>
      {running === undefined ? (
        <>
          <p className="cell-text">
            With a relay your team runs (<code>npm run relay</code>), answers reach this screen as people send
            them. They are encrypted for this browser alone: the relay and the other participants cannot read
            them.
          </p>
          <div className="form-row">
            <label htmlFor={ids.input}>Relay address</label>
            <input
              id={ids.input}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="wss://relay.example.org"
              aria-describedby={error === '' ? ids.hint : `${ids.error} ${ids.hint}`}
              aria-invalid={error === '' ? undefined : true}
              value={relayAddress}
              onChange={(event) => {
                relayAddressChanged(event.target.value)
                setError('')
              }}
            />
            {error !== '' && (
              <p id={ids.error} className="field-error" role="alert">
                {error}
              </p>
            )}
            <p id={ids.hint} className="note">
              Remembered in this browser for the next session.
            </p>
          </div>
          <button type="button" className="button" disabled={busy} onClick={() => void start()}>
            Start live session
          </button>
        </>
      ) : (
        <>
          <p className="cell-text">
            The invitation link and QR code above now carry the live session. Responses arrive below as people
            send them.
          </p>
          {keyLost ? (
            <p role="alert" className="notice warning">
              This browser no longer holds the session’s key, so it cannot read the answers. End the live
              session and start a new one.
            </p>
          ) : (
            <p role="status" className="status">
              {connection}
              {unreadable > 0 && ` (${plural(unreadable, 'unreadable entry', 'unreadable entries')} ignored)`}
            </p>
          )}
          <button type="button" className="button" disabled={busy} onClick={() => void end()}>
            End live session
          </button>
        </>
      )}
      {outcome !== '' && (
        <p role="status" className="status">
          {outcome}
        </p>
      )}
    </section>
  )
}

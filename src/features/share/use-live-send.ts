import { useCallback, useEffect, useRef, useState } from 'react'
import { sealEntry } from '../../domain/live/live-entry.ts'
import type { LiveInvitation } from '../../domain/live/live-invitation.ts'
import type { LiveOutbox } from '../../domain/live/live-outbox.ts'
import { roomKeyPair } from '../../browser/live-keys.ts'
import { readLiveOutbox, writeLiveOutbox } from '../../browser/live-outbox-storage.ts'
import type { LiveRoom } from '../../browser/live-relay.ts'

/**
 * idle: nothing sent for these answers; sending: sealed, on the way; waiting: the relay cannot be reached yet;
 * sent: the relay holds exactly these answers; failed: this browser cannot seal (no Web Crypto or IndexedDB).
 */
export type LiveSendState = 'idle' | 'sending' | 'waiting' | 'sent' | 'failed'

/** How long a send may take before the card says it waits for the relay. */
const WAITING_AFTER_MS = 2500

const outboxFor = (room: string) => {
  const outbox = readLiveOutbox()
  return outbox?.room === room ? outbox : undefined
}

/**
 * A participant's side of a live session. While the results show, the browser is in the room (the facilitator's
 * "connected" counts it); "Send answers now" seals the answers for the facilitator, keeps them in an outbox and
 * puts them in the room. The provider reconnects by itself, so answers sent while the relay is away go when it is
 * back, and an outbox left on a reload is sent on the next visit.
 */
export function useLiveSend(live: LiveInvitation, shareCode: string) {
  const { relay, room: roomId, facilitatorKey } = live
  const roomRef = useRef<LiveRoom | undefined>(undefined)
  const [outbox, setOutbox] = useState(() => outboxFor(roomId))
  const [state, setState] = useState<LiveSendState>(() => {
    const kept = outboxFor(roomId)
    if (kept === undefined || kept.code !== shareCode) return 'idle'
    return kept.sent ? 'sent' : 'sending'
  })

  const push = useCallback((room: LiveRoom, pending: LiveOutbox) => {
    if (room.entries.get(pending.key) !== pending.value) room.entries.set(pending.key, pending.value)
    setState('sending')
    const waiting = setTimeout(
      () => setState((current) => (current === 'sending' ? 'waiting' : current)),
      WAITING_AFTER_MS,
    )
    const check = () => {
      const status = room.status()
      if (!status.connected || status.unsynced > 0 || room.entries.get(pending.key) !== pending.value) return
      clearTimeout(waiting)
      unsubscribe()
      const sent = { ...pending, sent: true }
      writeLiveOutbox(sent)
      setOutbox(sent)
      setState('sent')
    }
    const unsubscribe = room.subscribe(check)
    check()
    return () => {
      clearTimeout(waiting)
      unsubscribe()
    }
  }, [])

  useEffect(() => {
    let closed = false
    let stopPush: (() => void) | undefined
    void import('../../browser/live-relay.ts').then(({ openLiveRoom }) => {
      if (closed) return
      const room = openLiveRoom(relay, roomId, 'participant')
      roomRef.current = room
      const kept = outboxFor(roomId)
      if (kept !== undefined && !kept.sent) stopPush = push(room, kept)
    })
    return () => {
      closed = true
      stopPush?.()
      roomRef.current?.close()
      roomRef.current = undefined
    }
  }, [relay, roomId, push])

  const send = useCallback(async () => {
    setState('sending')
    let pending: LiveOutbox
    try {
      const participant = await roomKeyPair('participant', roomId)
      const sealed = await sealEntry({ shareCode, participant, facilitatorKey, room: roomId })
      pending = { relay, room: roomId, ...sealed, code: shareCode, sent: false }
    } catch {
      setState('failed')
      return
    }
    writeLiveOutbox(pending)
    setOutbox(pending)
    const room = roomRef.current
    if (room === undefined) {
      // The relay's code is still loading: the room, once open, sends what the outbox holds.
      return
    }
    push(room, pending)
  }, [relay, roomId, facilitatorKey, shareCode, push])

  // Answers changed since they were sent: what the facilitator has is no longer what the results show.
  const changedSince = outbox !== undefined && outbox.code !== shareCode && state === 'sent'
  return { state: changedSince ? 'idle' : state, send, sentBefore: outbox?.sent === true }
}

import { useEffect, useState } from 'react'
import { getBank } from '../domain/bank/bank-registry.ts'
import { openEntry, type OpenedEntry } from '../domain/live/live-entry.ts'
import { ivOf, readRoom, type RoomEntry } from '../domain/team/live-intake.ts'
import type { RunningLiveSession } from '../domain/storage/stored-live-session.ts'
import { keptFacilitatorKeyPair } from '../browser/live-keys.ts'
import type { LiveRoom, LiveRoomStatus } from '../browser/live-relay.ts'
import { readLiveSessionStore, useLiveSessionActions } from '../store/live-session-store.ts'
import { useTeamActions } from '../store/team-store.ts'

export interface LiveIntake {
  /** Undefined until the relay's code has loaded. */
  room: LiveRoom | undefined
  status: LiveRoomStatus
  answered: number
  unreadable: number
  /** This browser lost the session's private key ("Clear this device"): nothing in the room can be read. */
  keyLost: boolean
}

const DISCONNECTED: LiveRoomStatus = { connected: false, participants: 0, unsynced: 0 }

/**
 * Connects the facilitator's browser to its running session's room while the team page is open, and takes every
 * new readable entry into the team view by the rules of a pasted link. Entries are opened once each: the room
 * changes with every arrival and every connection, and a sealed value never changes.
 */
export function useLiveIntake(running: RunningLiveSession | undefined): LiveIntake {
  const { responsesAdded, responseRemoved } = useTeamActions()
  const { entriesTakenIn } = useLiveSessionActions()
  const [intake, setIntake] = useState<LiveIntake>({
    room: undefined,
    status: DISCONNECTED,
    answered: 0,
    unreadable: 0,
    keyLost: false,
  })
  const relay = running?.relay
  const roomId = running?.room

  useEffect(() => {
    if (relay === undefined || roomId === undefined) return
    let closed = false
    let room: LiveRoom | undefined
    const opened = new Map<string, Promise<OpenedEntry>>()

    const start = async () => {
      const [{ openLiveRoom }, keys] = await Promise.all([
        import('../browser/live-relay.ts'),
        keptFacilitatorKeyPair(roomId),
      ])
      if (closed) return
      if (keys === undefined) {
        setIntake((current) => ({ ...current, keyLost: true }))
        return
      }
      const liveRoom = openLiveRoom(relay, roomId, 'facilitator')
      room = liveRoom
      let reading = Promise.resolve()
      const read = async () => {
        const entries = new Map<string, RoomEntry>()
        for (const [key, value] of liveRoom.entries.entries()) {
          const cacheKey = `${key}\n${typeof value === 'string' ? value : ''}`
          let entry = opened.get(cacheKey)
          if (entry === undefined) {
            entry = openEntry({ key, value, facilitatorPrivateKey: keys.privateKey, room: roomId })
            opened.set(cacheKey, entry)
          }
          entries.set(key, { iv: ivOf(value), opened: await entry })
        }
        if (closed) return
        const received = readLiveSessionStore().running?.received ?? {}
        const { arrivals, answered, unreadable } = readRoom(entries, received, getBank)
        for (const arrival of arrivals) {
          if (arrival.replaces !== undefined) responseRemoved(arrival.replaces)
        }
        if (arrivals.length > 0) responsesAdded(arrivals.map(({ response }) => response))
        entriesTakenIn(arrivals)
        setIntake({ room: liveRoom, status: liveRoom.status(), answered, unreadable, keyLost: false })
      }
      // One reading at a time, in order: two overlapping ones would both take in the same new entry.
      const onChange = () => {
        reading = reading.then(read)
      }
      liveRoom.subscribe(onChange)
      onChange()
    }
    void start()
    return () => {
      closed = true
      room?.close()
    }
  }, [relay, roomId, responsesAdded, responseRemoved, entriesTakenIn])

  return intake
}

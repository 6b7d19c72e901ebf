import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { ENTRIES_MAP } from '../domain/live/live-entry.ts'

/*
 * A live room on the team's relay, through Hocuspocus's provider: it reconnects by itself and, after a drop,
 * syncs what either side changed meanwhile, so a participant's answers sent while the relay was away arrive
 * when it is back. The room's document holds one Y.Map of sealed entries; awareness says who is connected.
 */

export interface LiveRoomStatus {
  /** The socket is open and the room's document was synced at least once since. */
  connected: boolean
  /** Participants connected now, by their awareness. */
  participants: number
  /** Changes of this browser's not yet acknowledged by the relay. */
  unsynced: number
}

export interface LiveRoom {
  entries: Y.Map<unknown>
  status: () => LiveRoomStatus
  /** Called on every change of the entries or the status. */
  subscribe: (listener: () => void) => () => void
  close: () => void
}

export function openLiveRoom(relay: string, room: string, role: 'facilitator' | 'participant'): LiveRoom {
  const document = new Y.Doc()
  const entries = document.getMap<unknown>(ENTRIES_MAP)
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of listeners) listener()
  }
  let connected = false
  // Retries at most every 10 s (the library's default is 30 s): a relay restarted in a meeting is back in seconds.
  const websocketProvider = new HocuspocusProviderWebsocket({ url: relay, maxDelay: 10_000 })
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: room,
    document,
    onSynced: ({ state }) => {
      connected = state
      notify()
    },
    onStatus: ({ status }) => {
      if (status !== WebSocketStatus.Connected) connected = false
      notify()
    },
    onAwarenessChange: notify,
    onUnsyncedChanges: notify,
  })
  provider.attach()
  provider.setAwarenessField('role', role)
  entries.observe(notify)

  const participants = () => {
    let count = 0
    for (const state of provider.awareness?.getStates().values() ?? []) {
      if (state['role'] === 'participant') count += 1
    }
    return count
  }

  return {
    entries,
    status: () => ({ connected, participants: participants(), unsynced: provider.unsyncedChanges }),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => {
      entries.unobserve(notify)
      provider.destroy()
      websocketProvider.destroy()
      document.destroy()
    },
  }
}

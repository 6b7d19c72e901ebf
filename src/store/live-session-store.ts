import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { LiveInvitation } from '../domain/live/live-invitation.ts'
import {
  createEmptyLiveSession,
  isLiveSessionEmpty,
  LIVE_SESSION_FORMAT,
  type StoredLiveSession,
} from '../domain/storage/stored-live-session.ts'
import type { Arrival } from '../domain/team/live-intake.ts'
import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import { browserStorage, followRemovalInOtherTabs, type GetStorage } from './safe-storage.ts'

export const LIVE_SESSION_STORAGE_KEY = `${STORAGE_KEY_PREFIX}live-session`

interface LiveSessionActions {
  relayAddressChanged: (relayAddress: string) => void
  liveSessionStarted: (invitation: LiveInvitation, startedAt: string) => void
  /** What was taken into the team view from the room, so it is not taken in again. */
  entriesTakenIn: (arrivals: readonly Arrival[]) => void
  liveSessionEnded: () => void
  deviceCleared: () => void
}

type LiveSessionState = StoredLiveSession & { actions: LiveSessionActions }

export function createLiveSessionStore(getStorage: GetStorage = browserStorage) {
  return create<LiveSessionState>()(
    persist(
      (set, get) => ({
        ...createEmptyLiveSession(),
        actions: {
          relayAddressChanged: (relayAddress) => set({ relayAddress }),
          liveSessionStarted: (invitation, startedAt) =>
            set({ running: { ...invitation, startedAt, received: {} } }),
          entriesTakenIn: (arrivals) => {
            const { running } = get()
            if (running === undefined || arrivals.length === 0) return
            const received = { ...running.received }
            for (const arrival of arrivals) received[arrival.participantId] = arrival.received
            set({ running: { ...running, received } })
          },
          liveSessionEnded: () => set({ running: undefined }),
          deviceCleared: () => set(createEmptyLiveSession()),
        },
      }),
      persistedStoreOptions({
        name: LIVE_SESSION_STORAGE_KEY,
        format: { ...LIVE_SESSION_FORMAT, isEmpty: isLiveSessionEmpty },
        partialize: ({ relayAddress, running }: LiveSessionState): StoredLiveSession =>
          running === undefined ? { relayAddress } : { relayAddress, running },
        getStorage,
      }),
    ),
  )
}

const useLiveSessionStore = createLiveSessionStore()

followRemovalInOtherTabs(LIVE_SESSION_STORAGE_KEY, () =>
  useLiveSessionStore.getState().actions.deviceCleared(),
)

export const useRelayAddress = () => useLiveSessionStore((state) => state.relayAddress)
export const useRunningLiveSession = () => useLiveSessionStore((state) => state.running)
export const useLiveSessionActions = () => useLiveSessionStore((state) => state.actions)
export const readLiveSessionActions = () => useLiveSessionStore.getState().actions
/** The session as it is now, outside React: the intake reads what was taken in at the moment it reads the room. */
export const readLiveSessionStore = (): StoredLiveSession => {
  const { relayAddress, running } = useLiveSessionStore.getState()
  return running === undefined ? { relayAddress } : { relayAddress, running }
}

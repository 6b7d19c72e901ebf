import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { getBank } from '../domain/bank/bank-registry.ts'
import {
  createEmptyTeamSession,
  parseStoredTeamSession,
  parseStoredTeamState,
  STORED_TEAM_SESSION_VERSION,
  findNewerStoredTeamSession,
  compactTeamSession,
  type CompactTeamSession,
  type StoredTeamSession,
  TEAM_VIEW,
} from '../domain/storage/stored-team-session.ts'
import { getResponseKey, type Response } from '../domain/formats/response.ts'
import { addResponses, MAX_TEAM_RESPONSES, type AddResponsesResult } from '../domain/team/team-membership.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import { browserStorage, followRemovalInOtherTabs, type GetStorage } from './safe-storage.ts'
import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'

export const TEAM_STORAGE_KEY = `${STORAGE_KEY_PREFIX}team`

interface TeamActions {
  responsesAdded: (incoming: readonly Response[]) => AddResponsesResult
  responseRemoved: (response: Response) => void
  /** Undoing a removal puts the response back where it was; false when it is back already or the team is full. */
  responseRestored: (response: Response, position: number) => boolean
  sessionRenamed: (name: string) => void
  /** A new round: the responses go (a team snapshot keeps them first), the session name stays. */
  roundStarted: () => void
  /** A backup replaces the whole team view: its session name and its responses. */
  teamRestored: (session: StoredTeamSession) => void
  deviceCleared: () => void
}

type TeamState = StoredTeamSession & { actions: TeamActions }

/**
 * The app's one store over localStorage, or one over the storage a test passes. A facilitator's team view lives
 * in one tab at a time; the last tab to save wins, as with any document.
 */
export function createTeamStore(getStorage: GetStorage = browserStorage) {
  return create<TeamState>()(
    persist(
      (set, get) => ({
        ...createEmptyTeamSession(),
        actions: {
          responsesAdded: (incoming) => {
            const result = addResponses(get().responses, incoming)
            set({ responses: result.responses })
            return result
          },
          responseRemoved: (response) => {
            set((state) => {
              // The list's own object, as the Remove button passes it: found without working out every key.
              const at = state.responses.indexOf(response)
              if (at >= 0)
                return { responses: [...state.responses.slice(0, at), ...state.responses.slice(at + 1)] }
              const key = getResponseKey(response)
              return { responses: state.responses.filter((r) => getResponseKey(r) !== key) }
            })
          },
          responseRestored: (response, position) => {
            const { responses } = get()
            const key = getResponseKey(response)
            if (responses.length >= MAX_TEAM_RESPONSES || responses.some((r) => getResponseKey(r) === key)) {
              return false
            }
            const at = Math.min(Math.max(position, 0), responses.length)
            set({ responses: [...responses.slice(0, at), response, ...responses.slice(at)] })
            return true
          },
          sessionRenamed: (sessionName) => set({ sessionName }),
          roundStarted: () => set({ responses: [] }),
          teamRestored: ({ sessionName, responses }) => set({ sessionName, responses }),
          deviceCleared: () => set(createEmptyTeamSession()),
        },
      }),
      persistedStoreOptions({
        name: TEAM_STORAGE_KEY,
        format: {
          stored: TEAM_VIEW,
          parse: (raw) => parseStoredTeamSession(raw, getBank),
          upgrade: (state, version) => parseStoredTeamState(state, version, getBank),
          isEmpty: ({ sessionName, responses }) => sessionName === '' && responses.length === 0,
          version: STORED_TEAM_SESSION_VERSION,
          findNewer: findNewerStoredTeamSession,
        },
        partialize: ({ sessionName, responses }: TeamState): CompactTeamSession =>
          compactTeamSession({ sessionName, responses }, getBank),
        getStorage,
      }),
    ),
  )
}

const useTeamStore = createTeamStore()

followRemovalInOtherTabs(TEAM_STORAGE_KEY, () => useTeamStore.getState().actions.deviceCleared())

export const useTeamResponses = () => useTeamStore((state) => state.responses)
export const useSessionName = () => useTeamStore((state) => state.sessionName)
export const useTeamActions = () => useTeamStore((state) => state.actions)
/** The actions outside React: for the device registry, which restores and clears every store at once. */
export const readTeamActions = () => useTeamStore.getState().actions

/** The whole team view, read once (for a backup) rather than subscribed to. */
export const readTeamSession = (): StoredTeamSession => {
  const { sessionName, responses } = useTeamStore.getState()
  return { sessionName, responses }
}

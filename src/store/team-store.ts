import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { getBank } from '../domain/bank/bank-registry.ts'
import {
  createEmptyTeamSession,
  parseStoredTeamSession,
  parseStoredTeamState,
  STORED_TEAM_SESSION_VERSION,
  type StoredTeamSession,
} from '../domain/formats/stored-team-session.ts'
import { getResponseKey, type Response } from '../domain/formats/response.ts'
import { addResponses, type AddResponsesResult } from '../domain/team/team-aggregation.ts'
import { createSafeStorage, followRemovalInOtherTabs } from './safe-storage.ts'

export const TEAM_STORAGE_KEY = 'calms-radar:team'

interface TeamActions {
  responsesAdded: (incoming: readonly Response[]) => AddResponsesResult
  responseRemoved: (response: Response) => void
  sessionRenamed: (name: string) => void
  /** A backup replaces the whole team view: its session name and its responses. */
  teamRestored: (session: StoredTeamSession) => void
  deviceCleared: () => void
}

type TeamState = StoredTeamSession & { actions: TeamActions }

const upgrade = (state: unknown, version: number) => {
  const result = parseStoredTeamState(state, version, getBank)
  if (!result.ok) throw new Error(result.errors.join(' '))
  return result.value
}

// A facilitator's team view lives in one tab at a time; the last tab to save wins, as with any document.
const useTeamStore = create<TeamState>()(
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
          const key = getResponseKey(response)
          set((state) => ({ responses: state.responses.filter((r) => getResponseKey(r) !== key) }))
        },
        sessionRenamed: (sessionName) => set({ sessionName }),
        teamRestored: ({ sessionName, responses }) => set({ sessionName, responses }),
        deviceCleared: () => set(createEmptyTeamSession()),
      },
    }),
    {
      name: TEAM_STORAGE_KEY,
      version: STORED_TEAM_SESSION_VERSION,
      storage: createSafeStorage({
        parse: (raw) => parseStoredTeamSession(raw, getBank),
        upgrade: (state, version) => parseStoredTeamState(state, version, getBank),
        isEmpty: ({ sessionName, responses }) => sessionName === '' && responses.length === 0,
        version: STORED_TEAM_SESSION_VERSION,
      }),
      partialize: ({ sessionName, responses }): StoredTeamSession => ({ sessionName, responses }),
      migrate: upgrade,
    },
  ),
)

followRemovalInOtherTabs(TEAM_STORAGE_KEY, () => useTeamStore.getState().actions.deviceCleared())

export const useTeamResponses = () => useTeamStore((state) => state.responses)
export const useSessionName = () => useTeamStore((state) => state.sessionName)
export const useTeamActions = () => useTeamStore((state) => state.actions)

/** The whole team view, read once (for a backup) rather than subscribed to. */
export const readTeamSession = (): StoredTeamSession => {
  const { sessionName, responses } = useTeamStore.getState()
  return { sessionName, responses }
}

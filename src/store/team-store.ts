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
  type NumberedTeamSession,
  type StoredTeamSession,
  TEAM_VIEW,
} from '../domain/storage/stored-team-session.ts'
import type { Response } from '../domain/formats/response.ts'
import {
  addNumberedResponses,
  numberInOrder,
  removeNumberedResponse,
  restoreNumberedResponse,
  type AddResponsesResult,
  type RemovedResponse,
} from '../domain/team/team-membership.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import { browserStorage, followRemovalInOtherTabs, type GetStorage } from './safe-storage.ts'
import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'

export const TEAM_STORAGE_KEY = `${STORAGE_KEY_PREFIX}team`

interface TeamActions {
  responsesAdded: (incoming: readonly Response[]) => Omit<AddResponsesResult, 'responses'>
  /** What was removed, with its number and place for Undo; undefined when it was not in the team view. */
  responseRemoved: (response: Response) => RemovedResponse | undefined
  /**
   * Undoing a removal puts the response back where it was, under its number; false when it is back already or the
   * team is full.
   */
  responseRestored: (removed: RemovedResponse) => boolean
  sessionRenamed: (name: string) => void
  /**
   * A new round: the responses go (a team snapshot keeps them first), the session name stays, and the numbers start
   * again at 1, since the round's people are counted afresh.
   */
  roundStarted: () => void
  /** A backup replaces the whole team view: its session name and its responses, numbered 1 to n in its order. */
  teamRestored: (session: StoredTeamSession) => void
  deviceCleared: () => void
}

type TeamState = NumberedTeamSession & { actions: TeamActions }

const numberedOf = ({ responses, numbers, nextNumber }: TeamState) => ({ responses, numbers, nextNumber })

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
            const { team, ...counts } = addNumberedResponses(numberedOf(get()), incoming)
            set(team)
            return counts
          },
          responseRemoved: (response) => {
            const removal = removeNumberedResponse(numberedOf(get()), response)
            if (removal !== undefined) set(removal.team)
            return removal?.removed
          },
          responseRestored: (removed) => {
            const team = restoreNumberedResponse(numberedOf(get()), removed)
            if (team !== undefined) set(team)
            return team !== undefined
          },
          sessionRenamed: (sessionName) => set({ sessionName }),
          roundStarted: () => set(numberInOrder([])),
          teamRestored: ({ sessionName, responses }) => set({ sessionName, ...numberInOrder(responses) }),
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
        partialize: (state: TeamState): CompactTeamSession =>
          compactTeamSession({ sessionName: state.sessionName, ...numberedOf(state) }, getBank),
        getStorage,
      }),
    ),
  )
}

const useTeamStore = createTeamStore()

followRemovalInOtherTabs(TEAM_STORAGE_KEY, () => useTeamStore.getState().actions.deviceCleared())

export const useTeamResponses = () => useTeamStore((state) => state.responses)
/** The responses' respondent numbers, in the same order: numbers[i] is responses[i]'s. */
export const useRespondentNumbers = () => useTeamStore((state) => state.numbers)
export const useSessionName = () => useTeamStore((state) => state.sessionName)
export const useTeamActions = () => useTeamStore((state) => state.actions)
/** The actions outside React: for the device registry, which restores and clears every store at once. */
export const readTeamActions = () => useTeamStore.getState().actions

/** The whole team view, read once (for a backup) rather than subscribed to. */
export const readTeamSession = (): StoredTeamSession => {
  const { sessionName, responses } = useTeamStore.getState()
  return { sessionName, responses }
}

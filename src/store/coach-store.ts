import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { getBank } from '../domain/bank/bank-registry.ts'
import {
  addTeamFiles,
  removeCoachTeam,
  type CoachTeam,
  type TeamFileOutcome,
} from '../domain/coach/coach-teams.ts'
import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'
import {
  COACH_FORMAT,
  createEmptyCoach,
  isCoachEmpty,
  type StoredCoach,
} from '../domain/storage/stored-coach.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import { browserStorage, followRemovalInOtherTabs, type GetStorage } from './safe-storage.ts'

export const COACH_STORAGE_KEY = `${STORAGE_KEY_PREFIX}coach`

interface CoachActions {
  /** Team files read as text, added in order; one outcome per file, in the same order. */
  teamFilesAdded: (files: readonly { name: string; text: string }[]) => TeamFileOutcome[]
  coachTeamRemoved: (teamId: string) => void
  /** A backup replaces the coach's teams (an older backup, with none, empties them). */
  coachRestored: (teams: readonly CoachTeam[]) => void
  deviceCleared: () => void
}

type CoachState = StoredCoach & { actions: CoachActions }

export function createCoachStore(getStorage: GetStorage = browserStorage) {
  return create<CoachState>()(
    persist(
      (set, get) => ({
        ...createEmptyCoach(),
        actions: {
          teamFilesAdded: (files) => {
            const { teams, outcomes } = addTeamFiles(get().teams, files, getBank)
            set({ teams })
            return outcomes
          },
          coachTeamRemoved: (teamId) => set({ teams: removeCoachTeam(get().teams, teamId) }),
          coachRestored: (teams) => set({ teams: [...teams] }),
          deviceCleared: () => set(createEmptyCoach()),
        },
      }),
      persistedStoreOptions({
        name: COACH_STORAGE_KEY,
        format: { ...COACH_FORMAT, isEmpty: isCoachEmpty },
        partialize: ({ teams }: CoachState): StoredCoach => ({ teams }),
        getStorage,
      }),
    ),
  )
}

const useCoachStore = createCoachStore()

followRemovalInOtherTabs(COACH_STORAGE_KEY, () => useCoachStore.getState().actions.deviceCleared())

/** The coach's teams in the order their files came; the picture puts them in alphabetical order. */
export const useCoachTeams = () => useCoachStore((state) => state.teams)
export const useCoachActions = () => useCoachStore((state) => state.actions)
export const readCoachActions = () => useCoachStore.getState().actions
/** The coach's teams, read once (for a backup) rather than subscribed to. */
export const readCoachTeams = (): CoachTeam[] => useCoachStore.getState().teams

import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { createTeamId } from '../domain/coach/team-file.ts'
import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'
import {
  isTeamIdentityEmpty,
  TEAM_IDENTITY_FORMAT,
  type StoredTeamIdentity,
} from '../domain/storage/stored-team-identity.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import { browserStorage, followRemovalInOtherTabs, type GetStorage } from './safe-storage.ts'

export const TEAM_IDENTITY_STORAGE_KEY = `${STORAGE_KEY_PREFIX}team-identity`

interface TeamIdentityActions {
  teamPseudonymChanged: (pseudonym: string) => void
  /**
   * A team file is being made: gives the team's id, made now if this team view has none yet, and kept from then
   * on (also through "Start a new round", which does not touch it).
   */
  teamFileDownloaded: () => string
  /** A backup that carries an identity replaces this one; an older backup, without one, leaves it as it is. */
  teamIdentityRestored: (identity: StoredTeamIdentity) => void
  deviceCleared: () => void
}

/** In memory the id is always a key, so clearing it is a plain set. */
interface TeamIdentityState {
  teamId: string | undefined
  pseudonym: string
  actions: TeamIdentityActions
}

export function createTeamIdentityStore(getStorage: GetStorage = browserStorage) {
  return create<TeamIdentityState>()(
    persist(
      (set, get) => ({
        teamId: undefined,
        pseudonym: '',
        actions: {
          teamPseudonymChanged: (pseudonym) => set({ pseudonym }),
          teamFileDownloaded: () => {
            const known = get().teamId
            if (known !== undefined) return known
            const teamId = createTeamId()
            set({ teamId })
            return teamId
          },
          teamIdentityRestored: ({ teamId, pseudonym }) => set({ teamId, pseudonym }),
          deviceCleared: () => set({ teamId: undefined, pseudonym: '' }),
        },
      }),
      persistedStoreOptions({
        name: TEAM_IDENTITY_STORAGE_KEY,
        format: { ...TEAM_IDENTITY_FORMAT, isEmpty: isTeamIdentityEmpty },
        partialize: ({ teamId, pseudonym }: TeamIdentityState): StoredTeamIdentity =>
          teamId === undefined ? { pseudonym } : { teamId, pseudonym },
        getStorage,
      }),
    ),
  )
}

const useTeamIdentityStore = createTeamIdentityStore()

followRemovalInOtherTabs(TEAM_IDENTITY_STORAGE_KEY, () =>
  useTeamIdentityStore.getState().actions.deviceCleared(),
)

/** The team's id; undefined until its first team file is made (teamFileDownloaded makes it). */
export const useTeamId = () => useTeamIdentityStore((state) => state.teamId)
/** As typed; blank means the session name is used. */
export const useTeamPseudonym = () => useTeamIdentityStore((state) => state.pseudonym)
export const useTeamIdentityActions = () => useTeamIdentityStore((state) => state.actions)
export const readTeamIdentityActions = () => useTeamIdentityStore.getState().actions
/** The identity, read once (for a backup) rather than subscribed to. */
export const readTeamIdentity = (): StoredTeamIdentity => {
  const { teamId, pseudonym } = useTeamIdentityStore.getState()
  return teamId === undefined ? { pseudonym } : { teamId, pseudonym }
}

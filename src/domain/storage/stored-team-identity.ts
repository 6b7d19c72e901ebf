import { z } from '../common/zod-setup.ts'
import { MAX_TEAM_NAME_LENGTH, TeamIdSchema } from '../coach/team-file.ts'
import { checkStoredState, storedFormat, type StoredValueName } from './stored-value.ts'

/*
 * What a team view's team files say about the team: its id, made once when the first file is downloaded and kept
 * through "Start a new round", so a coach sees the rounds of one team; and the pseudonym it may use in place of its
 * session name. Kept apart from the team view, whose stored format and backup part stay as they were.
 */
export const STORED_TEAM_IDENTITY_VERSION = 1

export const StoredTeamIdentitySchema = z.strictObject({
  /** Absent until the first team file is made. */
  teamId: z.optional(TeamIdSchema),
  /** As typed; blank means none. A team file writes it cleaned (see teamFileName). */
  pseudonym: z
    .string()
    .check(z.maxLength(MAX_TEAM_NAME_LENGTH, `at most ${MAX_TEAM_NAME_LENGTH} characters`)),
})
export type StoredTeamIdentity = z.infer<typeof StoredTeamIdentitySchema>

const TEAM_IDENTITY: StoredValueName = {
  name: "team's id and pseudonym",
  plural: true,
  label: "the team's id and pseudonym",
}

export const createEmptyTeamIdentity = (): StoredTeamIdentity => ({ pseudonym: '' })

export const isTeamIdentityEmpty = ({ teamId, pseudonym }: StoredTeamIdentity): boolean =>
  teamId === undefined && pseudonym === ''

export const TEAM_IDENTITY_FORMAT = storedFormat({
  name: TEAM_IDENTITY,
  version: STORED_TEAM_IDENTITY_VERSION,
  readers: {
    [STORED_TEAM_IDENTITY_VERSION]: (state) =>
      checkStoredState(TEAM_IDENTITY, StoredTeamIdentitySchema, state),
  },
})

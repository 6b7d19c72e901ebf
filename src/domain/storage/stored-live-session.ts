import { z } from '../common/zod-setup.ts'
import { MAX_SHARE_CODE_LENGTH } from '../formats/share-code.ts'
import { LiveInvitationSchema } from '../live/live-invitation.ts'
import { MAX_TEAM_RESPONSES } from '../team/team-membership.ts'
import { checkStoredState, storedFormat, type StoredValueName } from './stored-value.ts'

/*
 * The facilitator's live session: the relay address they use (remembered between sessions) and, while a session
 * runs, its room, the public key its invitation carries and what was taken in from each participant. The private
 * key is not here: it is a non-extractable key in IndexedDB, out of reach of any backup or export, and this value
 * goes into no backup either. A reload picks the session up where it was.
 */
export const STORED_LIVE_SESSION_VERSION = 1

const ReceivedEntrySchema = z.strictObject({
  iv: z.string().check(z.regex(/^[A-Za-z0-9_-]{16}$/)),
  code: z.string().check(z.maxLength(MAX_SHARE_CODE_LENGTH)),
})

export const RunningLiveSessionSchema = z.strictObject({
  ...LiveInvitationSchema.shape,
  startedAt: z.iso.datetime(),
  received: z
    .record(z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)), ReceivedEntrySchema)
    .check(z.refine((record) => Object.keys(record).length <= MAX_TEAM_RESPONSES, 'too many participants')),
})
export type RunningLiveSession = z.infer<typeof RunningLiveSessionSchema>

export const StoredLiveSessionSchema = z.strictObject({
  relayAddress: z.string().check(z.maxLength(400)),
  running: z.optional(RunningLiveSessionSchema),
})
export type StoredLiveSession = z.infer<typeof StoredLiveSessionSchema>

const LIVE_SESSION: StoredValueName = { name: 'live session', plural: false, label: 'the live session' }

export const createEmptyLiveSession = (): StoredLiveSession => ({ relayAddress: '' })

export const isLiveSessionEmpty = ({ relayAddress, running }: StoredLiveSession): boolean =>
  relayAddress === '' && running === undefined

export const LIVE_SESSION_FORMAT = storedFormat({
  name: LIVE_SESSION,
  version: STORED_LIVE_SESSION_VERSION,
  readers: {
    [STORED_LIVE_SESSION_VERSION]: (state) => checkStoredState(LIVE_SESSION, StoredLiveSessionSchema, state),
  },
})

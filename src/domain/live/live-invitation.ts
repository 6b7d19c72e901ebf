import { z } from '../common/zod-setup.ts'

/*
 * The live part of an invitation link: `#/join/<session>?relay=<ws or wss URL>&room=<id>&fk=<the facilitator's
 * public key>`. Everything in it arrives from a chat message, so each part is checked before anything connects.
 */

/** A room id: 16 random bytes in base64url, unguessable, so a room is found only through its invitation. */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/

/** An uncompressed P-256 public key (65 bytes) in base64url without padding. */
export const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9_-]{87}$/

/** The longest relay address a link may carry: an address is a host and a path, never a document. */
const MAX_RELAY_ADDRESS_LENGTH = 400

/**
 * A relay address is a WebSocket URL, written without credentials: anything else (http:, javascript:, a user and
 * password) is refused rather than repaired, since the link's sender chose it.
 */
export const RelayAddressSchema = z.string().check(
  z.trim(),
  z.maxLength(MAX_RELAY_ADDRESS_LENGTH, 'The relay address is too long.'),
  z.refine((value) => {
    try {
      const url = new URL(value)
      return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.username === '' && url.password === ''
    } catch {
      return false
    }
  }, 'A relay address starts with wss:// (or ws:// on your own network), as in wss://relay.example.org.'),
)

export const LiveInvitationSchema = z.object({
  relay: RelayAddressSchema,
  room: z.string().check(z.regex(ROOM_ID_PATTERN)),
  facilitatorKey: z.string().check(z.regex(PUBLIC_KEY_PATTERN)),
})
export type LiveInvitation = z.infer<typeof LiveInvitationSchema>

/**
 * Reads the live part of an invitation from the query after its path (`relay=…&room=…&fk=…`, with or without
 * "?"); undefined when any part is missing or malformed: the invitation then works as a plain one.
 */
export function parseLiveInvitation(query: string): LiveInvitation | undefined {
  const params = new URLSearchParams(query.replace(/^\?/, ''))
  const parsed = LiveInvitationSchema.safeParse({
    relay: params.get('relay') ?? undefined,
    room: params.get('room') ?? undefined,
    facilitatorKey: params.get('fk') ?? undefined,
  })
  return parsed.success ? parsed.data : undefined
}

/** The query a live invitation adds to a link, "?" included. */
export function liveInvitationQuery({ relay, room, facilitatorKey }: LiveInvitation): string {
  return `?${new URLSearchParams({ relay, room, fk: facilitatorKey }).toString()}`
}

/** Whether two invitations are for the same live room: the room id alone names it. */
export const sameLiveRoom = (a: LiveInvitation | undefined, b: LiveInvitation | undefined): boolean =>
  a?.room === b?.room

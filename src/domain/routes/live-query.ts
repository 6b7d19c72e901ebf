import type { LiveInvitation } from '../live/live-invitation.ts'

/*
 * The live part of an invitation link (`?relay=…&room=…&fk=…`) as the route table reads and writes it: by the rules
 * of LiveInvitationSchema (src/domain/live/live-invitation.ts), without zod. The route table is in the start page's
 * first load, whose budget zod's 10 kB would break; live-query.test.ts holds the two readings to the same answers.
 */

const ROOM_ID = /^[A-Za-z0-9_-]{22}$/
const PUBLIC_KEY = /^[A-Za-z0-9_-]{87}$/
const MAX_RELAY_ADDRESS_LENGTH = 400

function readRelay(value: string): string | undefined {
  const relay = value.trim()
  if (relay.length > MAX_RELAY_ADDRESS_LENGTH) return undefined
  try {
    const url = new URL(relay)
    const webSocket = url.protocol === 'ws:' || url.protocol === 'wss:'
    return webSocket && url.username === '' && url.password === '' ? relay : undefined
  } catch {
    return undefined
  }
}

/** The live invitation a query holds (with or without "?"); undefined when any part is missing or malformed. */
export function readLiveQuery(query: string): LiveInvitation | undefined {
  const params = new URLSearchParams(query.replace(/^\?/, ''))
  const relay = readRelay(params.get('relay') ?? '')
  const room = params.get('room') ?? ''
  const facilitatorKey = params.get('fk') ?? ''
  if (relay === undefined || !ROOM_ID.test(room) || !PUBLIC_KEY.test(facilitatorKey)) return undefined
  return { relay, room, facilitatorKey }
}

/** The query a live invitation adds to a link, "?" included. */
export function writeLiveQuery({ relay, room, facilitatorKey }: LiveInvitation): string {
  return `?${new URLSearchParams({ relay, room, fk: facilitatorKey }).toString()}`
}

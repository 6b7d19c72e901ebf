import type { GetBank } from '../bank/question-bank-schema.ts'
import { decodeShareCode } from '../formats/share-code.ts'
import type { Response } from '../formats/response.ts'
import type { OpenedEntry } from '../live/live-entry.ts'
import { MAX_TEAM_RESPONSES } from './team-membership.ts'

/*
 * What a live room's entries mean for the team view. Each readable entry is a share code, read by the rules of a
 * pasted link; the facilitator's browser remembers, by participant, the sealing (its IV) it last took in. An entry
 * counts as new only when its sealing is new: a removed response stays removed while its entry is in the room,
 * a reload takes nothing in twice, and a participant who sends again replaces their earlier response.
 */

/** The entry last taken in from a participant: its IV tells a new sending from the same one. */
export interface ReceivedEntry {
  iv: string
  code: string
}

export type ReceivedEntries = Readonly<Record<string, ReceivedEntry>>

/** One entry of the room, opened: what its key and value held, with the IV from its value. */
export interface RoomEntry {
  iv: string
  opened: OpenedEntry
}

export interface Arrival {
  participantId: string
  received: ReceivedEntry
  response: Response
  /** The response this participant sent before, to take out of the team view first. */
  replaces?: Response
}

export interface RoomReading {
  arrivals: Arrival[]
  /** Participants whose entry is readable: the "answered" of the status. */
  answered: number
  /** Entries that do not open, do not parse, are too large, or come past the room's limit. */
  unreadable: number
}

/** The IV of an entry's value (its second part), or "" for a value that is not one. */
export const ivOf = (value: unknown): string => (typeof value === 'string' ? (value.split('.')[1] ?? '') : '')

/**
 * Reads a room's opened entries against what was taken in before. Entries past MAX_TEAM_RESPONSES readable ones
 * are the room's limit: the team view could not hold them.
 */
export function readRoom(
  entries: ReadonlyMap<string, RoomEntry>,
  received: ReceivedEntries,
  getBank: GetBank,
): RoomReading {
  const arrivals: Arrival[] = []
  let answered = 0
  let unreadable = 0
  for (const [participantId, { iv, opened }] of entries) {
    if (!opened.ok) {
      unreadable += 1
      continue
    }
    const decoded = decodeShareCode(opened.shareCode, getBank)
    if (!decoded.ok || answered >= MAX_TEAM_RESPONSES) {
      unreadable += 1
      continue
    }
    answered += 1
    const before = Object.hasOwn(received, participantId) ? received[participantId] : undefined
    if (before?.iv === iv) continue
    const earlier = before === undefined ? undefined : decodeShareCode(before.code, getBank)
    arrivals.push({
      participantId,
      received: { iv, code: opened.shareCode },
      response: decoded.value,
      ...(earlier?.ok ? { replaces: earlier.value } : {}),
    })
  }
  return { arrivals, answered, unreadable }
}

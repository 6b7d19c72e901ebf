import { z } from '../common/zod-setup.ts'
import { MAX_ENTRY_LENGTH } from './live-entry.ts'
import { ROOM_ID_PATTERN, RelayAddressSchema } from './live-invitation.ts'

/*
 * A participant's answers on their way to a live room: sealed once, kept in this browser until the relay has them,
 * so a reload or a relay that is away loses nothing. `code` is the share code that was sealed: when the answers
 * change after sending, the card offers to send again.
 */
export const LiveOutboxSchema = z.strictObject({
  relay: RelayAddressSchema,
  room: z.string().check(z.regex(ROOM_ID_PATTERN)),
  key: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
  value: z.string().check(z.maxLength(MAX_ENTRY_LENGTH)),
  code: z.string().check(z.maxLength(MAX_ENTRY_LENGTH)),
  sent: z.boolean(),
})
export type LiveOutbox = z.infer<typeof LiveOutboxSchema>

/** The outbox kept as text; undefined for anything that is not one (a hand edit, an older or newer app). */
export function parseLiveOutbox(raw: string | null): LiveOutbox | undefined {
  if (raw === null) return undefined
  try {
    const parsed = LiveOutboxSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

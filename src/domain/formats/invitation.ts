export const MAX_INVITATION_LENGTH = 120

/**
 * Reads the session name from an invitation link's fragment (`#/join/<name>`): percent-decoded, without control
 * characters, at most 120 characters without splitting an emoji; undefined when nothing readable is left.
 */
export function parseInvitation(encoded: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(encoded)
  } catch {
    return undefined
  }
  const name = Array.from(decoded.replace(/\p{Cc}/gu, ' ').trim())
    .slice(0, MAX_INVITATION_LENGTH)
    .join('')
    .trim()
  return name === '' ? undefined : name
}

/**
 * A session name cut to at most `maxUnits` UTF-16 code units (what a stored length limit counts) without splitting
 * a character: an invitation of 120 emoji is 240 units.
 */
export function clipSessionName(name: string, maxUnits: number): string {
  let clipped = ''
  for (const character of name) {
    if (clipped.length + character.length > maxUnits) break
    clipped += character
  }
  return clipped
}

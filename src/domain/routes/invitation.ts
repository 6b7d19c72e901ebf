/**
 * A session name, in the team view and in the invitation it hands out. It lives here, in a module with no imports,
 * because the questionnaire keeps a participant's invitation and must not load the team view's formats for it.
 */
export const MAX_SESSION_NAME_LENGTH = 120
export const MAX_INVITATION_LENGTH = MAX_SESSION_NAME_LENGTH

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

import { LATEST_CREATED_AT } from '../../formats/response.ts'

const TIMESTAMP =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm)?)?\s*(z|utc|gmt|(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?)?$/i

/**
 * Year-first timestamps as ISO 8601 and most form tools write them ("2025-01-31T09:30:00Z", "2025/01/31 9:30:00
 * PM GMT+1", "2025-01-31 09:30"); without a zone they are read as UTC. Day-first and month-first dates are
 * ambiguous ("03/04/2025") and are not read.
 */
export function parseTimestamp(text: string): Date | undefined {
  const match = TIMESTAMP.exec(text.trim())
  if (match === null) return undefined
  const [, year, month, day, hourText, minute, second, half, , sign, offsetHours, offsetMinutes] = match
  let hour = Number(hourText ?? 0)
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (half.toLowerCase() === 'pm' ? 12 : 0)
  }
  const parts = [Number(year), Number(month) - 1, Number(day), hour, Number(minute ?? 0), Number(second ?? 0)]
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = parts
  if (mo > 11 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined
  const offset =
    sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0))
  const time = Date.UTC(y, mo, d, h, mi, s) - offset * 60_000
  // Date.UTC rolls 31 February into March; a date that does not round-trip did not exist.
  if (new Date(Date.UTC(y, mo, d)).getUTCDate() !== d) return undefined
  return time >= 0 && time <= LATEST_CREATED_AT ? new Date(time) : undefined
}

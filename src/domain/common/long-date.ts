const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/**
 * A date as the app's English texts write it ("5 December 2026"), in the person's time zone. Written out rather
 * than through Intl.DateTimeFormat, whose first use loads locale data: about 150 ms on a slow phone, in the task
 * that paints the results.
 */
export function formatLongDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`
}

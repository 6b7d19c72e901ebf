import { BANK_VERSION } from '../domain/bank/question-bank.ts'

/** Every export names the question bank and the app it came from. */
export const EXPORT_VERSIONS = { bankVersion: BANK_VERSION, app: __APP_VERSION__ }

export const CSV_TYPE = 'text/csv;charset=utf-8'
export const MARKDOWN_TYPE = 'text/markdown;charset=utf-8'

/** The day in file names, in UTC like every timestamp the app writes. */
export const fileDate = (date: Date) => date.toISOString().slice(0, 10)

/** The caption under a saved chart. */
export const chartCaption = (date: Date) =>
  `CALMS Radar ${EXPORT_VERSIONS.app} · question bank version ${EXPORT_VERSIONS.bankVersion} · ${fileDate(date)}`

/** A session name made safe for a file name: "Payments retro 11/26" -> "payments-retro-11-26". */
export function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
}

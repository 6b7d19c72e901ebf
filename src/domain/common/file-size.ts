import { formatCount } from './format-count.ts'

const BYTES_PER_MEGABYTE = 1024 * 1024

/** A size limit in the words its messages use: 2 * 1024 * 1024 bytes is "2 MB", 512 * 1024 is "0.5 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / BYTES_PER_MEGABYTE) * 10) / 10} MB`
}

/**
 * A text's size as a refusal names it, in kB of 1,000 characters, rounded up so a text just over a limit never reads
 * as the limit: 100,001 characters is "101 kB", 1,000,001 is "1,001 kB".
 */
export function kilobytesOf(text: string): string {
  return `${formatCount(Math.ceil(text.length / 1000))} kB`
}

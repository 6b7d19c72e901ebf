const BYTES_PER_MEGABYTE = 1024 * 1024

/** A size limit in the words its messages use: 2 * 1024 * 1024 bytes is "2 MB", 512 * 1024 is "0.5 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / BYTES_PER_MEGABYTE) * 10) / 10} MB`
}

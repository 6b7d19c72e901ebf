import { onTestFinished, vi } from 'vitest'

export interface CapturedFile {
  name: string
  type: string
  /** Decoded as UTF-8, which drops a leading byte order mark. */
  text: () => Promise<string>
  bytes: () => Promise<Uint8Array>
}

/**
 * Component tests only: jsdom can neither make blob: URLs nor download, so this records what downloadFile hands
 * to the browser (the blob and the link's file name) instead, until the test ends.
 */
export function captureDownloads(): CapturedFile[] {
  const files: CapturedFile[] = []
  const blobs = new Map<string, Blob>()
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`
    if (blob instanceof Blob) blobs.set(url, blob)
    return url
  }
  URL.revokeObjectURL = () => undefined
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (blob === undefined) return
    files.push({
      name: this.download,
      type: blob.type,
      text: () => blob.text(),
      bytes: async () => new Uint8Array(await blob.arrayBuffer()),
    })
  })
  onTestFinished(() => {
    click.mockRestore()
    Reflect.deleteProperty(URL, 'createObjectURL')
    Reflect.deleteProperty(URL, 'revokeObjectURL')
  })
  return files
}

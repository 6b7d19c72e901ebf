import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

/**
 * A QR code drawn as SVG elements from the library's module matrix: no markup string from the library reaches
 * the DOM.
 */
export function QrCode({ text, label, size = 200 }: { text: string; label: string; size?: number }) {
  const { count, path } = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(text, 'Byte')
    qr.make()
    const modules = qr.getModuleCount()
    let d = ''
    for (let row = 0; row < modules; row += 1) {
      for (let col = 0; col < modules; col += 1) {
        if (qr.isDark(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`
      }
    }
    return { count: modules, path: d }
  }, [text])
  const viewBox = count + 8
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${viewBox} ${viewBox}`}
      className="qr-code"
      shapeRendering="crispEdges"
    >
      <rect width={viewBox} height={viewBox} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  )
}

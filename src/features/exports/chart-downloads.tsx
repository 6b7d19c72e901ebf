import { downloadFile } from '../../browser/download.ts'
import { renderDeferred } from '../../components/render-later.tsx'
import { findChartSvg, renderPng, serializeChart } from './chart-image.ts'

interface ChartDownloadsProps {
  /** The start of the file name, e.g. "calms-radar-self-check-2026-11-21". */
  fileStem: string
  /** Written under the chart: the versions and date every export names. */
  caption: string
  onStatus: (message: string) => void
}

/** Saves the radar shown on this page as an SVG or PNG picture for slides, wikis and retro boards. */
export function ChartDownloads({ fileStem, caption, onStatus }: ChartDownloadsProps) {
  const chart = async () => {
    // A radar not yet scrolled to is still a placeholder: it is drawn first.
    await renderDeferred()
    const svg = findChartSvg(document)
    if (svg === null) onStatus('There is no chart on the page to save yet.')
    return svg === null ? null : serializeChart(svg, caption)
  }

  const downloadSvg = async () => {
    const image = await chart()
    if (image === null) return
    downloadFile(image.svg, `${fileStem}.svg`, 'image/svg+xml')
    onStatus(`Saved ${fileStem}.svg.`)
  }

  const downloadPng = async () => {
    const image = await chart()
    if (image === null) return
    try {
      downloadFile(await renderPng(image), `${fileStem}.png`, 'image/png')
      onStatus(`Saved ${fileStem}.png.`)
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'an unknown error'
      onStatus(`The chart could not be saved as PNG (${reason}). Download the SVG instead.`)
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void downloadSvg()}>
        Download chart SVG
      </button>
      <button type="button" className="button" onClick={() => void downloadPng()}>
        Download chart PNG
      </button>
    </>
  )
}

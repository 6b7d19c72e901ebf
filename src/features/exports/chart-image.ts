const SVG_NS = 'http://www.w3.org/2000/svg'
const CAPTION_HEIGHT = 24

/*
 * The page's stylesheet paints the chart (colours come from CSS variables that follow the light or dark theme), and
 * a saved SVG has no stylesheet. So every element gets its computed paint written onto it as presentation
 * attributes, and recharts' own style attributes, which would override those, are dropped.
 */
const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'visibility',
] as const

/** The radar on the page: recharts' svg inside the chart's role="img" container (the QR code is an svg too). */
export function findChartSvg(root: ParentNode): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>('[role="img"] svg.recharts-surface')
}

export interface ChartImage {
  svg: string
  width: number
  height: number
}

const isTransparent = (colour: string) =>
  colour === '' || colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)'

/** A standalone SVG file of the chart, on the page's background, with `caption` (versions, date) underneath. */
export function serializeChart(svg: SVGSVGElement, caption: string): ChartImage {
  const box = svg.getBoundingClientRect()
  const width = Number(svg.getAttribute('width')) || box.width
  const chartHeight = Number(svg.getAttribute('height')) || box.height
  const height = chartHeight + CAPTION_HEIGHT
  const clone = svg.cloneNode(true)
  if (!(clone instanceof SVGSVGElement)) throw new Error('the chart could not be copied')

  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [clone, ...clone.querySelectorAll('*')]
  originals.forEach((original, index) => {
    const copy = copies[index]
    if (copy === undefined) return
    const style = getComputedStyle(original)
    copy.removeAttribute('style')
    for (const property of PAINT_PROPERTIES) {
      const value = style.getPropertyValue(property)
      if (value !== '') copy.setAttribute(property, value)
    }
  })

  const page = getComputedStyle(document.documentElement)
  const background = document.createElementNS(SVG_NS, 'rect')
  background.setAttribute('width', String(width))
  background.setAttribute('height', String(height))
  background.setAttribute('fill', isTransparent(page.backgroundColor) ? '#ffffff' : page.backgroundColor)
  const title = document.createElementNS(SVG_NS, 'title')
  title.textContent = svg.closest('[role="img"]')?.getAttribute('aria-label') ?? 'CALMS Radar chart'
  const footer = document.createElementNS(SVG_NS, 'text')
  footer.setAttribute('x', '8')
  footer.setAttribute('y', String(height - 8))
  footer.setAttribute('font-size', '12')
  footer.setAttribute('font-family', page.fontFamily || 'sans-serif')
  footer.setAttribute('fill', page.color || '#1a1a1a')
  footer.textContent = caption
  clone.prepend(title, background)
  clone.append(footer)
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`)
  return { svg: new XMLSerializer().serializeToString(clone), width, height }
}

/**
 * Draws the SVG into a canvas at `scale` times its size (sharp on high-density screens and in slides). The SVG is
 * loaded as an image from a blob: URL, which the Content-Security-Policy allows (img-src blob:).
 */
export async function renderPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }))
  try {
    const picture = new Image()
    picture.src = url
    await picture.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(image.width * scale)
    canvas.height = Math.round(image.height * scale)
    const context = canvas.getContext('2d')
    if (context === null) throw new Error('this browser cannot draw into an image')
    context.drawImage(picture, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob === null ? reject(new Error('the image could not be encoded')) : resolve(blob)),
        'image/png',
      )
    })
  } finally {
    URL.revokeObjectURL(url)
  }
}

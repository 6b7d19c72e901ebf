interface RadarTickProps {
  x?: number | string
  y?: number | string
  cy?: number
  textAnchor?: string
  payload?: { value?: string | number }
}

/** Splits a label into lines of about `width` characters at spaces, so long axis names are not cut off. */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = []
  for (const word of label.split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + word.length + 1 <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/** An axis label of a radar, wrapped over lines and moved away from the centre so it never covers the chart. */
export function RadarTick({ x = 0, y = 0, cy = 0, textAnchor = 'middle', payload }: RadarTickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), 16)
  const top = Number(y)
  const left = Number(x)
  // Labels above the centre grow upwards, below it downwards, beside it around their own middle.
  const shift = top < cy - 1 ? lines.length - 1 : top > cy + 1 ? 0 : (lines.length - 1) / 2
  const anchor = textAnchor === 'start' || textAnchor === 'end' ? textAnchor : 'middle'
  return (
    <text x={left} y={top} textAnchor={anchor} className="recharts-polar-angle-axis-tick-value" fontSize={13}>
      {lines.map((line, index) => (
        <tspan key={index} x={left} dy={index === 0 ? `${-shift * 1.15}em` : '1.15em'}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

interface RadarTickProps {
  x?: number | string
  y?: number | string
  cx?: number
  cy?: number
  index?: number
  textAnchor?: string
  payload?: { value?: string | number }
  /** Every axis name of the chart in order, so each label can keep clear of its neighbours. */
  labels?: readonly string[]
}

const WRAP_WIDTH = 16
const LINE_HEIGHT_EM = 1.15
/** Below this chart width (a phone) the axis names need the room more than the type size. */
const NARROW_CHART_PX = 460

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

/** Labels above the centre grow upwards, below it downwards, beside it around their own middle (in lines). */
function linesAbove(dy: number, lineCount: number): number {
  return dy < -1 ? lineCount - 1 : dy > 1 ? 0 : (lineCount - 1) / 2
}

/**
 * How far (px, down positive) each axis label moves so that no two labels on the same side of the circle overlap:
 * with many axes, neighbours near the top and bottom sit only a few pixels apart. Labels only ever move away from
 * the centre, so none covers the chart; with few axes nothing moves. Axis i sits at 90 - i * 360 / n degrees,
 * clockwise from the top, as recharts draws it, at `distance` from the centre.
 */
export function spreadLabels(lineCounts: readonly number[], distance: number, lineHeight: number): number[] {
  const axes = lineCounts.map((lines, index) => {
    const angle = ((90 - (index * 360) / lineCounts.length) * Math.PI) / 180
    const dx = distance * Math.cos(angle)
    const dy = -distance * Math.sin(angle)
    return { index, lines, dx, dy }
  })
  const moves = axes.map(() => 0)
  for (const onSide of [(dx: number) => dx > -1, (dx: number) => dx < 1]) {
    const side = axes.filter((axis) => onSide(axis.dx))
    // Upper half from the horizontal upwards: each label's last line stays above the first line of the one below.
    let ceiling = Infinity
    for (const axis of side.filter((a) => a.dy < -1).sort((a, b) => b.dy - a.dy)) {
      const bottom = Math.min(axis.dy + (moves[axis.index] ?? 0), ceiling)
      moves[axis.index] = bottom - axis.dy
      ceiling = bottom - axis.lines * lineHeight
    }
    let floor = -Infinity
    for (const axis of side.filter((a) => a.dy > 1).sort((a, b) => a.dy - b.dy)) {
      const first = Math.max(axis.dy + (moves[axis.index] ?? 0), floor + lineHeight)
      moves[axis.index] = first - axis.dy
      floor = first + (axis.lines - 1) * lineHeight
    }
  }
  return moves
}

/** An axis label of a radar, wrapped over lines and moved away from the centre so it never covers the chart. */
export function RadarTick({
  x = 0,
  y = 0,
  cx = 0,
  cy = 0,
  index = 0,
  textAnchor = 'middle',
  payload,
  labels = [],
}: RadarTickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), WRAP_WIDTH)
  const left = Number(x)
  const dy = Number(y) - cy
  // The chart is centred, so its width is twice the centre's x.
  const fontSize = cx * 2 < NARROW_CHART_PX ? 10.5 : 13
  const moves = spreadLabels(
    labels.map((label) => wrapLabel(label, WRAP_WIDTH).length),
    Math.hypot(left - cx, dy),
    fontSize * LINE_HEIGHT_EM,
  )
  const top = Number(y) + (moves[index] ?? 0)
  const shift = linesAbove(dy, lines.length)
  const anchor = textAnchor === 'start' || textAnchor === 'end' ? textAnchor : 'middle'
  return (
    <text
      x={left}
      y={top}
      textAnchor={anchor}
      className="recharts-polar-angle-axis-tick-value"
      fontSize={fontSize}
    >
      {lines.map((line, lineIndex) => (
        <tspan
          key={lineIndex}
          x={left}
          dy={lineIndex === 0 ? `${-shift * LINE_HEIGHT_EM}em` : `${LINE_HEIGHT_EM}em`}
        >
          {line}
        </tspan>
      ))}
    </text>
  )
}

import { memo } from 'react'
import { radarGeometry } from './radar-geometry.ts'

/*
 * A radar small enough to draw one per team, hundreds on a page: plain SVG, no chart library, no measuring, no
 * values written on it. Its caption and a table beside it carry the figures; the drawing is hidden from assistive
 * technology.
 */
const SIZE = 200
const CENTER = SIZE / 2
const RADIUS = 66
const RINGS = [50, 100]
const LABEL_GAP = 16

const { pointAt, outline } = radarGeometry(CENTER, CENTER, RADIUS)

export interface SmallRadarAxis {
  key: string
  /** A short name drawn at the axis' end (the pillar's initial). */
  short: string
  /** The median, or undefined when nobody scored the axis (drawn at the centre). */
  value: number | undefined
  target?: number | undefined
  previous?: number | undefined
}

/** Draws a series only when at least one axis has a value in it. */
function series(axes: readonly SmallRadarAxis[], pick: (axis: SmallRadarAxis) => number | undefined) {
  return axes.some((axis) => pick(axis) !== undefined) ? axes.map((axis) => pick(axis) ?? 0) : undefined
}

export const SmallRadar = memo(function SmallRadar({ axes }: { axes: readonly SmallRadarAxis[] }) {
  const count = axes.length
  const previous = series(axes, (axis) => axis.previous)
  const target = series(axes, (axis) => axis.target)
  return (
    <svg className="small-radar" viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
      <g className="small-radar-grid">
        {RINGS.map((ring) => (
          <polygon key={ring} points={outline(axes.map(() => ring))} />
        ))}
        {axes.map((axis, index) => {
          const [x, y] = pointAt(index, count, 100)
          return <line key={axis.key} x1={CENTER} y1={CENTER} x2={x} y2={y} />
        })}
      </g>
      {previous && <polygon className="small-radar-previous" points={outline(previous)} />}
      {target && <polygon className="small-radar-target" points={outline(target)} />}
      <polygon className="small-radar-median" points={outline(axes.map((axis) => axis.value ?? 0))} />
      <g className="small-radar-labels">
        {axes.map((axis, index) => {
          const [x, y] = pointAt(index, count, 100, LABEL_GAP)
          return (
            <text key={axis.key} x={x} y={y + 5} textAnchor="middle">
              {axis.short}
            </text>
          )
        })}
      </g>
    </svg>
  )
})

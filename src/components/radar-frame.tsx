import type { ReactNode } from 'react'
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, RadarChart, ResponsiveContainer } from 'recharts'
import { RadarTick } from './radar-tick.tsx'

interface RadarFrameProps {
  /** The whole chart in words: assistive technology gets this instead of the drawing. */
  label: string
  /** One entry per axis: `axis` names it, the other keys are the series' values (0-100). */
  data: readonly ({ axis: string } & Record<string, number | string>)[]
  /** jsdom has no layout; tests pass a fixed size, browsers measure the container. */
  initialSize?: { width: number; height: number }
  /** The <Radar> series to draw. */
  children: ReactNode
}

/** The frame every radar in the app shares: a 0-100 scale, wrapped axis names, one image for screen readers. */
export function RadarFrame({
  label,
  data,
  initialSize = { width: 480, height: 360 },
  children,
}: RadarFrameProps) {
  return (
    <div className="radar" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={initialSize}>
        <RadarChart data={[...data]} outerRadius="70%" margin={{ top: 40, right: 64, bottom: 56, left: 64 }}>
          <PolarGrid className="radar-grid" />
          <PolarAngleAxis
            dataKey="axis"
            className="radar-axis"
            tick={<RadarTick labels={data.map((entry) => entry.axis)} />}
          />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            // Between the first two axes, so the scale never sits on an axis label.
            angle={90 - 180 / Math.max(data.length, 1)}
            className="radar-radius"
            tick={{ fontSize: 11 }}
          />
          {children}
        </RadarChart>
      </ResponsiveContainer>
    </div>
  )
}

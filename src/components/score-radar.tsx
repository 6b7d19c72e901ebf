import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts'
import { RadarTick } from './radar-tick.tsx'
import type { GroupScore } from '../domain/scoring.ts'

export const NO_SCORE_TEXT = 'not enough answers'
/** Short enough for an axis; the table and the chart's name spell it out. */
export const NO_SCORE_AXIS_TEXT = 'no score'

export function formatScore(score: number | null): string {
  return score === null ? NO_SCORE_TEXT : String(Math.round(score))
}

/** The accessible name of a radar: every axis with its score, so the picture has a complete text equivalent. */
export function describeRadar(title: string, groups: readonly GroupScore[]): string {
  return `${title}, 0 to 100: ${groups.map((group) => `${group.label} ${formatScore(group.score)}`).join(', ')}`
}

interface ScoreRadarProps {
  title: string
  groups: readonly GroupScore[]
  /** Many long names (practices) do not fit around a circle: number the axes and let the table name them. */
  numbered?: boolean
  /** jsdom has no layout; tests pass a fixed size, browsers measure the container. */
  initialSize?: { width: number; height: number }
}

export function ScoreRadar({
  title,
  groups,
  numbered = false,
  initialSize = { width: 480, height: 360 },
}: ScoreRadarProps) {
  const data = groups.map((group, index) => ({
    axis: numbered
      ? String(index + 1)
      : `${group.label}${group.score === null ? ` (${NO_SCORE_AXIS_TEXT})` : ''}`,
    // A group without a score is drawn at the centre but named as such on its axis: never shown as a real 0.
    score: group.score ?? 0,
  }))
  return (
    <div className="radar" role="img" aria-label={describeRadar(title, groups)}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={initialSize}>
        <RadarChart data={data} outerRadius="70%" margin={{ top: 40, right: 64, bottom: 40, left: 64 }}>
          <PolarGrid className="radar-grid" />
          <PolarAngleAxis dataKey="axis" className="radar-axis" tick={<RadarTick />} />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            // Between the first two axes, so the scale never sits on an axis label.
            angle={90 - 180 / Math.max(groups.length, 1)}
            className="radar-radius"
            tick={{ fontSize: 11 }}
          />
          <Radar
            name={title}
            dataKey="score"
            className="series-own"
            strokeWidth={2}
            fillOpacity={0.25}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  )
}

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts'
import type { GroupScore } from '../domain/scoring.ts'

export const NO_SCORE_TEXT = 'not enough answers'

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
  /** jsdom has no layout; tests pass a fixed size, browsers measure the container. */
  initialSize?: { width: number; height: number }
}

export function ScoreRadar({ title, groups, initialSize = { width: 480, height: 360 } }: ScoreRadarProps) {
  const data = groups.map((group) => ({
    axis: group.score === null ? `${group.label} (${NO_SCORE_TEXT})` : group.label,
    // A group without a score is drawn at the centre but named as such on its axis: never shown as a real 0.
    score: group.score ?? 0,
  }))
  return (
    <div className="radar" role="img" aria-label={describeRadar(title, groups)}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={initialSize}>
        <RadarChart data={data} outerRadius="70%" margin={{ top: 16, right: 48, bottom: 16, left: 48 }}>
          <PolarGrid className="radar-grid" />
          <PolarAngleAxis dataKey="axis" className="radar-axis" tick={{ fontSize: 13 }} />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            angle={90}
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

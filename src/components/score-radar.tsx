import { Radar } from 'recharts'
import { RadarFrame } from './radar-frame.tsx'
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
}

export function ScoreRadar({ title, groups, numbered = false }: ScoreRadarProps) {
  const data = groups.map((group, index) => ({
    axis: numbered
      ? String(index + 1)
      : `${group.label}${group.score === null ? ` (${NO_SCORE_AXIS_TEXT})` : ''}`,
    // A group without a score is drawn at the centre but named as such on its axis: never shown as a real 0.
    score: group.score ?? 0,
  }))
  return (
    <RadarFrame label={describeRadar(title, groups)} data={data}>
      <Radar
        name={title}
        dataKey="score"
        className="series-own"
        strokeWidth={2}
        fillOpacity={0.25}
        dot={{ r: 4, className: 'radar-dot-own' }}
        isAnimationActive={false}
      />
    </RadarFrame>
  )
}

import { Radar } from 'recharts'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import type { TeamAggregate } from '../../domain/team/team-aggregation.ts'
import { RadarFrame } from '../../components/radar-frame.tsx'
import { NO_SCORE_TEXT } from '../../domain/scoring/scoring.ts'
import { NO_SCORE_AXIS_TEXT } from '../../components/score-radar.tsx'

const round = (value: number) => Math.round(value)

export function describeTeamRadar(aggregate: TeamAggregate, showSpread: boolean): string {
  const parts = PILLARS.map((pillar) => {
    const summary = aggregate.pillars[pillar].summary
    if (!summary) return `${PILLAR_LABELS[pillar]} ${NO_SCORE_TEXT}`
    const spread = showSpread ? ` (range ${round(summary.min)} to ${round(summary.max)})` : ''
    return `${PILLAR_LABELS[pillar]} median ${round(summary.median)}${spread}`
  })
  return `Team radar, 0 to 100: ${parts.join(', ')}`
}

/** The team median per pillar, with the lowest and highest person drawn as dashed and dotted outlines. */
export function TeamRadar({ aggregate, showSpread }: { aggregate: TeamAggregate; showSpread: boolean }) {
  const data = PILLARS.map((pillar) => {
    const summary = aggregate.pillars[pillar].summary
    return {
      axis: summary ? PILLAR_LABELS[pillar] : `${PILLAR_LABELS[pillar]} (${NO_SCORE_AXIS_TEXT})`,
      median: summary?.median ?? 0,
      min: summary?.min ?? 0,
      max: summary?.max ?? 0,
    }
  })
  return (
    <RadarFrame label={describeTeamRadar(aggregate, showSpread)} data={data}>
      {showSpread && (
        <Radar
          name="Highest"
          dataKey="max"
          className="series-max"
          strokeWidth={2}
          strokeDasharray="8 4"
          fillOpacity={0}
          isAnimationActive={false}
        />
      )}
      <Radar
        name="Median"
        dataKey="median"
        className="series-own"
        strokeWidth={3}
        fillOpacity={0.2}
        dot={{ r: 4, className: 'radar-dot-own' }}
        isAnimationActive={false}
      />
      {showSpread && (
        <Radar
          name="Lowest"
          dataKey="min"
          className="series-min"
          strokeWidth={2}
          strokeDasharray="2 4"
          fillOpacity={0}
          isAnimationActive={false}
        />
      )}
    </RadarFrame>
  )
}

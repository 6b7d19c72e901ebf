import { Radar } from 'recharts'
import { PILLAR_LABELS, PILLARS, type Pillar } from '../../domain/bank/pillars.ts'
import type { Targets } from '../../domain/scoring/targets.ts'
import type { TeamAggregate } from '../../domain/team/team-aggregation.ts'
import { RadarFrame } from '../../components/radar-frame.tsx'
import { NO_SCORE_TEXT } from '../../domain/scoring/scoring.ts'
import { NO_SCORE_AXIS_TEXT } from '../../components/radar-description.ts'
import { comparisonSeries, outlineSeries, targetSeries } from '../../components/score-radar.tsx'

const round = (value: number) => Math.round(value)

/** An earlier round's team medians (a team snapshot), drawn as a dashed outline. */
export interface TeamRadarComparison {
  title: string
  medians: Readonly<Record<Pillar, number | null>>
}

export function describeTeamRadar(
  aggregate: TeamAggregate,
  showSpread: boolean,
  targets?: Targets,
  comparison?: TeamRadarComparison,
): string {
  const parts = PILLARS.map((pillar) => {
    const summary = aggregate.pillars[pillar].summary
    if (!summary) return `${PILLAR_LABELS[pillar]} ${NO_SCORE_TEXT}`
    const spread = showSpread ? ` (range ${round(summary.min)} to ${round(summary.max)})` : ''
    return `${PILLAR_LABELS[pillar]} median ${round(summary.median)}${spread}`
  })
  const compared =
    comparison === undefined
      ? ''
      : `, compared with ${comparison.title}: ${PILLARS.map((pillar) => {
          const median = comparison.medians[pillar]
          return `${PILLAR_LABELS[pillar]} ${median === null ? NO_SCORE_TEXT : `median ${round(median)}`}`
        }).join(', ')}`
  const aimed = PILLARS.flatMap((pillar) => {
    const target = targets?.[pillar]
    return target === undefined ? [] : [`${PILLAR_LABELS[pillar]} ${target}`]
  })
  const targetText = aimed.length === 0 ? '' : `; targets: ${aimed.join(', ')}`
  return `Team radar, 0 to 100: ${parts.join(', ')}${compared}${targetText}`
}

interface TeamRadarProps {
  aggregate: TeamAggregate
  showSpread: boolean
  /** The team's targets: a dotted outline with square points. */
  targets?: Targets | undefined
  comparison?: TeamRadarComparison | undefined
}

/**
 * The team median per pillar, with the lowest and highest person drawn as dashed and dotted outlines; the
 * targets and an earlier round when there are some.
 */
export function TeamRadar({ aggregate, showSpread, targets, comparison }: TeamRadarProps) {
  const data = PILLARS.map((pillar) => {
    const summary = aggregate.pillars[pillar].summary
    return {
      axis: summary ? PILLAR_LABELS[pillar] : `${PILLAR_LABELS[pillar]} (${NO_SCORE_AXIS_TEXT})`,
      median: summary?.median ?? 0,
      min: summary?.min ?? 0,
      max: summary?.max ?? 0,
      // Without a target or an earlier score the point sits at the centre; the chart's name says which have one.
      target: targets?.[pillar] ?? 0,
      previous: comparison?.medians[pillar] ?? 0,
    }
  })
  const anyTarget = targets !== undefined && PILLARS.some((pillar) => targets[pillar] !== undefined)
  return (
    <RadarFrame label={describeTeamRadar(aggregate, showSpread, targets, comparison)} data={data}>
      {showSpread && outlineSeries({ name: 'Highest', dataKey: 'max', className: 'series-max', dash: '8 4' })}
      <Radar
        name="Median"
        dataKey="median"
        className="series-own"
        strokeWidth={3}
        fillOpacity={0.2}
        dot={{ r: 4, className: 'radar-dot-own' }}
        isAnimationActive={false}
      />
      {showSpread && outlineSeries({ name: 'Lowest', dataKey: 'min', className: 'series-min', dash: '2 4' })}
      {/* Long dashes with a gap unlike the spread's, unfilled and in the comparison colour. */}
      {comparison && comparisonSeries(comparison.title, '12 4 2 4')}
      {anyTarget && targetSeries()}
    </RadarFrame>
  )
}

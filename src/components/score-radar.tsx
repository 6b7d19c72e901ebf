import type { ComponentProps } from 'react'
import { Radar, type DotItemDotProps } from 'recharts'
import { RadarFrame } from './radar-frame.tsx'
import { isScoreUncertain, UNCERTAIN_BASIS_TEXT, type GroupScore } from '../domain/scoring/scoring.ts'
import {
  describeRadar,
  NO_SCORE_AXIS_TEXT,
  type RadarComparison,
  type RadarTargets,
} from './radar-description.ts'

interface ScoreRadarProps {
  title: string
  groups: readonly GroupScore[]
  /**
   * Shorter axis names by group key, for groups whose full names do not fit around a circle (practices); the
   * chart's accessible name and the table keep the full names.
   */
  axisLabels?: Readonly<Partial<Record<string, string>>>
  comparison?: RadarComparison
  targets?: RadarTargets
}

interface OutlineSeriesProps {
  name: string
  dataKey: string
  className: string
  /** The dash pattern: each outline of a chart has its own, so they differ in shape, not colour alone. */
  dash: string
  dot?: ComponentProps<typeof Radar>['dot']
}

/**
 * An unfilled, dashed outline: a comparison, a target or the team's spread, beside a chart's filled scores. An
 * element, not a component, because the chart finds its series among its direct children.
 */
export const outlineSeries = ({ name, dataKey, className, dash, dot }: OutlineSeriesProps) => (
  <Radar
    name={name}
    dataKey={dataKey}
    className={className}
    strokeWidth={2}
    strokeDasharray={dash}
    fillOpacity={0}
    {...(dot === undefined ? {} : { dot })}
    isAnimationActive={false}
  />
)

// A target is a small square, unlike the round points of the scores, on a dotted outline.
const renderTargetDot = ({ cx, cy }: DotItemDotProps) =>
  cx === undefined || cy === undefined ? (
    <g />
  ) : (
    <rect x={cx - 3.5} y={cy - 3.5} width={7} height={7} className="radar-dot-target" />
  )

/**
 * The targets' outline of a radar whose data holds a `target` per axis, for the self-check's and the team's radar
 * alike: dotted, unfilled and with square points.
 */
export const targetSeries = () =>
  outlineSeries({
    name: 'Target',
    dataKey: 'target',
    className: 'series-target',
    dash: '2 4',
    dot: renderTargetDot,
  })

/** An earlier score's outline, of a radar whose data holds a `previous` per axis, in the comparison colour. */
export const comparisonSeries = (title: string, dash: string) =>
  outlineSeries({ name: title, dataKey: 'previous', className: 'series-comparison', dash })

export function ScoreRadar({ title, groups, axisLabels = {}, comparison, targets }: ScoreRadarProps) {
  const uncertain = groups.map(isScoreUncertain)
  // Hollow with a dashed outline: a score on few answers must not look as firm as the others.
  const renderDot = ({ cx, cy, index }: DotItemDotProps) => (
    <circle
      cx={cx}
      cy={cy}
      r={4}
      className={uncertain[index] === true ? 'radar-dot-uncertain' : 'radar-dot-firm'}
    />
  )
  const previousByKey = new Map(comparison?.groups.map((group) => [group.key, group.score]))
  const data = groups.map((group) => ({
    axis: `${axisLabels[group.key] ?? group.label}${group.score === null ? ` (${NO_SCORE_AXIS_TEXT})` : ''}`,
    // A group without a score is drawn at the centre but named as such on its axis: never shown as a real 0.
    score: group.score ?? 0,
    previous: previousByKey.get(group.key) ?? 0,
    // A pillar without a target is drawn at the centre, like one without a score; the name says which have one.
    target: targets?.[group.key] ?? 0,
  }))
  const anyTarget = targets !== undefined && groups.some((group) => targets[group.key] !== undefined)
  return (
    <>
      <RadarFrame label={describeRadar(title, groups, comparison, targets)} data={data}>
        <Radar
          name={title}
          dataKey="score"
          className="series-own"
          strokeWidth={2}
          fillOpacity={0.25}
          dot={renderDot}
          isAnimationActive={false}
        />
        {/* Dashed and unfilled as well as another colour, so the two outlines differ without colour vision. */}
        {comparison && comparisonSeries(comparison.title, '8 4')}
        {anyTarget && targetSeries()}
      </RadarFrame>
      {anyTarget && (
        <p className="radar-legend">
          <span className="legend-target" aria-hidden="true" /> Target (dotted, square points)
        </p>
      )}
      {comparison && (
        <p className="radar-legend">
          <span className="legend-line legend-own" aria-hidden="true" /> Now (solid, filled){' '}
          <span className="legend-line legend-comparison" aria-hidden="true" /> {comparison.title} (dashed)
        </p>
      )}
      {uncertain.includes(true) && (
        <p className="radar-legend">
          <span className="legend-dot-uncertain" aria-hidden="true" /> A hollow, dashed point is uncertain:
          its score is {UNCERTAIN_BASIS_TEXT}.
        </p>
      )}
    </>
  )
}

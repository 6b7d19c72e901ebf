import type { RadarPillar } from '../../domain/plan/present-slides.ts'
import { NO_SCORE_TEXT } from '../../domain/scoring/scoring.ts'
import { describeMiddleHalf } from '../../domain/team/statistics.ts'
import { radarGeometry } from '../../components/radar-geometry.ts'

/*
 * The team radar for a shared screen, in plain SVG: no chart library to load before the slide shows, and every
 * size in the drawing's own units, so the labels keep their size against the slide as it scales. The drawing is
 * 1000 x 560 units; on a 1280x720 screen it is drawn at about 0.9 px a unit, so labels of 32 units read at about
 * 29 px.
 */
const WIDTH = 1000
const HEIGHT = 560
const CENTER_X = WIDTH / 2
const CENTER_Y = 292
const RADIUS = 200
const RINGS = [25, 50, 75, 100]
const LABEL_GAP = 30
/** A median above this is written inside its point, VALUE_INSET units towards the centre. */
const VALUE_INSIDE_FROM = 80
const VALUE_INSET = 42

const { angleOf, pointAt, outline, ringPath } = radarGeometry(CENTER_X, CENTER_Y, RADIUS)

const round = Math.round

/** Where an axis label sits and how it is anchored, so that it reads outward from the drawing. */
function labelPlacement(index: number, count: number) {
  const [x, y] = pointAt(index, count, 100, LABEL_GAP)
  const cos = Math.cos(angleOf(index, count))
  const sin = Math.sin(angleOf(index, count))
  const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle'
  // Above the top axis the text's baseline is at the point; below the centre, its top is.
  const dy = sin < -0.5 ? 0 : sin > 0.5 ? 26 : 10
  return { x, y: y + dy, anchor } as const
}

export function SlideRadar({
  pillars,
  spreadShown,
}: {
  pillars: readonly RadarPillar[]
  spreadShown: boolean
}) {
  const count = pillars.length
  const medians = pillars.map((pillar) => pillar.median ?? 0)
  const targets = pillars.every((pillar) => pillar.target === undefined)
    ? undefined
    : pillars.map((pillar) => pillar.target ?? 0)
  // A pillar nobody scored has no band: it is drawn at the centre, as its median is.
  const band = spreadShown
    ? {
        upper: pillars.map((pillar) => pillar.middleHalf?.q3 ?? 0),
        lower: pillars.map((pillar) => pillar.middleHalf?.q1 ?? 0),
      }
    : undefined
  return (
    <svg className="deck-radar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <g className="deck-radar-grid">
        {RINGS.map((ring) => (
          <polygon key={ring} points={outline(pillars.map(() => ring))} />
        ))}
        {pillars.map((pillar, index) => {
          const [x, y] = pointAt(index, count, 100)
          return <line key={pillar.pillar} x1={CENTER_X} y1={CENTER_Y} x2={x} y2={y} />
        })}
      </g>
      {band && (
        // The middle half of the team as one band: the upper quartile's outline with the lower one cut out.
        <path
          className="deck-radar-band"
          d={`${ringPath(band.upper)} ${ringPath(band.lower)}`}
          fillRule="evenodd"
        />
      )}
      {targets && (
        <g className="deck-radar-target">
          <polygon points={outline(targets)} />
          {pillars.map((pillar, index) => {
            if (pillar.target === undefined) return null
            const [x, y] = pointAt(index, count, pillar.target)
            return <rect key={pillar.pillar} x={x - 7} y={y - 7} width="14" height="14" />
          })}
        </g>
      )}
      <g className="deck-radar-median">
        <polygon points={outline(medians)} />
        {pillars.map((pillar, index) => {
          if (pillar.median === undefined) return null
          const [x, y] = pointAt(index, count, pillar.median)
          return <circle key={pillar.pillar} cx={x} cy={y} r="8" />
        })}
      </g>
      <g className="deck-radar-values">
        {pillars.map((pillar, index) => {
          if (pillar.median === undefined) return null
          // Near the rim a value beside its point would run into the pillar's label: it goes inside, on its axis.
          if (pillar.median > VALUE_INSIDE_FROM) {
            const [x, y] = pointAt(index, count, pillar.median, -VALUE_INSET)
            return (
              <text key={pillar.pillar} x={x} y={y + 11} textAnchor="middle">
                {round(pillar.median)}
              </text>
            )
          }
          const [x, y] = pointAt(index, count, pillar.median)
          return (
            <text key={pillar.pillar} x={x + 14} y={y - 12}>
              {round(pillar.median)}
            </text>
          )
        })}
      </g>
      <g className="deck-radar-labels">
        {pillars.map((pillar, index) => {
          const { x, y, anchor } = labelPlacement(index, count)
          return (
            <text key={pillar.pillar} x={x} y={y} textAnchor={anchor}>
              {pillar.median === undefined ? `${pillar.label} (${NO_SCORE_TEXT})` : pillar.label}
            </text>
          )
        })}
      </g>
    </svg>
  )
}

/** The radar's text equivalent: each pillar's median, and its middle half and target where the slide shows them. */
export function SlideRadarTable({
  pillars,
  spreadShown,
  targetsShown,
  caption,
}: {
  pillars: readonly RadarPillar[]
  spreadShown: boolean
  targetsShown: boolean
  caption: string
}) {
  return (
    // In a box of its own: a table takes the width of its content whatever width it is given.
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Pillar</th>
            <th scope="col">Median</th>
            {spreadShown && <th scope="col">Middle half</th>}
            {targetsShown && <th scope="col">Target</th>}
          </tr>
        </thead>
        <tbody>
          {pillars.map((pillar) => (
            <tr key={pillar.pillar}>
              <th scope="row">{pillar.label}</th>
              <td>{pillar.median === undefined ? NO_SCORE_TEXT : round(pillar.median)}</td>
              {spreadShown && (
                <td>{pillar.middleHalf === undefined ? '-' : describeMiddleHalf(pillar.middleHalf)}</td>
              )}
              {targetsShown && <td>{pillar.target ?? '-'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

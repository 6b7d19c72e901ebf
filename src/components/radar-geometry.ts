/*
 * The geometry of the plain-SVG radars (present mode's slide and the coach's small multiples): no chart library, so
 * hundreds of them draw in one pass. Axis i of n sits clockwise from the top; a value is 0-100.
 */
export interface RadarGeometry {
  /** The axis of the i-th of n axes, in radians, clockwise from the top. */
  angleOf: (index: number, count: number) => number
  /** Where `value` lies on axis `index`, `extra` units further out. */
  pointAt: (index: number, count: number, value: number, extra?: number) => [number, number]
  /** A polygon's points attribute through one value per axis. */
  outline: (values: readonly number[]) => string
  /** The same outline as a closed path, to cut one out of another. */
  ringPath: (values: readonly number[]) => string
}

export function radarGeometry(centerX: number, centerY: number, radius: number): RadarGeometry {
  const angleOf = (index: number, count: number) => -Math.PI / 2 + (index * 2 * Math.PI) / count
  const pointAt = (index: number, count: number, value: number, extra = 0): [number, number] => {
    const angle = angleOf(index, count)
    const distance = (radius * value) / 100 + extra
    return [centerX + distance * Math.cos(angle), centerY + distance * Math.sin(angle)]
  }
  const outline = (values: readonly number[]) =>
    values
      .map((value, index) =>
        pointAt(index, values.length, value)
          .map((n) => n.toFixed(1))
          .join(','),
      )
      .join(' ')
  const ringPath = (values: readonly number[]) => `M${outline(values).replaceAll(' ', 'L')}Z`
  return { angleOf, pointAt, outline, ringPath }
}

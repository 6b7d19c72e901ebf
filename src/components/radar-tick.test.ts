import { expect, test } from 'vitest'
import { spreadLabels } from './radar-tick.tsx'

test('with few axes no label moves', () => {
  expect(spreadLabels([1, 2, 1, 2], 100, 15)).toEqual([0, 0, 0, 0])
})

test('with many axes, labels near the top and bottom move away from the centre until they clear each other', () => {
  // Twelve axes 30 degrees apart at 40 px: on the right, axis 2 sits 20 px above the centre, axis 1 34.64 px and
  // axis 0 40 px. One-line labels 15 px high: axis 1 must end at -35 (0.36 px up), axis 0 at -50 (10 px up);
  // the bottom mirrors it, and the left side gives the same numbers.
  const moves = spreadLabels(Array<number>(12).fill(1), 40, 15)
  const expected = [-10, -0.36, 0, 0, 0, 0.36, 10, 0.36, 0, 0, 0, -0.36]
  expect(moves).toHaveLength(expected.length)
  moves.forEach((move, index) => expect(move).toBeCloseTo(expected[index] ?? NaN, 2))
})

test('a label of two lines pushes the one beyond it a line further', () => {
  // As above, with axis 2 two lines high: its top is at -20 - 30, so axis 1 ends at -50 and axis 0 at -65.
  const lines = Array<number>(12).fill(1)
  lines[2] = 2
  const moves = spreadLabels(lines, 40, 15)
  expect(moves[1]).toBeCloseTo(-15.36, 2)
  expect(moves[0]).toBeCloseTo(-25, 2)
})

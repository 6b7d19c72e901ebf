import { expect, test } from 'vitest'
import { parseRoute } from './hash-route.ts'

test('parseRoute reads every route from the fragment', () => {
  expect(parseRoute('')).toEqual({ name: 'start' })
  expect(parseRoute('#/')).toEqual({ name: 'start' })
  expect(parseRoute('#/step/3')).toEqual({ name: 'step', step: 3 })
  expect(parseRoute('#/self-check')).toEqual({ name: 'resume' })
  expect(parseRoute('#/results')).toEqual({ name: 'results' })
  expect(parseRoute('#/team')).toEqual({ name: 'team' })
  expect(parseRoute('#/r/1.1.abc')).toEqual({ name: 'shared', code: '1.1.abc' })
  expect(parseRoute('#/nope')).toEqual({ name: 'not-found', path: '/nope' })
  expect(parseRoute('#/step/x')).toEqual({ name: 'not-found', path: '/step/x' })
})

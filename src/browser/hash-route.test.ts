import { expect, test } from 'vitest'
import { buildJoinLink, parseRoute } from './hash-route.ts'

test('parseRoute reads every route from the fragment', () => {
  expect(parseRoute('')).toEqual({ name: 'start' })
  expect(parseRoute('#/')).toEqual({ name: 'start' })
  expect(parseRoute('#/step/3')).toEqual({ name: 'step', step: 3 })
  expect(parseRoute('#/self-check')).toEqual({ name: 'resume' })
  expect(parseRoute('#/results')).toEqual({ name: 'results' })
  expect(parseRoute('#/team')).toEqual({ name: 'team' })
  expect(parseRoute('#/r/1.1.abc')).toEqual({ name: 'shared', code: '1.1.abc' })
  expect(parseRoute('#/join/Payments%20team%2C%20retro')).toEqual({
    name: 'start',
    invitation: 'Payments team, retro',
  })
  expect(parseRoute('#/join/%E0%A4%A')).toEqual({ name: 'start' })
  expect(parseRoute('#/nope')).toEqual({ name: 'not-found', path: '/nope' })
  expect(parseRoute('#/step/x')).toEqual({ name: 'not-found', path: '/step/x' })
})

test('buildJoinLink points at this deployment, whatever route the page is on', () => {
  expect(buildJoinLink('https://example.org/tools/calms/#/team', 'Payments team')).toBe(
    'https://example.org/tools/calms/#/join/Payments%20team',
  )
  expect(buildJoinLink('http://127.0.0.1:5173/', '  ')).toBe('http://127.0.0.1:5173/#/')
})

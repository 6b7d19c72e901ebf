import { describe, expect, test } from 'vitest'
import {
  buildJoinLink,
  hrefOf,
  linkTo,
  parseRoute,
  routes,
  textAfterSharedRoute,
  type Route,
} from './route-table.ts'

describe('parseRoute', () => {
  test('reads every route from the fragment', () => {
    expect(parseRoute('')).toEqual({ name: 'start' })
    expect(parseRoute('#')).toEqual({ name: 'start' })
    expect(parseRoute('#/')).toEqual({ name: 'start' })
    expect(parseRoute('#/step/3')).toEqual({ name: 'step', step: 3 })
    expect(parseRoute('#/step/12')).toEqual({ name: 'step', step: 12 })
    expect(parseRoute('#/self-check')).toEqual({ name: 'resume' })
    expect(parseRoute('#/self-check/quick')).toEqual({ name: 'resume', depth: 'quick' })
    expect(parseRoute('#/self-check/full')).toEqual({ name: 'resume', depth: 'full' })
    expect(parseRoute('#/self-check/deep')).toEqual({ name: 'not-found', path: '/self-check/deep' })
    expect(parseRoute('#/self-check/quick/join/Payments%20retro')).toEqual({
      name: 'resume',
      depth: 'quick',
      invitation: 'Payments retro',
    })
    expect(parseRoute('#/results')).toEqual({ name: 'results' })
    expect(parseRoute('#/results/change/lean-change-size')).toEqual({
      name: 'change-answer',
      questionId: 'lean-change-size',
    })
    expect(parseRoute('#/team')).toEqual({ name: 'team' })
    expect(parseRoute('#/team/present')).toEqual({ name: 'present' })
    expect(parseRoute('#/coach')).toEqual({ name: 'coach' })
    expect(parseRoute('#/r/1.1.abc')).toEqual({ name: 'shared', code: '1.1.abc' })
    expect(parseRoute('#/join/Payments%20team%2C%20retro')).toEqual({
      name: 'start',
      invitation: 'Payments team, retro',
    })
  })

  test('reads the fragment without its "#" too', () => {
    expect(parseRoute('/team')).toEqual({ name: 'team' })
  })

  test('an invitation that cannot be read leaves the plain start page', () => {
    expect(parseRoute('#/join/%E0%A4%A')).toEqual({ name: 'start' })
    expect(parseRoute('#/join/')).toEqual({ name: 'start' })
    expect(parseRoute('#/join/%20%20')).toEqual({ name: 'start' })
  })

  test('a start choice carries an invitation on by the same rules as the join link, and one that cannot be read is dropped', () => {
    expect(parseRoute('#/self-check/full/join/%E0%A4%A')).toEqual({ name: 'resume', depth: 'full' })
    expect(parseRoute('#/self-check/quick/join/%20')).toEqual({ name: 'resume', depth: 'quick' })
    expect(parseRoute('#/self-check/join/Retro%0A2')).toEqual({ name: 'resume', invitation: 'Retro 2' })
    expect(parseRoute('#/self-check/deep/join/Retro')).toEqual({
      name: 'not-found',
      path: '/self-check/deep/join/Retro',
    })
  })

  test('any other path is "not found", with the path it was given', () => {
    expect(parseRoute('#/nope')).toEqual({ name: 'not-found', path: '/nope' })
    expect(parseRoute('#/step/x')).toEqual({ name: 'not-found', path: '/step/x' })
    expect(parseRoute('#/step/100')).toEqual({ name: 'not-found', path: '/step/100' })
    expect(parseRoute('#/r/')).toEqual({ name: 'not-found', path: '/r/' })
    expect(parseRoute('#/team/')).toEqual({ name: 'not-found', path: '/team/' })
    expect(parseRoute('#/results?x=1')).toEqual({ name: 'not-found', path: '/results?x=1' })
    expect(parseRoute('#/results/change/')).toEqual({ name: 'not-found', path: '/results/change/' })
    expect(parseRoute('#/results/change/Lean_x')).toEqual({
      name: 'not-found',
      path: '/results/change/Lean_x',
    })
  })
})

describe('hrefOf and routes', () => {
  test('write the fragment of every route', () => {
    expect(hrefOf({ name: 'start' })).toBe('#/')
    expect(hrefOf({ name: 'start', invitation: 'Payments team, retro' })).toBe(
      '#/join/Payments%20team%2C%20retro',
    )
    expect(hrefOf({ name: 'resume' })).toBe('#/self-check')
    expect(hrefOf({ name: 'step', step: 7 })).toBe('#/step/7')
    expect(hrefOf({ name: 'results' })).toBe('#/results')
    expect(hrefOf({ name: 'team' })).toBe('#/team')
    expect(hrefOf({ name: 'present' })).toBe('#/team/present')
    expect(hrefOf({ name: 'coach' })).toBe('#/coach')
    expect(hrefOf({ name: 'shared', code: '1.ab.1' })).toBe('#/r/1.ab.1')
    expect(hrefOf({ name: 'not-found', path: '/nope' })).toBe('#/nope')
  })

  test('an invitation is trimmed, and one with nothing left is the plain start page', () => {
    expect(hrefOf({ name: 'start', invitation: '  Retro  ' })).toBe('#/join/Retro')
    expect(hrefOf({ name: 'start', invitation: '   ' })).toBe('#/')
  })

  test('the in-app links', () => {
    expect([routes.start, routes.resume, routes.results, routes.team, routes.present]).toEqual([
      '#/',
      '#/self-check',
      '#/results',
      '#/team',
      '#/team/present',
    ])
    expect(routes.step(1)).toBe('#/step/1')
    expect(routes.step(10)).toBe('#/step/10')
    expect(routes.startCheck('quick')).toBe('#/self-check/quick')
    expect(routes.startCheck('full', 'Payments retro')).toBe('#/self-check/full/join/Payments%20retro')
  })

  const everyRoute: Route[] = [
    { name: 'start' },
    { name: 'start', invitation: 'Payments team, retro 2026-11' },
    { name: 'start', invitation: 'Équipe / #1 & 100% 🚀' },
    { name: 'start', depth: 'quick', invitation: 'Payments retro' },
    { name: 'start', depth: 'full', invitation: 'Équipe / #1 & 100% 🚀' },
    { name: 'start', depth: 'quick', invitation: 'quick' },
    { name: 'start', depth: 'full' },
    { name: 'start', invitation: 'quick' },
    { name: 'start', invitation: 'full/x' },
    { name: 'resume' },
    { name: 'resume', depth: 'quick' },
    { name: 'resume', depth: 'full' },
    { name: 'resume', depth: 'quick', invitation: 'Équipe / #1 & 100% 🚀' },
    { name: 'resume', invitation: 'Payments retro' },
    { name: 'step', step: 1 },
    { name: 'step', step: 99 },
    { name: 'results' },
    { name: 'change-answer', questionId: 'culture-dev-on-call' },
    { name: 'team' },
    { name: 'present' },
    { name: 'coach' },
    { name: 'shared', code: '1.65.1.BTlKcBrgKdBTgqcBVg.12x-.tosnq0.o.QW5hIPCfpoog16nXnNeV150' },
    { name: 'not-found', path: '/nope' },
  ]

  test.each(everyRoute)('a written route reads back as itself: %o', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route)
  })
})

describe('links to this deployment', () => {
  test('linkTo replaces the fragment of the page address with the route', () => {
    expect(linkTo('https://example.org/app/#/team', { name: 'shared', code: '1.ab' })).toBe(
      'https://example.org/app/#/r/1.ab',
    )
    expect(linkTo('https://example.org/app/', { name: 'results' })).toBe('https://example.org/app/#/results')
    expect(linkTo('https://example.org/app/?lang=en#', { name: 'team' })).toBe(
      'https://example.org/app/?lang=en#/team',
    )
  })

  test('buildJoinLink points at this deployment, whatever route the page is on', () => {
    expect(buildJoinLink('https://example.org/tools/calms/#/team', 'Payments team')).toBe(
      'https://example.org/tools/calms/#/join/Payments%20team',
    )
    expect(buildJoinLink('http://127.0.0.1:5173/', '  ')).toBe('http://127.0.0.1:5173/#/')
  })

  test('a join link that asks for a depth says it before the name, and one without a name still says it', () => {
    expect(buildJoinLink('https://example.org/app/#/team', 'Payments team', 'quick')).toBe(
      'https://example.org/app/#/join/quick/Payments%20team',
    )
    expect(buildJoinLink('https://example.org/app/', '', 'full')).toBe('https://example.org/app/#/join/full/')
  })

  test('a join link of before, without a depth, reads as it always did, even for a session called "quick"', () => {
    expect(parseRoute('#/join/Payments%20team')).toEqual({ name: 'start', invitation: 'Payments team' })
    expect(parseRoute('#/join/quick')).toEqual({ name: 'start', invitation: 'quick' })
    expect(parseRoute('#/join/quick%2Fretro')).toEqual({ name: 'start', invitation: 'quick/retro' })
    expect(parseRoute('#/join/quick/Payments%20team')).toEqual({
      name: 'start',
      depth: 'quick',
      invitation: 'Payments team',
    })
    expect(parseRoute('#/join/full/%20')).toEqual({ name: 'start', depth: 'full' })
  })

  test('textAfterSharedRoute gives what follows the last share route, or undefined', () => {
    expect(textAfterSharedRoute('https://example.org/app/#/r/1.ab')).toBe('1.ab')
    expect(textAfterSharedRoute('(https://example.org/app/#/r/1.ab)')).toBe('1.ab)')
    expect(textAfterSharedRoute('#/r/old#/r/new')).toBe('new')
    expect(textAfterSharedRoute('https://example.org/app/#/r/')).toBe('')
    expect(textAfterSharedRoute('https://example.org/app/#/team')).toBeUndefined()
    expect(textAfterSharedRoute('/r/1.ab')).toBeUndefined()
  })
})

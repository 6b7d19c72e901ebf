import fc from 'fast-check'
import { expect, test } from 'vitest'
import { countedCheck } from '../../test-support/fuzz-checks.ts'
import { clipSessionName, parseInvitation } from './invitation.ts'

const check = countedCheck()

test('reads a percent-encoded session name', () => {
  expect(parseInvitation('Payments%20team%2C%20retro%202026-11')).toBe('Payments team, retro 2026-11')
})

test('refuses broken encoding and empty names', () => {
  expect(parseInvitation('%E0%A4%A')).toBeUndefined()
  expect(parseInvitation('%20%20')).toBeUndefined()
})

test('cuts at 120 characters without splitting an emoji, and drops control characters', () => {
  const emoji = '🎉'.repeat(130)
  expect(Array.from(parseInvitation(encodeURIComponent(emoji)) ?? '')).toHaveLength(120)
  expect(parseInvitation(encodeURIComponent('a\u0000b\nc'))).toBe('a b c')
})

test('never throws, and whatever it returns is short and trimmed', () => {
  check(
    'parseInvitation: arbitrary text',
    500,
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      const name = parseInvitation(text)
      if (name !== undefined) {
        expect(Array.from(name).length).toBeLessThanOrEqual(120)
        expect(name).toBe(name.trim())
      }
    }),
  )
})

test('a session name is clipped to code units without splitting a character', () => {
  expect(clipSessionName('abcdef', 4)).toBe('abcd')
  // 'a' is one unit and each emoji two: a + 🎉 = 3 units, another emoji would make 5
  expect(clipSessionName('a🎉🎉', 4)).toBe('a🎉')
  expect(clipSessionName('short', 120)).toBe('short')
})

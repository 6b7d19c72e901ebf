import { expect, test } from 'vitest'
import { LevelSchema, PillarAnswerSchema } from './answers.ts'

test('levels 0 to 4 are read; -0, which JSON allows and writes back as 0, is refused so what is read round-trips', () => {
  expect([0, 1, 2, 3, 4].map((level) => LevelSchema.safeParse(level).success)).toEqual([
    true,
    true,
    true,
    true,
    true,
  ])
  expect(LevelSchema.safeParse(JSON.parse('-0')).success).toBe(false)
  expect(PillarAnswerSchema.safeParse(-0).success).toBe(false)
  expect(PillarAnswerSchema.safeParse(5).success).toBe(false)
})

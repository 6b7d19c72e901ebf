import { expect, test } from 'vitest'
import { CHECK_DEPTHS } from './check-depth.ts'
import { CHECK_MINUTES, describeCheckTime } from './check-times.ts'
import { QUESTION_BANK } from './question-bank.ts'
import { measureDepth } from './reading-time.ts'

test('the times the start page shows are the ones the bank takes (npm run bank:counts prints new ones)', () => {
  for (const depth of CHECK_DEPTHS) {
    expect(CHECK_MINUTES[depth], depth).toBe(measureDepth(QUESTION_BANK, depth).minutes)
  }
})

test('bank v2 by hand: quick 870 words and 18 questions, 8 minutes; full 1,985 words and 36 questions, 16 minutes', () => {
  // quick: 870 / 200 = 4.35 min + 18 x 10 s = 3 min -> 7.35 -> 8; full: 1,985 / 200 = 9.925 + 36 x 10 s = 6 -> 15.925 -> 16
  expect(measureDepth(QUESTION_BANK, 'quick')).toEqual({
    pillarQuestions: 14,
    questions: 18,
    words: 870,
    minutes: 8,
  })
  expect(measureDepth(QUESTION_BANK, 'full')).toEqual({
    pillarQuestions: 32,
    questions: 36,
    words: 1985,
    minutes: 16,
  })
  expect(describeCheckTime('quick')).toBe('about 8 minutes')
})

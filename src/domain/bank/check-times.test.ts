import { expect, test } from 'vitest'
import { CHECK_DEPTHS } from './check-depth.ts'
import {
  CHECK_MINUTES,
  describeCheckTime,
  describeFullCheckRemainder,
  FULL_CHECK_REMAINDER_MINUTES,
} from './check-times.ts'
import { QUESTION_BANK } from './question-bank.ts'
import { measureDepth, measureFullCheckRemainder } from './reading-time.ts'

test('the times the start page and "Continue to the full check" show are the ones the bank takes (npm run bank:counts prints new ones)', () => {
  for (const depth of CHECK_DEPTHS) {
    expect(CHECK_MINUTES[depth], depth).toBe(measureDepth(QUESTION_BANK, depth).minutes)
  }
  expect(FULL_CHECK_REMAINDER_MINUTES).toBe(measureFullCheckRemainder(QUESTION_BANK).minutes)
})

test('bank v3 by hand: a quick check fits a retro in 10 minutes, the full check takes 20, the rest of it 10', () => {
  // quick: 885 words / 200 = 265.5 s; 14 x 15 s = 210 s; 4 x 30 s = 120 s; 595.5 s = 9.9 min -> 10
  expect(measureDepth(QUESTION_BANK, 'quick')).toEqual({
    pillarQuestions: 14,
    doraMetrics: 4,
    words: 885,
    minutes: 10,
  })
  // full: 1,870 / 200 = 561 s; 32 x 15 s = 480 s; 120 s; 1,161 s = 19.35 min -> 20
  expect(measureDepth(QUESTION_BANK, 'full')).toEqual({
    pillarQuestions: 32,
    doraMetrics: 4,
    words: 1870,
    minutes: 20,
  })
  // the rest: 985 / 200 = 295.5 s; 18 x 15 s = 270 s; no DORA step; 565.5 s = 9.4 min -> 10
  expect(measureFullCheckRemainder(QUESTION_BANK)).toEqual({
    pillarQuestions: 18,
    doraMetrics: 0,
    words: 985,
    minutes: 10,
  })
  expect(describeCheckTime('quick')).toBe('about 10 minutes')
  expect(describeCheckTime('full')).toBe('about 20 minutes')
  expect(describeFullCheckRemainder()).toBe('about 10 minutes more')
})

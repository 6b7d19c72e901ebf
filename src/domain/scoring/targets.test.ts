import { describe, expect, test } from 'vitest'
import type { PillarAnswers } from '../bank/answers.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { formatZodIssues } from '../common/parse-result.ts'
import { scoreAnswers } from './scoring.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import {
  describeGapToTarget,
  gapToTarget,
  hasAnyTarget,
  largestGapsToTarget,
  TARGET_STEP,
  TargetSchema,
  TargetsSchema,
} from './targets.ts'

// Two questions a pillar; a pillar score is the mean of its level scores (level x 25).
const bank: QuestionBank = {
  bankVersion: 1,
  questions: (['culture', 'automation', 'lean', 'measurement', 'sharing'] as const).flatMap((pillar) => [
    fixtureQuestion(`${pillar}-1`, pillar),
    fixtureQuestion(`${pillar}-2`, pillar),
  ]),
}
const score = (answers: PillarAnswers) => scoreAnswers(bank, answers)

const messages = (value: unknown): string[] => {
  const parsed = TargetSchema.safeParse(value)
  return parsed.success ? [] : formatZodIssues(parsed.error)
}

describe('TargetSchema', () => {
  test('accepts 0 to 100 in steps of 5', () => {
    expect(TARGET_STEP).toBe(5)
    expect([0, 5, 50, 95, 100].map(messages)).toEqual([[], [], [], [], []])
  })

  test('refuses other numbers with a sentence a person can act on', () => {
    expect(messages(72)).toEqual(['must be a multiple of 5'])
    expect(messages(-5)).toEqual(['must be a whole number from 0 to 100'])
    expect(messages(105)).toContain('must be a whole number from 0 to 100')
    expect(messages(2.5)).toEqual(['must be a whole number from 0 to 100'])
    expect(messages('50')).toEqual(['must be a whole number from 0 to 100'])
    // -0 would be written back as 0
    expect(messages(-0)).toEqual(['must be a whole number from 0 to 100'])
  })
})

describe('TargetsSchema', () => {
  test('every pillar is optional; absent means no target', () => {
    expect(TargetsSchema.parse({})).toEqual({})
    expect(TargetsSchema.parse({ culture: 75, lean: 60 })).toEqual({ culture: 75, lean: 60 })
  })

  test('refuses unknown keys and names the pillar of a bad target', () => {
    const unknown = TargetsSchema.safeParse({ speed: 50 })
    expect(unknown.success ? [] : formatZodIssues(unknown.error)).toEqual(['Unrecognized key: "speed"'])
    const bad = TargetsSchema.safeParse({ lean: 33 })
    expect(bad.success ? [] : formatZodIssues(bad.error, 'targets')).toEqual([
      'targets.lean: must be a multiple of 5',
    ])
  })

  test('hasAnyTarget', () => {
    expect(hasAnyTarget({})).toBe(false)
    expect(hasAnyTarget({ sharing: 0 })).toBe(true)
  })
})

describe('gapToTarget', () => {
  test('the target minus the score as shown, rounded half up like the table rounds it', () => {
    expect(gapToTarget(60, 75)).toBe(15)
    // 62.5 is shown as 63: 70 - 63 = 7, not 7.5
    expect(gapToTarget(62.5, 70)).toBe(7)
    // 100 / 3 = 33.3, shown as 33: 35 - 33 = 2
    expect(gapToTarget(100 / 3, 35)).toBe(2)
  })

  test('negative above the target, 0 on it', () => {
    expect(gapToTarget(75, 50)).toBe(-25)
    expect(gapToTarget(50, 50)).toBe(0)
  })

  test('null without a score or without a target; a target of 0 is a target', () => {
    expect(gapToTarget(null, 50)).toBeNull()
    expect(gapToTarget(50, undefined)).toBeNull()
    expect(gapToTarget(25, 0)).toBe(-25)
  })
})

describe('describeGapToTarget', () => {
  test('points to go, "reached" at or above, "-" when there is nothing to compare', () => {
    expect(describeGapToTarget(15)).toBe('15')
    expect(describeGapToTarget(0)).toBe('reached')
    expect(describeGapToTarget(-25)).toBe('reached')
    expect(describeGapToTarget(null)).toBe('-')
  })
})

describe('largestGapsToTarget', () => {
  // culture (0 + 50) / 2 = 25; automation (50 + 50) / 2 = 50; lean (75 + 100) / 2 = 87.5;
  // measurement 25 (measurement-2 unanswered); sharing no score (don't know only)
  const scores = score({
    'culture-1': 0,
    'culture-2': 2,
    'automation-1': 2,
    'automation-2': 2,
    'lean-1': 3,
    'lean-2': 4,
    'measurement-1': 1,
    'sharing-1': 'dont-know',
  })

  test('largest first; equal gaps in CALMS order; at or above target and no score left out', () => {
    // culture 75 - 25 = 50; automation 100 - 50 = 50; lean 80 - 88 = -8 (left out);
    // measurement 50 - 25 = 25; sharing has no score (left out)
    const targets = { culture: 75, automation: 100, lean: 80, measurement: 50, sharing: 60 }
    expect(largestGapsToTarget(scores, targets)).toEqual([
      { pillar: 'culture', label: 'Culture', score: 25, target: 75, gap: 50 },
      { pillar: 'automation', label: 'Automation', score: 50, target: 100, gap: 50 },
      { pillar: 'measurement', label: 'Measurement', score: 25, target: 50, gap: 25 },
    ])
  })

  test('ties are in CALMS order whatever the keys are written in', () => {
    // measurement 50 - 25 = 25 and culture 50 - 25 = 25: culture comes first in CALMS
    expect(largestGapsToTarget(scores, { measurement: 50, culture: 50 }).map((row) => row.pillar)).toEqual([
      'culture',
      'measurement',
    ])
  })

  test('a pillar exactly on its target, or without a target, is not listed', () => {
    // automation 50 - 50 = 0
    expect(largestGapsToTarget(scores, { automation: 50 })).toEqual([])
    expect(largestGapsToTarget(scores, {})).toEqual([])
  })

  test('the gap uses the rounded score: 87.5 shows as 88, so a target of 90 is 2 away', () => {
    expect(largestGapsToTarget(scores, { lean: 90 })).toEqual([
      { pillar: 'lean', label: 'Lean', score: 87.5, target: 90, gap: 2 },
    ])
  })
})

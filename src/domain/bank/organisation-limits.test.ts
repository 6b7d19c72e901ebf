import { describe, expect, test } from 'vitest'
import { findStrengthsAndGaps } from '../scoring/findings.ts'
import { scoreAnswers } from '../scoring/scoring.ts'
import type { Level, PillarAnswers } from './answers.ts'
import { bankForDepth, CHECK_DEPTHS, type CheckDepth } from './check-depth.ts'
import { QUESTION_BANK } from './question-bank.ts'
import {
  ORGANISATION_LIMITS_V3,
  ORGANISATION_SITUATIONS,
  type OrganisationSituation,
} from './versions/organisation-limits-v3.ts'

/** The most questions of a depth that one of these situations may hold below level 3. */
const MOST_BELOW_LEVEL_3: Record<CheckDepth, number> = { quick: 2, full: 3 }

const limitOf = (questionId: string, situation: OrganisationSituation): Level => {
  const limits = ORGANISATION_LIMITS_V3[questionId]
  if (limits === undefined) throw new Error(`${questionId} has no recorded limit`)
  return limits[situation]
}

/** Level 3 wherever the situation allows it, else the highest level it allows. */
const levelThreeWhereAllowed = (situation: OrganisationSituation, depth: CheckDepth): PillarAnswers =>
  Object.fromEntries(
    bankForDepth(QUESTION_BANK, depth).questions.map((question) => [
      question.id,
      Math.min(3, limitOf(question.id, situation)) as Level,
    ]),
  )

describe('one fact of the org chart counts once', () => {
  test('every question of the bank has a limit for each situation, and nothing else has one', () => {
    expect(Object.keys(ORGANISATION_LIMITS_V3).sort()).toEqual(
      QUESTION_BANK.questions.map((question) => question.id).sort(),
    )
  })

  test.each(
    ORGANISATION_SITUATIONS.flatMap((situation) =>
      CHECK_DEPTHS.map((depth): [OrganisationSituation, CheckDepth] => [situation, depth]),
    ),
  )('%s: at most two quick and three full questions sit below level 3 (%s check)', (situation, depth) => {
    const below = bankForDepth(QUESTION_BANK, depth)
      .questions.filter((question) => limitOf(question.id, situation) < 3)
      .map((question) => question.id)
    expect(below.length, below.join(', ')).toBeLessThanOrEqual(MOST_BELOW_LEVEL_3[depth])
  })

  test('the limits by hand: who is alerted, who deploys and the hand-off count for a separate operations team; the pipeline for a central team', () => {
    const below = (situation: OrganisationSituation) =>
      QUESTION_BANK.questions
        .filter((question) => limitOf(question.id, situation) < 3)
        .map((question) => [question.id, limitOf(question.id, situation)])
    expect(below('separate-operations-team')).toEqual([
      ['culture-dev-on-call', 2],
      ['sharing-operations-skills', 1],
    ])
    expect(below('central-pipeline-team')).toEqual([['sharing-pipeline-ownership', 1]])
  })

  test("the review's worked case: level 3 wherever the situation allows names a pillar a gap only where a question asks the situation itself", () => {
    const pillarGaps = (situation: OrganisationSituation, depth: CheckDepth) => {
      const bank = bankForDepth(QUESTION_BANK, depth)
      const answers = levelThreeWhereAllowed(situation, depth)
      return findStrengthsAndGaps(scoreAnswers(bank, answers), bank, answers)
        .gaps.filter((gap) => gap.kind === 'pillar')
        .map((gap) => [gap.key, gap.score])
    }
    // Separate operations team, quick: Culture asks dev-on-call (2 = 50), blame-in-reviews and tool-adoption (3 = 75):
    // (50 + 75 + 75) / 3 = 66.7; Lean's handoffs stop at 3 (two teams); every other pillar is 75. No gap.
    expect(pillarGaps('separate-operations-team', 'quick')).toEqual([])
    // Full: Culture (50 + 5 x 75) / 6 = 70.8; Sharing operations-skills 1 = 25: (25 + 4 x 75) / 5 = 65. No gap.
    expect(pillarGaps('separate-operations-team', 'full')).toEqual([])
    // Central pipeline team, quick: Sharing asks pipeline-ownership (1 = 25) and solved-elsewhere (75): 50, a gap.
    // The question asks the lesson's anti-pattern itself (a separate team owning delivery), so this is its finding,
    // counted once; the review's v2 case made three pillars gaps from the same fact.
    expect(pillarGaps('central-pipeline-team', 'quick')).toEqual([['sharing', 50]])
    // Full: (25 + 4 x 75) / 5 = 65. No gap.
    expect(pillarGaps('central-pipeline-team', 'full')).toEqual([])
  })
})

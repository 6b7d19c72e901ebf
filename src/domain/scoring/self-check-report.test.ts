import { describe, expect, test } from 'vitest'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { DORA_METRICS } from '../dora/dora-metrics.ts'
import { buildSelfCheckReport } from './self-check-report.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'

const bank: QuestionBank = {
  bankVersion: 1,
  questions: [
    fixtureQuestion('culture-1', 'culture'),
    fixtureQuestion('culture-2', 'culture', { allowNotApplicable: true }),
    fixtureQuestion('automation-1', 'automation'),
  ],
}

describe('buildSelfCheckReport', () => {
  test('scores, findings, DORA classification and mismatches of the same answers', () => {
    // culture (100 + 75) / 2 = 87.5 on two answers: a pillar strength; automation 75 rests on its one question,
    // fewer than two scored answers, so it is not named; every fixture question is about shared ownership:
    // (100 + 75 + 75) / 3 = 83.3 on three answers, a practice strength.
    // Deploying monthly-to-six-monthly (band 3) is one band beyond 2024 Medium's weekly-to-monthly: throughput
    // Low. 6-10% failures (band 1) miss Elite's 5% (band 0) by one band, within the stability half's one: stability
    // Elite, and the lower half, Low, decides. With Automation at 75 that is automation-high-deploys-rarely, and
    // with 83.3 overall outcomes-low-practices-high.
    const report = buildSelfCheckReport(
      bank,
      { 'culture-1': 4, 'culture-2': 3, 'automation-1': 3 },
      { deploymentFrequency: 'df-monthly-6m', changeFailureRate: 'cfr-6-10' },
    )
    expect(report.scores.overall.score).toBeCloseTo((100 + 75 + 75) / 3, 9)
    expect(report.strengthsAndGaps.strengths.map((finding) => [finding.key, finding.score])).toEqual([
      ['culture', 87.5],
      ['shared-ownership', (100 + 75 + 75) / 3],
    ])
    expect(report.strengthsAndGaps.gaps).toEqual([])
    // "Try first": shared-ownership's lowest answer, level 3, first in bank order at culture-2; the other two
    // steps once each under their pillar.
    expect(report.tryFirst.items.map((item) => [item.questionId, item.level])).toEqual([['culture-2', 3]])
    expect(
      report.otherSteps.map((group) => [group.pillar, group.steps.map((entry) => entry.questionId)]),
    ).toEqual([
      ['culture', ['culture-1']],
      ['automation', ['automation-1']],
    ])
    expect(report.dontKnows).toEqual([])
    expect(report.outcomes.classification.halves).toEqual({ throughput: 'low', stability: 'elite' })
    expect(report.outcomes.classification.cluster).toBe('low')
    expect(report.outcomes.metricsShown).toEqual([...DORA_METRICS])
    // throughput Low sits three clusters below stability Elite
    expect(report.outcomes.findings.map(({ id }) => id)).toEqual(['stable-but-slow'])
    expect(report.mismatches.map((mismatch) => mismatch.id)).toEqual([
      'automation-high-deploys-rarely',
      'outcomes-low-practices-high',
    ])
    expect(report.anythingAnswered).toBe(true)
  })

  test('a "Don\'t know" is a finding of its own', () => {
    const report = buildSelfCheckReport(bank, { 'culture-1': 'dont-know' }, {})
    expect(report.dontKnows).toEqual([
      { pillar: 'culture', label: 'Culture', count: 1, questionIds: ['culture-1'] },
    ])
  })

  describe('anything answered', () => {
    test('nothing recorded: nothing answered', () => {
      expect(buildSelfCheckReport(bank, {}, {}).anythingAnswered).toBe(false)
    })

    test('only DORA "Don\'t know": answered, though no pillar scores and no DORA cluster is found', () => {
      const report = buildSelfCheckReport(bank, {}, { leadTime: 'dont-know' })
      expect(report.anythingAnswered).toBe(true)
      expect(report.scores.pillars.every((group) => group.score === null)).toBe(true)
      expect(report.outcomes.classification.cluster).toBeNull()
      expect(report.outcomes.metricsShown).toEqual(['leadTime'])
    })

    test('one pillar "Don\'t know" or "Not applicable" counts as answered', () => {
      expect(buildSelfCheckReport(bank, { 'culture-1': 'dont-know' }, {}).anythingAnswered).toBe(true)
      expect(buildSelfCheckReport(bank, { 'culture-2': 'not-applicable' }, {}).anythingAnswered).toBe(true)
    })

    test('one level or one DORA band counts as answered', () => {
      expect(buildSelfCheckReport(bank, { 'automation-1': 0 }, {}).anythingAnswered).toBe(true)
      expect(buildSelfCheckReport(bank, {}, { leadTime: 'lt-lt-1h' }).anythingAnswered).toBe(true)
    })

    test('an answer to a question the bank does not ask is not part of the report', () => {
      expect(buildSelfCheckReport(bank, { 'sharing-1': 3 }, {}).anythingAnswered).toBe(false)
    })
  })
})

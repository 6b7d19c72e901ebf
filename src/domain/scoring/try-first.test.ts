import { describe, expect, test } from 'vitest'
import type { PillarAnswers } from '../bank/answers.ts'
import { bankForDepth } from '../bank/check-depth.ts'
import type { NextStepsById } from '../bank/next-steps.ts'
import { PRACTICE_CATALOGUE, PRACTICES, SOURCES } from '../bank/practices.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { BANK_V3 } from '../bank/versions/bank-v3.ts'
import { NEXT_STEPS_V3 } from '../bank/versions/next-steps-v3.ts'
import { scoreAnswers } from './scoring.ts'
import type { Targets } from './targets.ts'
import {
  buildNextSteps,
  chooseTryFirst,
  describeTryFirstRule,
  TRY_FIRST_COUNT,
  TRY_FIRST_PER_PILLAR,
} from './try-first.ts'

// Levels score 0, 25, 50, 75, 100. Bank v3 by pillar and practice (full check; * = also in the quick check):
// culture: dev-on-call* (shared-ownership), blame-in-reviews* and postmortem-actions (blameless-postmortems),
//   raising-concerns and owning-mistakes (psychological-safety), tool-adoption* (not-just-tools)
// automation: repeated-toil* and planned-time (automation-first-class), config-in-version-control* and
//   database-migrations (version-control-everything), ci-every-commit* and red-build (continuous-integration),
//   pipeline-release* (continuous-delivery), infrastructure-as-code* (infrastructure-as-code)
// lean: change-size* (small-frequent-releases), handoffs* and environment-wait (flow-and-handoffs), wip-per-person
//   and branch-lifetime (limit-work-in-progress), review-wait and user-feedback (fast-feedback)
// measurement: service-telemetry, ask-new-questions* and incident-detection (observability), delivery-metrics and
//   metrics-use (delivery-metrics), stability-with-speed* (not-only-speed)
// sharing: pipeline-ownership* and operations-skills (no-separate-devops-team), published-postmortems and
//   solved-elsewhere* (knowledge-sharing), common-tooling (shared-tooling)

const everyQuestionAt = (bank: QuestionBank, level: 0 | 1 | 2 | 3 | 4): PillarAnswers =>
  Object.fromEntries(bank.questions.map((question) => [question.id, level]))

const choose = (bank: QuestionBank, answers: PillarAnswers, targets: Targets = {}, steps?: NextStepsById) =>
  chooseTryFirst({ bank, answers, scores: scoreAnswers(bank, answers), targets, steps })

const grow = (id: string) => NEXT_STEPS_V3[id]?.grow

test('PRACTICES, the tie order, follows the lesson: its cultural shift, technical shift, what DevOps is not', () => {
  // The lesson lists: shared ownership, blameless post-mortems, small frequent releases, automation as a
  // first-class citizen; version-controlled everything, CI, CD, IaC, observability; not just a tool set, not a
  // separate DevOps team, not exclusively about speed. The CALMS reference practices follow.
  expect(PRACTICES.slice(0, 12)).toEqual([
    'shared-ownership',
    'blameless-postmortems',
    'small-frequent-releases',
    'automation-first-class',
    'version-control-everything',
    'continuous-integration',
    'continuous-delivery',
    'infrastructure-as-code',
    'observability',
    'not-just-tools',
    'no-separate-devops-team',
    'not-only-speed',
  ])
  const sourceRank = PRACTICES.map((practice) => SOURCES.indexOf(PRACTICE_CATALOGUE[practice].source))
  expect(sourceRank).toEqual([...sourceRank].sort((a, b) => a - b))
})

describe('chooseTryFirst without targets: the lowest practice scores', () => {
  test('every answer at level 2: nineteen practices tie at 50, the three the lesson introduces first', () => {
    // Every practice scores 50 on every one of its answers, so all 19 tie. In the lesson's order: shared-ownership
    // (culture), blameless-postmortems (culture, culture's second and last place), small-frequent-releases (lean).
    // Each step is the "grow" step (level 2) of the practice's first question in bank order.
    const result = choose(BANK_V3, everyQuestionAt(BANK_V3, 2))
    expect(result.aim).toBe('scores')
    expect(result.items.map((item) => [item.practice, item.questionId, item.score, item.step.text])).toEqual([
      ['shared-ownership', 'culture-dev-on-call', 50, grow('culture-dev-on-call')],
      ['blameless-postmortems', 'culture-blame-in-reviews', 50, grow('culture-blame-in-reviews')],
      ['small-frequent-releases', 'lean-change-size', 50, grow('lean-change-size')],
    ])
    expect(result.tieNotes).toEqual([
      'Nineteen practices tie at 50; these three come first because the lesson introduces them first.',
    ])
  })

  test('distinct scores: lowest first, no tie to explain', () => {
    // Quick check, each practice asked once and named on its one answer:
    // shared-ownership 0 (dev-on-call 0), small-frequent-releases 25 (change-size 1),
    // continuous-integration 50 (ci-every-commit 2), no-separate-devops-team 75 (pipeline-ownership 3),
    // observability 100 (ask-new-questions 4, nothing new to try). The three lowest: 0, 25, 50.
    const quick = bankForDepth(BANK_V3, 'quick')
    const answers: PillarAnswers = {
      'culture-dev-on-call': 0,
      'lean-change-size': 1,
      'automation-ci-every-commit': 2,
      'sharing-pipeline-ownership': 3,
      'measurement-ask-new-questions': 4,
    }
    const result = choose(quick, answers)
    expect(result.items.map((item) => [item.practice, item.score, item.level])).toEqual([
      ['shared-ownership', 0, 0],
      ['small-frequent-releases', 25, 1],
      ['continuous-integration', 50, 2],
    ])
    expect(result.tieNotes).toEqual([])
  })

  test('at most two from one pillar: the third place goes to the next pillar', () => {
    // Culture's four practices at 0 (every culture answer 0), lean's change-size at 1 (25), automation's
    // ci-every-commit and red-build at 2 (50). Culture takes two places (shared-ownership and blameless-postmortems,
    // first in the lesson); psychological-safety and not-just-tools are skipped; small-frequent-releases (25)
    // takes the third.
    const answers: PillarAnswers = {
      ...Object.fromEntries(
        BANK_V3.questions.filter(({ pillar }) => pillar === 'culture').map(({ id }) => [id, 0]),
      ),
      'lean-change-size': 1,
      'automation-ci-every-commit': 2,
      'automation-red-build': 2,
    }
    const result = choose(BANK_V3, answers)
    expect(result.items.map((item) => [item.pillar, item.practice, item.score])).toEqual([
      ['culture', 'shared-ownership', 0],
      ['culture', 'blameless-postmortems', 0],
      ['lean', 'small-frequent-releases', 25],
    ])
    expect(result.tieNotes).toEqual([
      'Four practices tie at 0; these two come first because the lesson introduces them first, with at most two ' +
        'from one pillar.',
    ])
    expect([TRY_FIRST_COUNT, TRY_FIRST_PER_PILLAR]).toEqual([3, 2])
  })

  test('the lowest answer of a practice gives its step; a practice on too few answers is left out', () => {
    // automation-first-class: repeated-toil 3, planned-time 1 -> (75 + 25) / 2 = 50, its lowest answer is
    // planned-time at 1: the "start" step. version-control-everything: config 0, migrations "Don't know" -> 0 on
    // one scored answer of two: not named, so not tried first, however low.
    const answers: PillarAnswers = {
      'automation-repeated-toil': 3,
      'automation-planned-time': 1,
      'automation-config-in-version-control': 0,
      'automation-database-migrations': 'dont-know',
    }
    const result = choose(BANK_V3, answers)
    expect(result.items.map((item) => [item.practice, item.questionId, item.step.text])).toEqual([
      ['automation-first-class', 'automation-planned-time', NEXT_STEPS_V3['automation-planned-time']?.start],
    ])
  })

  test('every answer at level 4: nothing new to try first', () => {
    expect(choose(BANK_V3, everyQuestionAt(BANK_V3, 4)).items).toEqual([])
  })
})

describe('chooseTryFirst with targets: the largest gaps to target', () => {
  test("only practices below their pillar's target, largest gap first, ties in the lesson's order", () => {
    // Every answer at 0. Targets: culture 100 -> each culture practice 100 - 0 = 100 below; automation 50 -> 50
    // below; lean 0 -> reached; no target for measurement and sharing -> left out. Culture's four tie at 100:
    // shared-ownership and blameless-postmortems take its two places; automation's five tie at 50:
    // automation-first-class comes first in the lesson.
    const result = choose(BANK_V3, everyQuestionAt(BANK_V3, 0), { culture: 100, automation: 50, lean: 0 })
    expect(result.aim).toBe('targets')
    expect(result.items.map((item) => [item.practice, item.gap])).toEqual([
      ['shared-ownership', 100],
      ['blameless-postmortems', 100],
      ['automation-first-class', 50],
    ])
    expect(result.tieNotes).toEqual([
      "Four practices tie at 100 below their pillar's target; these two come first because the lesson introduces " +
        'them first, with at most two from one pillar.',
      "Five practices tie at 50 below their pillar's target; this one comes first because the lesson introduces it " +
        'first.',
    ])
    expect(describeTryFirstRule(result.aim, 'you')).toBe(
      "Up to three next steps from the practices furthest below their pillar's target: one per practice, at most " +
        'two from one pillar, each for your lowest answer in that practice.',
    )
  })

  test('every target reached: nothing to try first', () => {
    expect(choose(BANK_V3, everyQuestionAt(BANK_V3, 2), { culture: 50 }).items).toEqual([])
  })
})

describe('buildNextSteps', () => {
  test('every answered question\'s step once: "Try first", then the rest by pillar', () => {
    // Full check at level 2: 32 questions, 3 tried first, 29 left by pillar (culture 6 - 2, automation 8,
    // lean 7 - 1, measurement 6, sharing 5).
    const { tryFirst, otherSteps } = buildNextSteps({
      bank: BANK_V3,
      answers: everyQuestionAt(BANK_V3, 2),
      scores: scoreAnswers(BANK_V3, everyQuestionAt(BANK_V3, 2)),
      targets: {},
    })
    expect(otherSteps.map((group) => [group.pillar, group.steps.length])).toEqual([
      ['culture', 4],
      ['automation', 8],
      ['lean', 6],
      ['measurement', 6],
      ['sharing', 5],
    ])
    const ids = [...tryFirst.items, ...otherSteps.flatMap((group) => group.steps)].map(
      (entry) => entry.questionId,
    )
    expect(ids).toHaveLength(BANK_V3.questions.length)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('a step the bank marks for a manager keeps the mark in "Try first"', () => {
    const steps: NextStepsById = {
      ...NEXT_STEPS_V3,
      'culture-dev-on-call': {
        start: 'Ask your manager to agree on-call pay.',
        grow: 'Agree on-call terms and pay with your manager.',
        keep: 'Review the rota each quarter.',
        takeToManager: ['start', 'grow'],
      },
    }
    const [first] = choose(BANK_V3, everyQuestionAt(BANK_V3, 2), {}, steps).items
    expect(first?.step).toEqual({
      text: 'Agree on-call terms and pay with your manager.',
      takeToManager: true,
    })
  })
})

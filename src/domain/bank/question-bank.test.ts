import { describe, expect, test } from 'vitest'
import { PILLARS } from './pillars.ts'
import { PRACTICES, PRACTICE_CATALOGUE, type PracticeId } from './practices.ts'
import { BANK_VERSION, QUESTION_BANK } from './question-bank.ts'
import { NextStepsSchema, QuestionBankSchema } from './question-bank-schema.ts'
import { NEXT_STEPS_V3 } from './versions/next-steps-v3.ts'
import { bankForDepth, CHECK_DEPTHS, isQuickQuestion } from './check-depth.ts'
import { countWords, measureDepth } from './reading-time.ts'

const questions = QUESTION_BANK.questions

// Saved answers and share codes are keyed by these ids. Changing or removing an id is a deliberate act: it
// needs a new bankVersion and a migration of stored answers. Adding one edits this list too, so none slips in
// unseen.
const BANK_V3_IDS = [
  'culture-dev-on-call',
  'culture-blame-in-reviews',
  'culture-postmortem-actions',
  'culture-raising-concerns',
  'culture-owning-mistakes',
  'culture-tool-adoption',
  'automation-repeated-toil',
  'automation-planned-time',
  'automation-config-in-version-control',
  'automation-database-migrations',
  'automation-ci-every-commit',
  'automation-red-build',
  'automation-pipeline-release',
  'automation-infrastructure-as-code',
  'lean-change-size',
  'lean-handoffs',
  'lean-wip-per-person',
  'lean-branch-lifetime',
  'lean-environment-wait',
  'lean-review-wait',
  'lean-user-feedback',
  'measurement-service-telemetry',
  'measurement-ask-new-questions',
  'measurement-incident-detection',
  'measurement-delivery-metrics',
  'measurement-metrics-use',
  'measurement-stability-with-speed',
  'sharing-pipeline-ownership',
  'sharing-operations-skills',
  'sharing-published-postmortems',
  'sharing-solved-elsewhere',
  'sharing-common-tooling',
]

// The practices the lesson "What Is DevOps?" names in its Cultural Shift, Technical Shift and What DevOps Is
// NOT sections, written out so that a practice dropped from the catalogue cannot silently drop out of the
// bank.
const LESSON_PRACTICES: readonly PracticeId[] = [
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
]

// Questions whose options are a count or a duration ("Weeks", "All four"): a short option is the whole situation.
const COUNTED_QUESTIONS = new Set(['lean-environment-wait', 'measurement-delivery-metrics'])

const countBy = <K extends string>(keys: readonly K[], keyOf: (index: number) => K): Record<K, number> => {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
  questions.forEach((_, index) => {
    const key = keyOf(index)
    counts[key] += 1
  })
  return counts
}

const questionAt = (index: number) => {
  const question = questions[index]
  if (question === undefined) throw new Error(`no question at ${index}`)
  return question
}

describe('question bank', () => {
  test('parses with the schema and carries the bank version', () => {
    const parsed = QuestionBankSchema.parse(QUESTION_BANK)
    expect(parsed.bankVersion).toBe(BANK_VERSION)
    expect(BANK_VERSION).toBe(3)
  })

  test('holds exactly the question ids of bank version 3, in order', () => {
    expect(questions.map((question) => question.id)).toEqual(BANK_V3_IDS)
  })

  test('the full check: 28 to 36 questions, at least 5 per pillar, ordered pillar by pillar', () => {
    expect(questions.length).toBeGreaterThanOrEqual(28)
    expect(questions.length).toBeLessThanOrEqual(36)
    const perPillar = countBy(PILLARS, (index) => questionAt(index).pillar)
    for (const pillar of PILLARS) expect(perPillar[pillar], pillar).toBeGreaterThanOrEqual(5)
    const pillarOrder = questions.map((question) => PILLARS.indexOf(question.pillar))
    expect(pillarOrder).toEqual([...pillarOrder].sort((a, b) => a - b))
  })

  test("the quick check: one question for each of the lesson's twelve items, 12 to 16, at least 2 per pillar", () => {
    const quick = questions.filter(isQuickQuestion)
    expect(quick.length).toBeGreaterThanOrEqual(12)
    expect(quick.length).toBeLessThanOrEqual(16)
    for (const pillar of PILLARS) {
      expect(quick.filter((question) => question.pillar === pillar).length, pillar).toBeGreaterThanOrEqual(2)
    }
    for (const practice of LESSON_PRACTICES) {
      expect(quick.filter((question) => question.practice === practice).length, practice).toBe(1)
    }
  })

  test('time budgets: a quick check at most 10 minutes, the full check at most 20; options up to 14 words, questions up to 20', () => {
    expect(measureDepth(QUESTION_BANK, 'quick').minutes).toBeLessThanOrEqual(10)
    expect(measureDepth(QUESTION_BANK, 'full').minutes).toBeLessThanOrEqual(20)
    for (const question of questions) {
      expect(countWords(question.text), question.id).toBeLessThanOrEqual(20)
      for (const option of question.options) {
        expect(countWords(option), `${question.id}: ${option}`).toBeLessThanOrEqual(14)
        if (!COUNTED_QUESTIONS.has(question.id)) {
          expect(countWords(option), `${question.id}: ${option}`).toBeGreaterThanOrEqual(4)
        }
      }
    }
  })

  test('no single situation scores the lowest level in more than two questions', () => {
    const uses = new Map<string, string[]>()
    for (const question of questions) {
      expect(question.lowestSituation, `${question.id} names the situation behind level 0`).toBeDefined()
      const key = question.lowestSituation ?? ''
      uses.set(key, [...(uses.get(key) ?? []), question.id])
    }
    for (const [key, ids] of uses) expect(ids.length, `${key}: ${ids.join(', ')}`).toBeLessThanOrEqual(2)
  })

  test('every question has a next step for levels 0-1, 2-3 and 4, each its own, and no other question has one', () => {
    expect(Object.keys(NEXT_STEPS_V3).sort()).toEqual(questions.map((question) => question.id).sort())
    for (const question of questions) {
      expect(question.nextStep, question.id).toBeUndefined()
      const steps = NextStepsSchema.parse(NEXT_STEPS_V3[question.id])
      expect(new Set([steps.start, steps.grow, steps.keep]).size, question.id).toBe(3)
    }
  })

  test('ids start with their pillar', () => {
    for (const question of questions)
      expect(question.id.startsWith(`${question.pillar}-`), question.id).toBe(true)
  })

  test('every lesson practice and anti-pattern has at least one question', () => {
    const perPractice = countBy(PRACTICES, (index) => questionAt(index).practice)
    for (const practice of LESSON_PRACTICES) expect(perPractice[practice], practice).toBeGreaterThanOrEqual(1)
  })

  test('every practice in the catalogue has at least one question', () => {
    const perPractice = countBy(PRACTICES, (index) => questionAt(index).practice)
    for (const practice of PRACTICES) expect(perPractice[practice], practice).toBeGreaterThanOrEqual(1)
  })

  test("each question's source is its practice's source", () => {
    for (const question of questions) {
      expect(question.source, question.id).toBe(PRACTICE_CATALOGUE[question.practice].source)
    }
  })

  test('options describe situations, not agreement, and differ within a question', () => {
    for (const question of questions) {
      for (const option of question.options) {
        expect(option, question.id).not.toMatch(/\b(agree|disagree|strongly)\b/i)
      }
      expect(new Set(question.options).size, question.id).toBe(question.options.length)
    }
  })

  test('"not applicable" cannot hollow out a pillar: at either depth every pillar asks something it cannot skip', () => {
    for (const depth of CHECK_DEPTHS) {
      const asked = bankForDepth(QUESTION_BANK, depth).questions
      for (const pillar of PILLARS) {
        const required = asked.filter(
          (question) => question.pillar === pillar && !question.allowNotApplicable,
        )
        expect(required.length, `${depth} ${pillar}`).toBeGreaterThanOrEqual(1)
      }
    }
  })
})

import { describe, expect, test } from 'vitest'
import { PILLARS } from './pillars.ts'
import { PRACTICES, PRACTICE_CATALOGUE, type PracticeId } from './practices.ts'
import { BANK_VERSION, QUESTION_BANK } from './question-bank.ts'
import { QuestionBankSchema } from './question-bank-schema.ts'

const questions = QUESTION_BANK.questions

// Saved answers and share codes are keyed by these ids. Changing or removing an id is a deliberate act: it
// needs a new bankVersion and a migration of stored answers. Adding one edits this list too, so none slips in
// unseen.
const BANK_V1_IDS = [
  'culture-dev-on-call',
  'culture-outcome-ownership',
  'culture-blameless-incident-review',
  'culture-postmortem-actions',
  'culture-raising-concerns',
  'culture-owning-mistakes',
  'culture-tools-or-practices',
  'automation-repeated-toil',
  'automation-planned-time',
  'automation-everything-in-git',
  'automation-database-migrations',
  'automation-ci-every-commit',
  'automation-red-build',
  'automation-pipeline-release',
  'automation-infrastructure-as-code',
  'automation-rebuild-environment',
  'lean-change-size',
  'lean-rollback-scope',
  'lean-work-in-progress',
  'lean-branch-lifetime',
  'lean-handoffs',
  'lean-waiting-time',
  'lean-test-feedback',
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
  'sharing-cross-team-learning',
  'sharing-common-tooling',
  'sharing-same-view-of-production',
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
    expect(BANK_VERSION).toBe(1)
  })

  test('holds exactly the question ids of bank version 1, in order', () => {
    expect(questions.map((question) => question.id)).toEqual(BANK_V1_IDS)
  })

  test('has 30 to 40 questions, at least 5 per pillar, ordered pillar by pillar', () => {
    expect(questions.length).toBeGreaterThanOrEqual(30)
    expect(questions.length).toBeLessThanOrEqual(40)
    const perPillar = countBy(PILLARS, (index) => questionAt(index).pillar)
    for (const pillar of PILLARS) expect(perPillar[pillar], pillar).toBeGreaterThanOrEqual(5)
    const pillarOrder = questions.map((question) => PILLARS.indexOf(question.pillar))
    expect(pillarOrder).toEqual([...pillarOrder].sort((a, b) => a - b))
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

  test('options are short enough to scan and long enough to describe a situation', () => {
    for (const question of questions) {
      for (const option of question.options) {
        expect(option.length, `${question.id}: ${option}`).toBeGreaterThanOrEqual(60)
        expect(option.length, `${question.id}: ${option}`).toBeLessThanOrEqual(120)
      }
    }
  })

  test('only a few questions allow "not applicable", so it cannot hollow out a pillar', () => {
    const notApplicable = questions.filter((question) => question.allowNotApplicable)
    expect(notApplicable.length).toBeGreaterThanOrEqual(1)
    expect(notApplicable.length).toBeLessThanOrEqual(8)
  })
})

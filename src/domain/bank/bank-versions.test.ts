import { describe, expect, test } from 'vitest'
import { createBankVersions, describeSetAside, fingerprintBank, newerBankMessage } from './bank-versions.ts'
import { DRY_RUN_BANK_V2, DRY_RUN_MIGRATION_V1_V2 } from './fixtures/dry-run-bank-v2.ts'
import { QUESTION_BANK } from './question-bank.ts'
import { shapeOf } from './question-bank-schema.ts'
import { BANK_V1 } from './versions/bank-v1.ts'
import { BANK_V2 } from './versions/bank-v2.ts'
import { BANK_V3 } from './versions/bank-v3.ts'
import { BANK_MIGRATIONS, RELEASED_BANKS } from './versions/released-banks.ts'

/*
 * Each released bank's fingerprint, pinned. Links, files and snapshots of a version are decoded with its question
 * order and option meanings for ever, so these values never change.
 */
const PINNED_FINGERPRINTS: Record<number, string> = {
  1: 'v1-54dad5454cc510c3',
  2: 'v2-7fd8a7e90c6a5e83',
  3: 'v3-d7f9c3d239fa00d0',
}

/** Every released bank with its texts, oldest first; the app itself loads only the newest with texts. */
const RELEASED_BANK_TEXTS = [BANK_V1, BANK_V2, BANK_V3]

describe('released banks', () => {
  test.each(RELEASED_BANK_TEXTS.map((bank) => [bank.bankVersion, bank] as const))(
    'bank version %i is frozen',
    (version, bank) => {
      expect(
        fingerprintBank(bank),
        `Question bank version ${version} was changed after its release, or the current bank was changed without a ` +
          'new version. A released bank is never edited: undo the edit and add the next version instead (see ' +
          '"Changing the question bank" in docs/question-bank.md). Only when you have just added a new version, pin its ' +
          'fingerprint in PINNED_FINGERPRINTS.',
      ).toBe(PINNED_FINGERPRINTS[version])
    },
  )

  test('the app reads every released bank by the shape of its texts, and asks the newest with its texts', () => {
    expect(RELEASED_BANKS.map(shapeOf)).toEqual(RELEASED_BANK_TEXTS.map(shapeOf))
    expect(QUESTION_BANK).toBe(RELEASED_BANK_TEXTS.at(-1))
  })

  test('the app asks the newest released bank, and versions count up from 1', () => {
    expect(RELEASED_BANKS.map((bank) => bank.bankVersion)).toEqual(
      RELEASED_BANKS.map((_, index) => index + 1),
    )
    expect(QUESTION_BANK).toBe(RELEASED_BANKS[RELEASED_BANKS.length - 1])
  })

  test('there is a migration into every version after the first, and it accounts for every older question', () => {
    expect(BANK_MIGRATIONS.map((migration) => migration.from)).toEqual(
      RELEASED_BANKS.slice(0, -1).map((bank) => bank.bankVersion),
    )
    for (const migration of BANK_MIGRATIONS) {
      const from = RELEASED_BANKS[migration.from - 1]
      const to = RELEASED_BANKS[migration.from]
      const newIds = new Set(to?.questions.map((question) => question.id))
      for (const question of from?.questions ?? []) {
        const kept = migration.removed.includes(question.id)
          ? true
          : newIds.has(migration.renamed[question.id] ?? question.id)
        expect(kept, `${question.id} of bank ${migration.from} is neither kept, renamed nor removed`).toBe(
          true,
        )
      }
    }
  })

  test('a fingerprint sees a changed option, a reordering, a changed N/A and a changed quick mark, but not a changed next step', () => {
    const [first, second, ...rest] = BANK_V1.questions
    if (first === undefined || second === undefined) throw new Error('bank v1 is empty')
    const base = fingerprintBank(BANK_V1)
    const withOption = { ...first, options: [...first.options] as typeof first.options }
    withOption.options[2] = 'Something else'
    expect(fingerprintBank({ ...BANK_V1, questions: [withOption, second, ...rest] })).not.toBe(base)
    expect(fingerprintBank({ ...BANK_V1, questions: [second, first, ...rest] })).not.toBe(base)
    expect(
      fingerprintBank({
        ...BANK_V1,
        questions: [{ ...first, allowNotApplicable: !first.allowNotApplicable }, second, ...rest],
      }),
    ).not.toBe(base)
    expect(fingerprintBank({ ...BANK_V1, questions: [{ ...first, quick: true }, second, ...rest] })).not.toBe(
      base,
    )
    expect(
      fingerprintBank({ ...BANK_V1, questions: [{ ...first, nextStep: 'Other.' }, second, ...rest] }),
    ).toBe(base)
  })
})

describe('migrating answers with a throwaway bank version 2', () => {
  const versions = createBankVersions([BANK_V1, DRY_RUN_BANK_V2], [DRY_RUN_MIGRATION_V1_V2])

  test('every version is found by number, and the newest is current', () => {
    expect(versions.getBank(1)).toBe(BANK_V1)
    expect(versions.getBank(2)).toBe(DRY_RUN_BANK_V2)
    expect(versions.getBank(3)).toBeUndefined()
    expect(versions.current).toBe(DRY_RUN_BANK_V2)
  })

  test('renamed ids move with their time, removed ones and unmatched levels are set aside, the rest stays', () => {
    const result = versions.migrateAnswers(1, {
      answers: {
        'lean-handoffs': 2,
        'culture-tools-or-practices': 'dont-know',
        'lean-waiting-time': 3,
        'automation-red-build': 4,
        'culture-dev-on-call': 'not-applicable',
      },
      dora: { leadTime: 'lt-1d-1w' },
      answeredAt: {
        'lean-handoffs': 10,
        'culture-tools-or-practices': 20,
        'lean-waiting-time': 30,
        'dora:leadTime': 40,
      },
    })
    expect(result).toEqual({
      ok: true,
      value: {
        answers: {
          'lean-teams-per-change': 2,
          'automation-red-build': 4,
          'culture-dev-on-call': 'not-applicable',
        },
        dora: { leadTime: 'lt-1d-1w' },
        answeredAt: { 'lean-teams-per-change': 10, 'dora:leadTime': 40 },
        setAside: [
          {
            bankVersion: 1,
            questionId: 'culture-tools-or-practices',
            answer: 'dont-know',
            reason: 'question-removed',
          },
          { bankVersion: 1, questionId: 'lean-waiting-time', answer: 3, reason: 'no-matching-option' },
        ],
      },
    })
  })

  test('levels a level map keeps are mapped, and answers of the current version pass unchanged', () => {
    const result = versions.migrateAnswers(1, { answers: { 'lean-waiting-time': 4 }, dora: {} })
    expect(result.ok && result.value.answers).toEqual({ 'lean-waiting-time': 4 })
    const current = versions.migrateAnswers(2, { answers: { 'lean-teams-per-change': 1 }, dora: {} })
    expect(current.ok && current.value).toEqual({
      answers: { 'lean-teams-per-change': 1 },
      dora: {},
      answeredAt: {},
      setAside: [],
    })
  })

  test('a newer version is refused with both versions named, and a gap in the chain is reported', () => {
    expect(versions.migrateAnswers(3, { answers: {}, dora: {} })).toEqual({
      ok: false,
      errors: [newerBankMessage(3, 2)],
    })
    expect(newerBankMessage(3, 2)).toBe(
      'This was made with a newer CALMS Radar (question bank version 3; this app knows up to version 2): reload the page.',
    )
    const gap = createBankVersions([BANK_V1, DRY_RUN_BANK_V2], [])
    expect(gap.migrateAnswers(1, { answers: {}, dora: {} }).ok).toBe(false)
  })
})

test('set-aside answers are counted and explained in one plain sentence', () => {
  expect(
    describeSetAside([
      { bankVersion: 1, questionId: 'a-question', answer: 2, reason: 'question-removed' },
      { bankVersion: 1, questionId: 'b-question', answer: 3, reason: 'no-matching-option' },
    ]),
  ).toBe(
    '2 of your earlier answers no longer apply: the questions changed after question bank version 1 (the question ' +
      'was removed; the question now offers options your answer does not match). They are kept with your ' +
      'self-check and in your JSON backup, not deleted; the new questions are unanswered.',
  )
})

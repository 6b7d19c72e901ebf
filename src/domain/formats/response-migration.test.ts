import { expect, test } from 'vitest'
import { createBankVersions } from '../bank/bank-versions.ts'
import { DRY_RUN_BANK_V2, DRY_RUN_MIGRATION_V1_V2 } from '../bank/fixtures/dry-run-bank-v2.ts'
import { BANK_V1 } from '../bank/versions/bank-v1.ts'
import { migrateResponse, migrateResponses } from './response-migration.ts'
import type { Response } from './response.ts'

const dryRun = createBankVersions([BANK_V1, DRY_RUN_BANK_V2], [DRY_RUN_MIGRATION_V1_V2])

const v1: Response = {
  bankVersion: 1,
  answers: { 'lean-handoffs': 3, 'culture-tools-or-practices': 2, 'culture-dev-on-call': 4 },
  dora: { leadTime: 'lt-1d-1w' },
  alias: 'Ana',
  createdAt: '2026-11-20T09:00:00Z',
}

test('a v1 response comes to the current bank with renamed ids, and what has no place is set aside', () => {
  expect(migrateResponse(v1, dryRun)).toEqual({
    ok: true,
    value: {
      response: {
        ...v1,
        bankVersion: 2,
        answers: { 'lean-teams-per-change': 3, 'culture-dev-on-call': 4 },
      },
      setAside: [
        { bankVersion: 1, questionId: 'culture-tools-or-practices', answer: 2, reason: 'question-removed' },
      ],
    },
  })
})

test('responses that cannot be brought over are counted out, and set-aside answers are counted', () => {
  const newer: Response = { ...v1, bankVersion: 3 }
  expect(migrateResponses([v1, newer, { ...v1, bankVersion: 2, answers: {} }], dryRun)).toMatchObject({
    excluded: 1,
    setAside: 1,
  })
  expect(migrateResponse(newer, dryRun)).toEqual({
    ok: false,
    errors: [
      'This was made with a newer CALMS Radar (question bank version 3; this app knows up to version 2): reload the page.',
    ],
  })
})

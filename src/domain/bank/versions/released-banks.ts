import { createBankVersions, type BankMigration } from '../bank-versions.ts'
import type { QuestionBank } from '../question-bank-schema.ts'
import { BANK_V1 } from './bank-v1.ts'

/*
 * Every question bank this app has ever released, oldest first: the last one is the bank it asks. Releasing a new
 * bank means adding its frozen data file and its migration from the one before, here and nowhere else.
 */
export const RELEASED_BANKS: readonly QuestionBank[] = [BANK_V1]

export const BANK_MIGRATIONS: readonly BankMigration[] = []

export const BANK_VERSIONS = createBankVersions(RELEASED_BANKS, BANK_MIGRATIONS)

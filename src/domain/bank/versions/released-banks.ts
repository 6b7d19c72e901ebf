import { createBankVersions, type BankMigration } from '../bank-versions.ts'
import type { QuestionBank } from '../question-bank-schema.ts'
import { BANK_V1 } from './bank-v1.ts'
import { BANK_V2 } from './bank-v2.ts'
import { MIGRATION_V1_V2 } from './migration-v1-v2.ts'

/*
 * Every question bank this app has ever released, oldest first: the last one is the bank it asks. Releasing a new
 * bank means adding its frozen data file and its migration from the one before, here and nowhere else.
 */
export const RELEASED_BANKS: readonly QuestionBank[] = [BANK_V1, BANK_V2]

export const BANK_MIGRATIONS: readonly BankMigration[] = [MIGRATION_V1_V2]

export const BANK_VERSIONS = createBankVersions(RELEASED_BANKS, BANK_MIGRATIONS)

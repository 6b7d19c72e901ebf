import { createBankVersions, type BankMigration, type ReleasedBanks } from '../bank-versions.ts'
import { BANK_V1_SHAPE } from './bank-v1-shape.ts'
import { BANK_V2_SHAPE } from './bank-v2-shape.ts'
import { BANK_V3 } from './bank-v3.ts'
import { MIGRATION_V1_V2 } from './migration-v1-v2.ts'
import { MIGRATION_V2_V3 } from './migration-v2-v3.ts'

/*
 * Every question bank this app has ever released, oldest first: the last one is the bank it asks, with its texts;
 * the older ones as the shapes reading their answers needs. Releasing a new bank means adding its frozen data file,
 * the previous bank's shape and the migration from it, here and nowhere else.
 */
export const RELEASED_BANKS: ReleasedBanks = [BANK_V1_SHAPE, BANK_V2_SHAPE, BANK_V3]

export const BANK_MIGRATIONS: readonly BankMigration[] = [MIGRATION_V1_V2, MIGRATION_V2_V3]

export const BANK_VERSIONS = createBankVersions(RELEASED_BANKS, BANK_MIGRATIONS)

import type { GetBank } from './question-bank-schema.ts'
import { BANK_VERSIONS } from './versions/released-banks.ts'

/** Every released bank, so a link or file is read with the question order of the version that wrote it. */
export const getBank: GetBank = BANK_VERSIONS.getBank

import { BANK_VERSIONS } from './versions/released-banks.ts'

/** The bank this app asks: the newest released one (versions/released-banks.ts lists them all). */
export const QUESTION_BANK = BANK_VERSIONS.current

/** Saved answers, links and files name the bank version they were written with. */
export const BANK_VERSION = QUESTION_BANK.bankVersion

import { BANK_VERSION, QUESTION_BANK } from './question-bank.ts'
import type { GetBank } from '../formats/response.ts'

/** The question banks this app can read answers for; older versions join here when a new bank ships. */
export const getBank: GetBank = (bankVersion) => (bankVersion === BANK_VERSION ? QUESTION_BANK : undefined)

import { bankForDepth } from '../domain/bank/check-depth.ts'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import { DORA_METRICS } from '../domain/dora/dora-metrics.ts'

/*
 * The current bank's counts, as the screens show them: feature tests read them here, so a question added or
 * removed in a new bank version needs no feature-test edit.
 */
export const FULL_QUESTIONS = QUESTION_BANK.questions.length
export const QUICK_QUESTIONS = bankForDepth(QUESTION_BANK, 'quick').questions.length
/** The questions the progress counts: the pillar questions and the DORA outcomes. */
export const FULL_CHECK_ITEMS = FULL_QUESTIONS + DORA_METRICS.length
export const QUICK_CHECK_ITEMS = QUICK_QUESTIONS + DORA_METRICS.length

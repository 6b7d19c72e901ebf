/**
 * How an answer that is not a level reads in the results, the questionnaire and the exports. Here rather than
 * beside the bank's answers because the DORA wording, which comes before the bank, uses them too.
 */
export const NOT_ANSWERED_TEXT = 'not answered'
export const DONT_KNOW_TEXT = "Don't know"
export const NOT_APPLICABLE_TEXT = 'Not applicable'

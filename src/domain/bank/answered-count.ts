/**
 * The questionnaire's count of answered questions, as its progress line says it. Its own module, free of the bank's
 * schemas, because the prerendered first step's script (src/browser/prerendered-step.ts) says it too.
 */
export function answeredCountText(answered: number, total: number): string {
  return `${answered} of ${total} questions answered`
}

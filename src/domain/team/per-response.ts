import type { QuestionBank } from '../bank/question-bank-schema.ts'
import type { Response } from '../formats/response.ts'

/**
 * Work on one response for one bank, done once per response object. Responses are never changed in place: the
 * team store makes a new list of the same objects on each change, and migrateResponses hands back the same
 * migrated object for the same response. So adding or removing a person costs that person's work and a pass over
 * the others' results, not the whole team's work again.
 */
export function perResponse<T>(
  compute: (response: Response, bank: QuestionBank) => T,
): (response: Response, bank: QuestionBank) => T {
  // Boxed, so a result that is itself undefined is still found.
  const byBank = new WeakMap<QuestionBank, WeakMap<Response, { value: T }>>()
  return (response, bank) => {
    let cache = byBank.get(bank)
    if (cache === undefined) {
      cache = new WeakMap()
      byBank.set(bank, cache)
    }
    const known = cache.get(response)
    if (known !== undefined) return known.value
    const value = compute(response, bank)
    cache.set(response, { value })
    return value
  }
}

/**
 * Case, accents written as separate marks, whitespace and punctuation do not matter: "Don't know", "dont-know"
 * and "DON’T  KNOW" all read "dont know". Apostrophes vanish rather than split words. Headers are matched to
 * questions and cells to answers through this one rule.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

import { formatCount } from './format-count.ts'

/** A count with its noun, in English: "1 response", "0 responses", "1,000 responses". */
export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
] as const

/** A small count as a word, as prose spells it ("nine practices"); from 21 on, digits ("1,000"). */
export function numberWord(count: number): string {
  return NUMBER_WORDS[count] ?? formatCount(count)
}

/** The first letter upper case, for a word that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

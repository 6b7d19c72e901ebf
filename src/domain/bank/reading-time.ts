import { DORA_METRIC_DEFINITIONS, DORA_METRICS, DORA_STEP_INTRO } from '../dora/dora-metrics.ts'
import { DONT_KNOW_TEXT, NOT_APPLICABLE_TEXT } from '../common/answer-texts.ts'
import { bankForDepth, type CheckDepth } from './check-depth.ts'
import type { Question, QuestionBank } from './question-bank-schema.ts'

/*
 * How long a check takes, one formula for every claim (start page, "Continue to the full check", docs/question-bank.md):
 * everything a person reads, at 200 words a minute, plus time to choose: 15 seconds per pillar question (five
 * situations compared with their own team) and 30 seconds per DORA metric (a number to recall or estimate),
 * rounded up to whole minutes. What is read: each pillar question's text, its five options, "Don't know" and, where
 * offered, "Not applicable"; the DORA step's introduction and each metric's label, question, bands and "Don't know".
 * Not counted: the collapsed "Why it matters", headings, progress and buttons.
 */
export const WORDS_PER_MINUTE = 200
export const SECONDS_PER_PILLAR_QUESTION = 15
export const SECONDS_PER_DORA_METRIC = 30

/** Words as a reader meets them: whitespace-separated. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length
}

/** What a reader reads of a pillar question: its text, its options, "Don't know" and any "Not applicable". */
export function countQuestionWords(question: Question): number {
  return [
    question.text,
    ...question.options,
    DONT_KNOW_TEXT,
    ...(question.allowNotApplicable ? [NOT_APPLICABLE_TEXT] : []),
  ].reduce((sum, text) => sum + countWords(text), 0)
}

/** What a reader reads on the DORA step: its introduction, then each metric's label, question, bands and "Don't know". */
export function countDoraStepWords(): number {
  const texts = DORA_METRICS.flatMap((metric) => {
    const { label, question, bands } = DORA_METRIC_DEFINITIONS[metric]
    return [label, question, ...bands.map((band) => band.label), DONT_KNOW_TEXT]
  })
  return [DORA_STEP_INTRO, ...texts].reduce((sum, text) => sum + countWords(text), 0)
}

export interface CheckReading {
  /** Pillar questions asked. */
  pillarQuestions: number
  /** DORA metrics asked: every check asks all four, "Continue to the full check" none. */
  doraMetrics: number
  words: number
  /** words / 200 per minute + 15 s per pillar question + 30 s per DORA metric, rounded up to whole minutes. */
  minutes: number
}

/** The formula over a set of pillar questions, with or without the DORA step. */
export function measureReading(questions: readonly Question[], withDoraStep: boolean): CheckReading {
  const doraMetrics = withDoraStep ? DORA_METRICS.length : 0
  const words =
    questions.reduce((sum, question) => sum + countQuestionWords(question), 0) +
    (withDoraStep ? countDoraStepWords() : 0)
  const seconds =
    (words / WORDS_PER_MINUTE) * 60 +
    questions.length * SECONDS_PER_PILLAR_QUESTION +
    doraMetrics * SECONDS_PER_DORA_METRIC
  return { pillarQuestions: questions.length, doraMetrics, words, minutes: Math.ceil(seconds / 60) }
}

/** A whole check at one depth: its pillar questions and the DORA step. */
export function measureDepth(bank: QuestionBank, depth: CheckDepth): CheckReading {
  return measureReading(bankForDepth(bank, depth).questions, true)
}

/** What "Continue to the full check" adds to a quick check: the questions only the full check asks. */
export function measureFullCheckRemainder(bank: QuestionBank): CheckReading {
  return measureReading(
    bank.questions.filter((question) => question.quick !== true),
    false,
  )
}

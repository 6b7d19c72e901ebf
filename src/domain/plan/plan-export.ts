import { PRACTICE_CATALOGUE, SOURCE_LABELS } from '../bank/practices.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { DORA_METRIC_DEFINITIONS } from '../dora/dora-metrics.ts'
import { writeCsv } from '../exports/csv-export.ts'
import { escapeMarkdown } from '../exports/markdown-summary.ts'
import type { ActionPlan } from './action-plan.ts'
import { EXPERIMENT_STATUS_LABELS, type Experiment, type Signal } from './experiment.ts'

/*
 * The plan as a team takes it elsewhere: a Markdown checklist for a wiki or a tracker, and a CSV row per
 * experiment for a spreadsheet.
 */

/** What should move, in words: the questions' texts (an id the bank does not know as itself) or the DORA metric. */
export function describeSignal(signal: Signal, bank: QuestionBank): string {
  if (signal.kind === 'dora') return `DORA: ${DORA_METRIC_DEFINITIONS[signal.metric].label}`
  const texts = signal.questionIds.map(
    (id) => bank.questions.find((question) => question.id === id)?.text ?? id,
  )
  return `${texts.length === 1 ? 'Question' : 'Questions'}: ${texts.join(' / ')}`
}

function practiceOf(experiment: Experiment) {
  const practice = PRACTICE_CATALOGUE[experiment.practice]
  return { label: practice.label, section: SOURCE_LABELS[practice.source] }
}

function markdownItem(experiment: Experiment, bank: QuestionBank): string[] {
  const practice = practiceOf(experiment)
  const what = `**${escapeMarkdown(experiment.what)}**`
  const first =
    experiment.status === 'dropped'
      ? `- ~~${what}~~`
      : `- [${experiment.status === 'done' ? 'x' : ' '}] ${what}`
  return [
    first,
    `  - Practice: ${escapeMarkdown(practice.label)} (${escapeMarkdown(practice.section)})`,
    ...(experiment.owner === undefined ? [] : [`  - Owner: ${escapeMarkdown(experiment.owner)}`]),
    `  - Signal: ${escapeMarkdown(describeSignal(experiment.signal, bank))}`,
    `  - Re-check on: ${experiment.recheckOn}`,
    `  - Status: ${EXPERIMENT_STATUS_LABELS[experiment.status]}`,
    ...(experiment.learned === undefined
      ? []
      : [`  - What we learned: ${escapeMarkdown(experiment.learned)}`]),
  ]
}

/**
 * A Markdown checklist, one "- [ ]" item per experiment in plan order ("- [x]" when done), ready to paste into a
 * wiki or tracker. Dropped experiments are listed apart, struck through and without a checkbox, so a tracker does
 * not count them as open tasks, yet what was learned from them stays in view. Typed texts are escaped.
 */
export function planToMarkdown(plan: ActionPlan, bank: QuestionBank, title: string): string {
  const kept = plan.experiments.filter((experiment) => experiment.status !== 'dropped')
  const dropped = plan.experiments.filter((experiment) => experiment.status === 'dropped')
  const lines = [`# ${escapeMarkdown(title)}`, '']
  if (plan.experiments.length === 0) lines.push('No experiments in the plan yet.', '')
  if (kept.length > 0) lines.push(...kept.flatMap((experiment) => markdownItem(experiment, bank)), '')
  if (dropped.length > 0) {
    lines.push('## Dropped', '', ...dropped.flatMap((experiment) => markdownItem(experiment, bank)), '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

export const PLAN_CSV_FIELDS = [
  'What',
  'Practice',
  'Lesson section',
  'Owner',
  'Signal',
  'Re-check on',
  'Status',
  'What we learned',
] as const

/** A row per experiment, dropped ones included, in plan order; empty cells for no owner and nothing learned. */
export function planToCsv(plan: ActionPlan, bank: QuestionBank): string {
  const rows = plan.experiments.map((experiment) => {
    const practice = practiceOf(experiment)
    return [
      experiment.what,
      practice.label,
      practice.section,
      experiment.owner ?? '',
      describeSignal(experiment.signal, bank),
      experiment.recheckOn,
      EXPERIMENT_STATUS_LABELS[experiment.status],
      experiment.learned ?? '',
    ]
  })
  return writeCsv(PLAN_CSV_FIELDS, rows)
}

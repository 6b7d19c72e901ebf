import Papa from 'papaparse'
import { describeAnswer } from '../bank/answer-wording.ts'
import { getAnswer, isLevel, scoreLevel } from '../bank/answers.ts'
import {
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  type DoraAnswers,
  type DoraMetric,
} from '../dora/dora-metrics.ts'
import type { DoraReport } from '../dora/dora-report.ts'
import { describeDoraAnswer, describeDoraVerdict, describeMetricPlacement } from '../dora/dora-wording.ts'
import { PILLAR_LABELS, PILLARS } from '../bank/pillars.ts'
import { PRACTICE_CATALOGUE } from '../bank/practices.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { respondentName, type Response } from '../formats/response.ts'
import { ROLE_LABELS } from '../formats/profile.ts'
import type { SelfCheckReport } from '../scoring/self-check-report.ts'
import { migrateResponse } from '../formats/response-migration.ts'
import type { GroupComparison, ScoreChanges } from '../scoring/snapshot-comparison.ts'
import { aggregateTeam } from '../team/team-aggregation.ts'
import { respondentNumberAt } from '../team/team-membership.ts'

/*
 * CSV files for spreadsheets. Each row names the question bank and app version in columns of its own, because a
 * comment line above the header breaks spreadsheet imports. Spreadsheets run a cell starting with = + - @ (or a
 * tab or carriage return, which some strip first) as a formula, so such cells get a leading single quote
 * (OWASP "CSV Injection"). papaparse's own escapeFormulae misses a formula followed by a line break, so the cells
 * are neutralised here.
 */

const FORMULA_START = /^[=+\-@\t\r]/
/** A negative number such as a change of -25 is data a spreadsheet must read as a number, and runs nothing. */
const PLAIN_NUMBER = /^-?[0-9]+(\.[0-9]+)?$/

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
}

export interface CsvVersions {
  bankVersion: number
  app: string
}

/** Excel reads a CSV without a byte order mark in the local code page and garbles names outside ASCII. */
const BYTE_ORDER_MARK = '\uFEFF'

/** A CSV file as every export of this app writes it: a byte order mark, CRLF lines, formula cells neutralised. */
export function writeCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = rows.map((row) => row.map(neutraliseCell))
  return `${BYTE_ORDER_MARK}${Papa.unparse({ fields: [...fields], data }, { newline: '\r\n' })}\r\n`
}

/** Scores with one decimal: enough to check a median of 62.5, without 33.333333 noise. */
const formatNumber = (value: number): string => String(Math.round(value * 10) / 10)

export const ANSWER_CSV_FIELDS = [
  'respondent',
  'role',
  'pillar',
  'practice',
  'question_id',
  'question_text',
  'answer',
  'answer_text',
  'score',
  'bank_version',
  'app_version',
] as const

export interface CsvRespondent {
  name: string
  role: string
  answers: Response['answers']
  dora: DoraAnswers
}

function answerRows(respondent: CsvRespondent, bank: QuestionBank, versions: CsvVersions): string[][] {
  const tail = [String(versions.bankVersion), versions.app]
  const pillarRows = bank.questions.map((question) => {
    const answer = getAnswer(respondent.answers, question.id)
    return [
      respondent.name,
      respondent.role,
      PILLAR_LABELS[question.pillar],
      PRACTICE_CATALOGUE[question.practice].label,
      question.id,
      question.text,
      answer === undefined ? '' : String(answer),
      answer === undefined ? '' : describeAnswer(question, answer),
      answer !== undefined && isLevel(answer) ? String(scoreLevel(answer)) : '',
      ...tail,
    ]
  })
  // The DORA outcomes are questions too; their answer is a band id, and they have no score.
  const doraRows = DORA_METRICS.map((metric) => {
    const definition = DORA_METRIC_DEFINITIONS[metric]
    const answer = respondent.dora[metric]
    return [
      respondent.name,
      respondent.role,
      'DORA outcomes',
      definition.label,
      metric,
      definition.question,
      answer ?? '',
      answer === undefined ? '' : describeDoraAnswer(metric, answer),
      '',
      ...tail,
    ]
  })
  return [...pillarRows, ...doraRows]
}

/** One row per question (pillar questions in bank order, then the four DORA outcomes) for one person. */
export function writeSelfCheckAnswersCsv(
  own: { name: string; answers: Response['answers']; dora: DoraAnswers },
  bank: QuestionBank,
  versions: CsvVersions,
): string {
  return writeCsv(ANSWER_CSV_FIELDS, answerRows({ ...own, role: '' }, bank, versions))
}

/**
 * One row per respondent per question. Responses are brought to the bank's version first; one that cannot be is
 * left out, as it is from the team figures.
 */
export function writeTeamAnswersCsv(
  { responses, numbers }: { responses: readonly Response[]; numbers: readonly number[] },
  bank: QuestionBank,
  versions: CsvVersions,
): string {
  const rows = responses.flatMap((response, index) => {
    const migrated = migrateResponse(response, BANK_VERSIONS, bank.bankVersion)
    if (!migrated.ok) return []
    const respondent: CsvRespondent = {
      name: respondentName(response, respondentNumberAt(numbers, index)),
      role: response.role === undefined ? '' : ROLE_LABELS[response.role],
      answers: migrated.value.response.answers,
      dora: migrated.value.response.dora,
    }
    return answerRows(respondent, bank, versions)
  })
  return writeCsv(ANSWER_CSV_FIELDS, rows)
}

// The self-check and team summaries share their columns, so one spreadsheet formula reads either file.
const SUMMARY_FIELDS_AFTER_SCORE = [
  'respondents',
  'min',
  'max',
  'answered',
  'dont_know',
  'bank_version',
  'app_version',
] as const

export const SELF_CHECK_SUMMARY_FIELDS = ['pillar', 'score', ...SUMMARY_FIELDS_AFTER_SCORE] as const

/**
 * One row per pillar. For one person min and max equal the score; a pillar without a score has empty cells,
 * never 0. `answered` counts every answer, including "Don't know" and "Not applicable".
 */
export function writeSelfCheckSummaryCsv(report: SelfCheckReport, versions: CsvVersions): string {
  const rows = report.scores.pillars.map((group) => {
    const score = group.score === null ? '' : formatNumber(group.score)
    return [
      group.label,
      score,
      group.score === null ? '0' : '1',
      score,
      score,
      String(group.answered),
      String(group.dontKnow),
      String(versions.bankVersion),
      versions.app,
    ]
  })
  return writeCsv(SELF_CHECK_SUMMARY_FIELDS, rows)
}

export const TEAM_SUMMARY_FIELDS = ['pillar', 'median', ...SUMMARY_FIELDS_AFTER_SCORE] as const

/**
 * One row per pillar: the median, lowest and highest of the people's pillar scores (as on the Team page), the
 * people with a score, and the answers given and "Don't know" answers summed over the team.
 */
export function writeTeamSummaryCsv(
  responses: readonly Response[],
  bank: QuestionBank,
  versions: CsvVersions,
): string {
  const aggregate = aggregateTeam(responses, bank)
  const rows = PILLARS.map((pillar) => {
    const { respondents, summary } = aggregate.pillars[pillar]
    const questions = aggregate.questions.filter((question) => question.pillar === pillar)
    const answered = questions.reduce(
      (total, question) => total + aggregate.respondents - question.unanswered - question.notAsked,
      0,
    )
    const dontKnow = questions.reduce((total, question) => total + question.dontKnow, 0)
    return [
      PILLAR_LABELS[pillar],
      summary === undefined ? '' : formatNumber(summary.median),
      String(respondents),
      summary === undefined ? '' : formatNumber(summary.min),
      summary === undefined ? '' : formatNumber(summary.max),
      String(answered),
      String(dontKnow),
      String(versions.bankVersion),
      versions.app,
    ]
  })
  return writeCsv(TEAM_SUMMARY_FIELDS, rows)
}

export const COMPARISON_CSV_FIELDS = [
  'kind',
  'name',
  'baseline',
  'baseline_taken_at',
  'baseline_score',
  'score',
  'change',
  'bank_version',
  'app_version',
] as const

/**
 * The comparison the Results page shows, one row per pillar and then per practice: the baseline's name and time,
 * both scores and the change. A side without a score leaves its cell and the change empty, never 0. Then the DORA
 * outcomes of kind "dora", in the words of the page: the verdict, then each metric and where it sits; they have
 * no number, so their change is empty.
 */
export function writeComparisonCsv(changes: ScoreChanges, versions: CsvVersions): string {
  const score = (value: number | null) => (value === null ? '' : formatNumber(value))
  const rows = (kind: string, groups: readonly GroupComparison[]) =>
    groups.map((group) => [
      kind,
      group.label,
      changes.baselineLabel,
      changes.baselineTakenAt,
      score(group.previous),
      score(group.current),
      score(group.change),
      String(versions.bankVersion),
      versions.app,
    ])
  const { current, previous } = changes.outcomes
  const doraRow = (name: string, before: string, now: string) => [
    'dora',
    name,
    changes.baselineLabel,
    changes.baselineTakenAt,
    before,
    now,
    '',
    String(versions.bankVersion),
    versions.app,
  ]
  const placed = (report: DoraReport, metric: DoraMetric) =>
    describeMetricPlacement(report.classification, report.answers, metric)
  return writeCsv(COMPARISON_CSV_FIELDS, [
    ...rows('pillar', changes.pillars),
    ...rows('practice', changes.practices),
    doraRow(
      'DORA verdict',
      describeDoraVerdict(previous.classification),
      describeDoraVerdict(current.classification),
    ),
    ...DORA_METRICS.map((metric) =>
      doraRow(DORA_METRIC_DEFINITIONS[metric].label, placed(previous, metric), placed(current, metric)),
    ),
  ])
}

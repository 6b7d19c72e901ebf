import Papa from 'papaparse'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import { parseSurveyCsv, type SurveyTable } from '../domain/team/survey-import/read-survey-csv.ts'

const question = (id: string) => {
  const found = QUESTION_BANK.questions.find((candidate) => candidate.id === id)
  if (found === undefined) throw new Error(`no question ${id}`)
  return found
}
// On call allows "Not applicable"; the blame question does not.
export const onCall = question('culture-dev-on-call')
export const blameReview = question('culture-blame-in-reviews')

export const surveyFileOf = (text: string) => ({ size: text.length, text })
export const csv = (rows: string[][]) => Papa.unparse(rows)

export function surveyTableOf(text: string): SurveyTable {
  const parsed = parseSurveyCsv(surveyFileOf(text))
  if (!parsed.ok) throw new Error(parsed.errors.join(' '))
  return parsed.value
}

// A Google Forms export: timestamp, name, role, question texts as headers (one with a number and a section),
// a DORA question, and a column the app does not know.
export const FORM_EXPORT = csv([
  [
    'Timestamp',
    'Name',
    'Your role',
    onCall.text,
    `2. ${blameReview.text} [Culture]`,
    'How often does your team deploy? (deploymentFrequency)',
    'Email address',
  ],
  [
    '2025/01/31 9:30:00 PM GMT+1',
    'Ana',
    'QA / testing',
    onCall.options[4],
    '2',
    'On demand, several times a day',
    'ana@example.org',
  ],
  ['', 'Bo', 'dev', "Don't know", '', 'df-daily-weekly', ''],
  ['', '', '', '', '', '', ''],
  ['2025-02-01 08:00', '', '', 'NOT APPLICABLE', 'n/a', 'dont-know', ''],
  ['not a date', 'x'.repeat(41), 'constructor', '6', 'sometimes?', '', ''],
])

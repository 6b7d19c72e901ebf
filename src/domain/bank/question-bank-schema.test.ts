import { expect, test } from 'vitest'
import { NextStepsSchema, QuestionBankSchema, type Question } from './question-bank-schema.ts'

const question: Question = {
  id: 'culture-on-call',
  pillar: 'culture',
  practice: 'shared-ownership',
  source: 'cultural-shift',
  text: 'Who gets paged when your service breaks at 3 AM?',
  options: [
    'An operations team we rarely talk to',
    'Operations, who call us when stuck',
    'Operations first, developers as second line',
    'Developers and operations share one rota',
    'The developers who build it are on call for it',
  ],
  allowNotApplicable: false,
  why: 'Nobody writes sloppy code when they are the one who gets woken up.',
  nextStep: 'Put the developers of one service on its on-call rota for a month.',
}

test('a bank with a valid question parses', () => {
  expect(QuestionBankSchema.parse({ bankVersion: 1, questions: [question] }).questions).toHaveLength(1)
})

test('duplicate ids, a missing option and an unknown practice are refused with a path', () => {
  const result = QuestionBankSchema.safeParse({
    bankVersion: 1,
    questions: [question, question, { ...question, id: 'other', practice: 'kanban', options: ['a b c'] }],
  })
  expect(result.success).toBe(false)
  const paths = result.error?.issues.map((issue) => issue.path.join('.'))
  expect(paths).toContain('questions.2.practice')
  expect(paths).toContain('questions.2.options')
})

test('a duplicate id alone is refused by name', () => {
  const result = QuestionBankSchema.safeParse({ bankVersion: 1, questions: [question, question] })
  expect(result.error?.issues.map((issue) => issue.message)).toEqual([
    'duplicate question id "culture-on-call"',
  ])
})

test('sentences are trimmed, and must be at least 3 characters after trimming', () => {
  const padded = { ...question, text: '  Who gets paged?  ', why: '\tBecause.\n' }
  const [parsed] = QuestionBankSchema.parse({ bankVersion: 1, questions: [padded] }).questions
  expect(parsed?.text).toBe('Who gets paged?')
  expect(parsed?.why).toBe('Because.')
  const tooShort = { ...question, nextStep: '  ab  ' }
  const result = QuestionBankSchema.safeParse({ bankVersion: 1, questions: [tooShort] })
  expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['questions.0.nextStep'])
})

test('a bank v2 question carries its depth mark and lowest situation; its next steps sit beside the bank', () => {
  const { nextStep, ...withoutStep } = question
  expect(nextStep).toBeDefined()
  const parse = (candidate: object) =>
    QuestionBankSchema.safeParse({ bankVersion: 2, questions: [candidate] })
  expect(parse({ ...withoutStep, quick: true, lowestSituation: 'ops-runs-production' }).success).toBe(true)
  expect(parse({ ...withoutStep, lowestSituation: 'Ops runs production' }).success).toBe(false)
  expect(NextStepsSchema.safeParse({ start: 'Start it.', grow: 'Grow it.', keep: 'k' }).success).toBe(false)
})

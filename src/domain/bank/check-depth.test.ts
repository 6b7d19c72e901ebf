import { expect, test } from 'vitest'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { bankForDepth, describeCheckBasis, inferCheckDepth, wasAsked } from './check-depth.ts'
import { QUESTION_BANK } from './question-bank.ts'
import type { QuestionBank } from './question-bank-schema.ts'

const quickOne = fixtureQuestion('q-quick', 'culture', { quick: true })
const fullOnly = fixtureQuestion('q-full', 'culture')
const bank: QuestionBank = { bankVersion: 2, questions: [fullOnly, quickOne] }

test('a quick check asks the quick questions in bank order; a full check asks all', () => {
  expect(bankForDepth(bank, 'quick').questions).toEqual([quickOne])
  expect(bankForDepth(bank, 'full')).toBe(bank)
  expect([wasAsked(fullOnly, 'quick'), wasAsked(fullOnly, 'full'), wasAsked(quickOne, 'quick')]).toEqual([
    false,
    true,
    true,
  ])
})

test('the depth of answers that do not say: quick when every answer is a quick question', () => {
  expect(inferCheckDepth(bank, { 'q-quick': 3 })).toBe('quick')
  expect(inferCheckDepth(bank, { 'q-quick': 'dont-know' })).toBe('quick')
  expect(inferCheckDepth(bank, { 'q-quick': 3, 'q-full': 'not-applicable' })).toBe('full')
  expect(inferCheckDepth(bank, {})).toBe('full')
})

test('what a quick check rests on', () => {
  expect(describeCheckBasis(QUESTION_BANK, 'quick')).toBe('quick check: 14 of 32 questions')
  expect(describeCheckBasis(QUESTION_BANK, 'full')).toBe('full check: 32 of 32 questions')
})

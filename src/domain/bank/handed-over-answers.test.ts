import { expect, test } from 'vitest'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { readHandedOverAnswers } from './handed-over-answers.ts'
import type { QuestionBank } from './question-bank-schema.ts'

const bank: QuestionBank = {
  bankVersion: 3,
  questions: [
    fixtureQuestion('q-quick', 'culture', { quick: true }),
    fixtureQuestion('q-quick-na', 'lean', { quick: true, allowNotApplicable: true }),
    fixtureQuestion('q-full', 'automation'),
  ],
}

test('the radios chosen become answers: a level, "Don\'t know", and "Not applicable" where it is offered', () => {
  expect(
    readHandedOverAnswers(bank, 'quick', [
      ['q-quick', '3'],
      ['q-quick-na', 'not-applicable'],
    ]),
  ).toEqual([
    ['q-quick', 3],
    ['q-quick-na', 'not-applicable'],
  ])
  expect(readHandedOverAnswers(bank, 'full', [['q-full', 'dont-know']])).toEqual([['q-full', 'dont-know']])
})

test('a pair the check does not offer is left: another depth, an unknown question, a value no radio has', () => {
  expect(
    readHandedOverAnswers(bank, 'quick', [
      ['q-full', '2'],
      ['constructor', '1'],
      ['q-quick', '5'],
      ['q-quick', '-0'],
      ['q-quick', ' 3'],
      ['q-quick', ''],
    ]),
  ).toEqual([])
})

test('"Not applicable" on a question that does not offer it is left, as a stored answer would be', () => {
  expect(readHandedOverAnswers(bank, 'quick', [['q-quick', 'not-applicable']])).toEqual([])
})

test('a question named twice keeps its last answer, as a group of radios does', () => {
  expect(
    readHandedOverAnswers(bank, 'quick', [
      ['q-quick', '1'],
      ['q-quick', '4'],
    ]),
  ).toEqual([['q-quick', 4]])
})

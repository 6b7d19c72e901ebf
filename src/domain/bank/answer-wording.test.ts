import { expect, test } from 'vitest'
import { describeAnswer } from './answer-wording.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'

const question = fixtureQuestion('culture-a', 'culture', { allowNotApplicable: true })

test('a level reads as the text of its option, the other answers as their names', () => {
  expect(
    ([0, 4, 'dont-know', 'not-applicable', undefined] as const).map((answer) =>
      describeAnswer(question, answer),
    ),
  ).toEqual(['Level zero', 'Level four', "Don't know", 'Not applicable', 'not answered'])
})

import { describe, expect, test } from 'vitest'
import { BANK_V2 } from '../bank/versions/bank-v2.ts'
import { createBankVersions } from '../bank/bank-versions.ts'
import { BANK_V1_SHAPE } from '../bank/versions/bank-v1-shape.ts'
import { BANK_V2_SHAPE } from '../bank/versions/bank-v2-shape.ts'
import { BANK_V3 } from '../bank/versions/bank-v3.ts'
import { MIGRATION_V1_V2 } from '../bank/versions/migration-v1-v2.ts'
import { MIGRATION_V2_V3 } from '../bank/versions/migration-v2-v3.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import {
  describeMovement,
  signalAnswersInTodaysBank,
  signalMovement,
  signalValue,
  type SignalAnswers,
} from './signal-movement.ts'
import type { Signal } from './experiment.ts'

const side = (answers: SignalAnswers['answers'], dora: SignalAnswers['dora'] = {}): SignalAnswers => ({
  answers,
  dora,
})
const questions = (...questionIds: string[]): Signal => ({ kind: 'questions', questionIds })
const ON_CALL = 'culture-dev-on-call'
const REVIEWS = 'culture-blame-in-reviews'

describe('signalValue', () => {
  test('questions: the mean score of those with a level on that side', () => {
    // levels 1 and 3 -> (25 + 75) / 2 = 50; "don't know" left out -> 25 alone
    expect(signalValue(questions(ON_CALL, REVIEWS), side({ [ON_CALL]: 1, [REVIEWS]: 3 }), BANK_V2)).toBe(50)
    expect(
      signalValue(questions(ON_CALL, REVIEWS), side({ [ON_CALL]: 1, [REVIEWS]: 'dont-know' }), BANK_V2),
    ).toBe(25)
  })

  test('questions: none with a level, or none the bank asks, gives null', () => {
    expect(signalValue(questions(ON_CALL), side({ [ON_CALL]: 'not-applicable' }), BANK_V2)).toBeNull()
    expect(signalValue(questions('culture-gone'), side({ 'culture-gone': 4 }), BANK_V2)).toBeNull()
  })

  test('DORA: the band counted from the worst, so larger is better', () => {
    // deployment frequency has 5 bands, on demand is index 0 (best): 5 - 1 - 0 = 4; fewer than every 6 months: 0
    const deploys: Signal = { kind: 'dora', metric: 'deploymentFrequency' }
    expect(signalValue(deploys, side({}, { deploymentFrequency: 'df-on-demand' }), BANK_V2)).toBe(4)
    expect(signalValue(deploys, side({}, { deploymentFrequency: 'df-rarer-6m' }), BANK_V2)).toBe(0)
    expect(signalValue(deploys, side({}, { deploymentFrequency: 'dont-know' }), BANK_V2)).toBeNull()
    expect(signalValue(deploys, side({}), BANK_V2)).toBeNull()
  })
})

describe('signalMovement for questions', () => {
  test('up: level 1 to level 3 is 25 -> 75', () => {
    expect(
      signalMovement(questions(ON_CALL), side({ [ON_CALL]: 1 }), side({ [ON_CALL]: 3 }), BANK_V2),
    ).toEqual({
      direction: 'up',
      before: 25,
      after: 75,
      text: 'up: 25 -> 75',
    })
  })

  test('same and down', () => {
    // (50 + 50) / 2 = 50 before; (25 + 75) / 2 = 50 after: the same mean
    expect(
      signalMovement(
        questions(ON_CALL, REVIEWS),
        side({ [ON_CALL]: 2, [REVIEWS]: 2 }),
        side({ [ON_CALL]: 1, [REVIEWS]: 3 }),
        BANK_V2,
      ),
    ).toMatchObject({ direction: 'same', text: 'same: 50 -> 50' })
    expect(
      signalMovement(questions(ON_CALL), side({ [ON_CALL]: 3 }), side({ [ON_CALL]: 2 }), BANK_V2).text,
    ).toBe('down: 75 -> 50')
  })

  test('the text rounds as scores are shown; the direction uses the exact values', () => {
    // before (25 + 25 + 50) / 3 = 33.3; after (25 + 50 + 50) / 3 = 41.7
    const three = questions(ON_CALL, REVIEWS, 'culture-postmortem-actions')
    const movement = signalMovement(
      three,
      side({ [ON_CALL]: 1, [REVIEWS]: 1, 'culture-postmortem-actions': 2 }),
      side({ [ON_CALL]: 1, [REVIEWS]: 2, 'culture-postmortem-actions': 2 }),
      BANK_V2,
    )
    expect(movement.direction).toBe('up')
    expect(movement.text).toBe('up: 33 -> 42')
  })

  test('unknown when either side has no level', () => {
    expect(
      signalMovement(questions(ON_CALL), side({ [ON_CALL]: 'dont-know' }), side({ [ON_CALL]: 3 }), BANK_V2),
    ).toEqual({ direction: 'unknown', before: null, after: 75, text: 'unknown: - -> 75' })
    expect(signalMovement(questions(ON_CALL), side({ [ON_CALL]: 2 }), side({}), BANK_V2).text).toBe(
      'unknown: 50 -> -',
    )
  })
})

describe('signalMovement for a DORA metric', () => {
  const leadTime: Signal = { kind: 'dora', metric: 'leadTime' }

  test('a shorter lead time is up: from one week-one month (index 3) to one day-one week (index 2)', () => {
    // 6 bands: from the worst, index 3 is 6 - 1 - 3 = 2 and index 2 is 3
    expect(
      signalMovement(
        leadTime,
        side({}, { leadTime: 'lt-1w-1m' }),
        side({}, { leadTime: 'lt-1d-1w' }),
        BANK_V2,
      ),
    ).toEqual({
      direction: 'up',
      before: 2,
      after: 3,
      text: 'up: 1 week to 1 month -> 1 day to 1 week',
    })
  })

  test('a longer lead time is down; the same band is same; "don\'t know" is unknown', () => {
    expect(
      signalMovement(
        leadTime,
        side({}, { leadTime: 'lt-lt-1h' }),
        side({}, { leadTime: 'lt-gt-6m' }),
        BANK_V2,
      ).direction,
    ).toBe('down')
    expect(
      signalMovement(
        leadTime,
        side({}, { leadTime: 'lt-1h-1d' }),
        side({}, { leadTime: 'lt-1h-1d' }),
        BANK_V2,
      ).text,
    ).toBe('same: 1 hour to 1 day -> 1 hour to 1 day')
    expect(
      signalMovement(
        leadTime,
        side({}, { leadTime: 'dont-know' }),
        side({}, { leadTime: 'lt-1h-1d' }),
        BANK_V2,
      ).text,
    ).toBe('unknown: - -> 1 hour to 1 day')
  })
})

describe('describeMovement', () => {
  test('direction first, then the two values, "-" for a missing one', () => {
    expect(describeMovement({ direction: 'up', before: 25, after: 75 })).toBe('up: 25 -> 75')
    expect(describeMovement({ direction: 'down', before: 62.5, after: 50 })).toBe('down: 63 -> 50')
    expect(describeMovement({ direction: 'unknown', before: null, after: null })).toBe('unknown: - -> -')
    expect(describeMovement({ direction: 'same', before: 1, after: 1 }, (value) => `band ${value}`)).toBe(
      'same: band 1 -> band 1',
    )
  })
})

describe('signalAnswersInTodaysBank', () => {
  test('answers of the current bank are kept as they are', () => {
    const snapshot: SignalAnswers & { bankVersion: number } = {
      bankVersion: BANK_VERSIONS.current.bankVersion,
      answers: { 'culture-owning-mistakes': 2 },
      dora: {},
    }
    expect(signalAnswersInTodaysBank(snapshot)).toEqual({
      answers: { 'culture-owning-mistakes': 2 },
      dora: {},
    })
  })

  test('bank v1 answers are brought through v2 to v3', () => {
    // The released banks up to v3, frozen: a later bank does not change what this test works out.
    const upToV3 = createBankVersions(
      [BANK_V1_SHAPE, BANK_V2_SHAPE, BANK_V3],
      [MIGRATION_V1_V2, MIGRATION_V2_V3],
    )
    // v1 -> v2: automation-everything-in-git is renamed automation-config-in-version-control and keeps level 3;
    // culture-outcome-ownership is removed; culture-owning-mistakes 4 stays 4 (map [0, null, 0, 3, 4]).
    // v2 -> v3: culture-owning-mistakes 4 maps to null (map [0, 1, 2, 3, null]), so it is set aside.
    // The DORA answer is the same question in every bank.
    const snapshot: SignalAnswers & { bankVersion: number } = {
      bankVersion: 1,
      answers: {
        'automation-everything-in-git': 3,
        'culture-outcome-ownership': 2,
        'culture-owning-mistakes': 4,
      },
      dora: { deploymentFrequency: 'df-daily-weekly' },
    }
    expect(signalAnswersInTodaysBank(snapshot, upToV3)).toEqual({
      answers: { 'automation-config-in-version-control': 3 },
      dora: { deploymentFrequency: 'df-daily-weekly' },
    })
  })

  test('a bank newer than the current one cannot be brought to it', () => {
    const snapshot: SignalAnswers & { bankVersion: number } = {
      bankVersion: BANK_VERSIONS.current.bankVersion + 1,
      answers: {},
      dora: {},
    }
    expect(signalAnswersInTodaysBank(snapshot)).toBeUndefined()
  })
})

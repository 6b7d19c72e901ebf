import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  answersForAnotherSession,
  createEmptyAssessment,
  isEmptyAssessment,
  mergeStoredAssessments,
  parseStoredAssessment,
  upgradeStoredAssessment,
  type StoredAssessment,
} from './stored-assessment.ts'
import { countedCheck } from '../../test-support/fuzz-checks.ts'

const check = countedCheck()

// A version 1 value exactly as the first release of the self-check wrote it (answers without times).
const VERSION_1_FIXTURE = JSON.stringify({
  version: 1,
  state: {
    bankVersion: 1,
    answers: { 'culture-dev-on-call': 3, 'lean-batch-size': 'dont-know' },
    dora: { deploymentFrequency: 'df-daily-weekly' },
    lastStep: 3,
  },
})

const VERSION_2_FIXTURE = JSON.stringify({
  version: 2,
  state: {
    bankVersion: 1,
    answers: { 'culture-dev-on-call': 4 },
    dora: {},
    answeredAt: { 'culture-dev-on-call': 1700000000000 },
    lastStep: 2,
    resetAt: 0,
  },
})

describe('parseStoredAssessment', () => {
  test('reads version 2 as it is', () => {
    const result = parseStoredAssessment(VERSION_2_FIXTURE)
    const { state } = JSON.parse(VERSION_2_FIXTURE) as { state: unknown }
    expect(result).toEqual({ ok: true, value: { version: 2, state } })
  })

  test('reads version 1, and the upgrade gives each old answer time 1 so any newer answer wins', () => {
    const result = parseStoredAssessment(VERSION_1_FIXTURE)
    if (!result.ok) throw new Error(result.errors.join())
    expect(result.value.version).toBe(1)
    expect(upgradeStoredAssessment(result.value.state, result.value.version)).toEqual({
      ok: true,
      // Brought to bank v2, then v3: culture-dev-on-call keeps level 3 in both (v3 moves only 0 -> 1 and 1 -> 2);
      // lean-batch-size was never a v1 question, so it has no place and is kept aside.
      value: {
        bankVersion: 3,
        answers: { 'culture-dev-on-call': 3 },
        dora: { deploymentFrequency: 'df-daily-weekly' },
        answeredAt: { 'culture-dev-on-call': 1, 'dora:deploymentFrequency': 1 },
        lastStep: 3,
        resetAt: 0,
        setAside: [
          { bankVersion: 1, questionId: 'lean-batch-size', answer: 'dont-know', reason: 'question-removed' },
        ],
        setAsideAcknowledged: 0,
      },
    })
  })

  test('explains what is wrong instead of throwing', () => {
    expect(parseStoredAssessment('{"state":')).toEqual({
      ok: false,
      errors: ['The saved self-check is not valid JSON (it may have been cut off or edited by hand).'],
    })
    expect(parseStoredAssessment('[1,2]')).toEqual({
      ok: false,
      errors: ['The saved self-check has no version: it was not written by CALMS Radar.'],
    })
    const future = parseStoredAssessment(JSON.stringify({ version: 9, state: {} }))
    expect(future.ok ? [] : future.errors).toEqual([
      'The saved self-check has format version 9, which this version of CALMS Radar does not know. ' +
        'It may come from a newer version of the app.',
    ])
    const edited = parseStoredAssessment(
      VERSION_2_FIXTURE.replace('"culture-dev-on-call":4', '"culture-dev-on-call":7'),
    )
    expect(edited.ok ? [] : edited.errors).toEqual([
      'saved self-check.answers.culture-dev-on-call: not one of the allowed values',
    ])
  })

  test('never throws on arbitrary text', () => {
    check(
      'parseStoredAssessment: arbitrary text or JSON',
      100,
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const result = parseStoredAssessment(raw)
        expect(typeof result.ok).toBe('boolean')
      }),
    )
  })
})

describe('mergeStoredAssessments', () => {
  const base = createEmptyAssessment(1)
  const withAnswers = (
    answers: StoredAssessment['answers'],
    at: number,
    extra: Partial<StoredAssessment> = {},
  ) => ({
    ...base,
    answers,
    answeredAt: Object.fromEntries(Object.keys(answers).map((id) => [id, at])),
    ...extra,
  })

  test('the later choice of depth wins, with its marks, whichever copy is mine', () => {
    const quickAt300 = withAnswers({ a: 1 }, 100, { depth: 'quick', depthChosenAt: 300 })
    const continuedAt400 = withAnswers({ b: 2 }, 200, {
      depth: 'full',
      depthChosenAt: 400,
      continuedFromQuick: true,
    })
    for (const [mine, theirs] of [
      [quickAt300, continuedAt400],
      [continuedAt400, quickAt300],
    ] as const) {
      const merged = mergeStoredAssessments(mine, theirs)
      expect([merged.depth, merged.depthChosenAt, merged.continuedFromQuick]).toEqual(['full', 400, true])
    }
    const quickAt500 = { ...quickAt300, depthChosenAt: 500 }
    const merged = mergeStoredAssessments(continuedAt400, quickAt500)
    expect([merged.depth, merged.depthChosenAt, merged.continuedFromQuick]).toEqual(['quick', 500, undefined])
  })

  test('an invitation written before "Start quick check" does not turn the quick check into the full one', () => {
    // The link writes the self-check with the session and no depth; the next write chooses the quick check.
    const invited = withAnswers({}, 0, { invitation: 'Payments retro' })
    const quick = withAnswers({}, 0, { invitation: 'Payments retro', depth: 'quick', depthChosenAt: 100 })
    expect(mergeStoredAssessments(quick, invited).depth).toBe('quick')
    expect(mergeStoredAssessments(invited, quick).depth).toBe('quick')
  })

  test('a depth chosen before the newest "Start over" counts as none', () => {
    const quickAt300 = withAnswers({}, 0, { depth: 'quick', depthChosenAt: 300 })
    const fullAt200 = withAnswers({}, 0, { depth: 'full', depthChosenAt: 200, resetAt: 400 })
    // Neither choice is after the reset at 400: the copies disagree without a later choice, so the full check.
    expect(mergeStoredAssessments(quickAt300, fullAt200).depth).toBe('full')
  })

  test('copies saved before depth choices had times, and disagree, continue the full check; agreeing ones keep theirs', () => {
    const quick = withAnswers({ a: 1 }, 100, { depth: 'quick' })
    const full = withAnswers({ b: 2 }, 200, { depth: 'full' })
    const unchosen = withAnswers({ b: 2 }, 200)
    expect(mergeStoredAssessments(quick, full).depth).toBe('full')
    expect(mergeStoredAssessments(quick, unchosen).depth).toBe('full')
    expect(mergeStoredAssessments(unchosen, quick).depth).toBe('full')
    expect(mergeStoredAssessments(quick, { ...quick, answers: {} }).depth).toBe('quick')
    expect(mergeStoredAssessments(unchosen, unchosen).depth).toBeUndefined()
  })

  test('a session one tab was invited to is kept by a tab that had none; each tab keeps its own otherwise', () => {
    const invited = withAnswers({ a: 1 }, 100, { invitation: 'Payments retro' })
    const other = withAnswers({ b: 2 }, 200, { invitation: 'Checkout retro' })
    const uninvited = withAnswers({ b: 2 }, 200)
    expect(mergeStoredAssessments(uninvited, invited).invitation).toBe('Payments retro')
    expect(mergeStoredAssessments(invited, uninvited).invitation).toBe('Payments retro')
    expect(mergeStoredAssessments(other, invited).invitation).toBe('Checkout retro')
    expect(mergeStoredAssessments(uninvited, uninvited).invitation).toBeUndefined()
  })

  test("a session's live part travels with its invitation from the other tab, never alone", () => {
    const live = { relay: 'wss://relay.example.org', room: 'AbCdEfGhIjKlMnOpQrStUv', facilitatorKey: 'k' }
    const invited = withAnswers({ a: 1 }, 100, { invitation: 'Payments retro', liveInvitation: live })
    const other = withAnswers({ b: 2 }, 200, { invitation: 'Checkout retro' })
    const uninvited = withAnswers({ b: 2 }, 200)
    expect(mergeStoredAssessments(uninvited, invited).liveInvitation).toEqual(live)
    expect(mergeStoredAssessments(other, invited).liveInvitation).toBeUndefined()
    expect(mergeStoredAssessments(invited, other).liveInvitation).toEqual(live)
  })

  test('two tabs answering different questions keep both answers', () => {
    const tabA = withAnswers({ a: 1 }, 100)
    const tabB = withAnswers({ b: 2 }, 200)
    expect(mergeStoredAssessments(tabA, tabB).answers).toEqual({ a: 1, b: 2 })
    expect(mergeStoredAssessments(tabB, tabA).answers).toEqual({ a: 1, b: 2 })
  })

  test('the same question answered in both tabs keeps the newer answer', () => {
    const older = withAnswers({ a: 1 }, 100)
    const newer = withAnswers({ a: 4 }, 300)
    expect(mergeStoredAssessments(older, newer).answers).toEqual({ a: 4 })
    expect(mergeStoredAssessments(newer, older).answers).toEqual({ a: 4 })
  })

  test('"Start over" in one tab drops the answers another tab gave before it, not after', () => {
    const reset = { ...base, resetAt: 250 }
    const other: StoredAssessment = {
      ...base,
      answers: { old: 1, fresh: 2 },
      answeredAt: { old: 200, fresh: 300 },
    }
    expect(mergeStoredAssessments(reset, other).answers).toEqual({ fresh: 2 })
  })

  test('DORA answers merge the same way', () => {
    const a = { ...base, dora: { leadTime: 'lt-lt-1h' as const }, answeredAt: { 'dora:leadTime': 100 } }
    const b = { ...base, dora: { leadTime: 'lt-gt-6m' as const }, answeredAt: { 'dora:leadTime': 50 } }
    expect(mergeStoredAssessments(b, a).dora).toEqual({ leadTime: 'lt-lt-1h' })
  })

  test('merging is order-free for the answers and merging with itself changes nothing', () => {
    const answer = fc.constantFrom(0, 1, 2, 3, 4, 'dont-know', 'not-applicable') as fc.Arbitrary<
      0 | 1 | 2 | 3 | 4 | 'dont-know' | 'not-applicable'
    >
    const assessment = fc
      .tuple(
        fc.dictionary(
          fc.constantFrom('a', 'b', 'c', 'd'),
          fc.tuple(answer, fc.integer({ min: 1, max: 1000 })),
        ),
        fc.integer({ min: 0, max: 1000 }),
      )
      .map(([entries, resetAt]): StoredAssessment => ({
        ...base,
        answers: Object.fromEntries(Object.entries(entries).map(([id, [value]]) => [id, value])),
        answeredAt: Object.fromEntries(Object.entries(entries).map(([id, [, at]]) => [id, at])),
        resetAt,
      }))
    fc.assert(
      fc.property(assessment, assessment, (a, b) => {
        // Equal times in both tabs with different answers cannot happen in practice; skip that case.
        fc.pre(
          Object.keys(a.answers).every(
            (id) => a.answeredAt[id] !== b.answeredAt[id] || a.answers[id] === b.answers[id],
          ),
        )
        expect(mergeStoredAssessments(a, b).answers).toEqual(mergeStoredAssessments(b, a).answers)
        const self = mergeStoredAssessments(a, a)
        expect(mergeStoredAssessments(self, self)).toEqual(self)
      }),
    )
  })
})

describe('keys named like Object.prototype members', () => {
  const withAnswers = (answers: string, answeredAt = '{}') =>
    `{"state":{"bankVersion":1,"answers":${answers},"dora":{},"answeredAt":${answeredAt},"lastStep":1,"resetAt":0},"version":2}`

  test('are refused by name: merging two tabs would have read the inherited member and stored a NaN time', () => {
    expect(parseStoredAssessment(withAnswers('{"constructor":2}'))).toEqual({
      ok: false,
      errors: ['saved self-check.answers.constructor: Invalid key in record'],
    })
    expect(parseStoredAssessment(withAnswers('{}', '{"toString":5}'))).toEqual({
      ok: false,
      errors: ['saved self-check.answeredAt.toString: Invalid key in record'],
    })
    const v1 = '{"state":{"bankVersion":1,"answers":{"hasOwnProperty":1},"dora":{},"lastStep":1},"version":1}'
    expect(parseStoredAssessment(v1).ok).toBe(false)
  })

  test('"__proto__" is dropped, never an answer, and Object.prototype is untouched', () => {
    const parsed = parseStoredAssessment(withAnswers('{"__proto__":1,"culture-dev-on-call":2}'))
    if (!parsed.ok) throw new Error(parsed.errors.join())
    expect(Object.keys(parsed.value.state.answers)).toEqual(['culture-dev-on-call'])
    expect(Object.hasOwn(parsed.value.state.answers, '__proto__')).toBe(false)
    expect(Object.getPrototypeOf(parsed.value.state.answers)).toBe(Object.prototype)
  })
})

describe('isEmptyAssessment', () => {
  const empty = createEmptyAssessment(1)

  test('a new self-check is empty', () => {
    expect(isEmptyAssessment(empty)).toBe(true)
  })

  test.each<[string, Partial<StoredAssessment>]>([
    ['an answer', { answers: { 'culture-dev-on-call': 0 } }],
    ['a "Don\'t know"', { answers: { 'culture-dev-on-call': 'dont-know' } }],
    ['a DORA answer', { dora: { leadTime: 'lt-1d-1w' } }],
    ['the time of an answer', { answeredAt: { 'culture-dev-on-call': 1 } }],
    ['a step reached', { lastStep: 2 }],
    ['a "Start over" other tabs must hear of', { resetAt: 1 }],
    ['a remembered name or role, even a blank one', { profile: { alias: '', role: '' } }],
    [
      'an answer a newer bank set aside',
      {
        setAside: [
          { bankVersion: 1, questionId: 'culture-dev-on-call', answer: 2, reason: 'question-removed' },
        ],
      },
    ],
    ['set-aside answers already told of', { setAsideAcknowledged: 1 }],
    ['a depth chosen', { depth: 'quick' }],
    ['a session it was invited to', { invitation: 'Team Alpha retro' }],
    [
      'a live session',
      {
        liveInvitation: {
          relay: 'wss://relay.example.org',
          room: 'AbCdEfGhIjKlMnOpQrStUv',
          facilitatorKey: 'k',
        },
      },
    ],
  ])('one with %s is not', (_, change) => {
    expect(isEmptyAssessment({ ...empty, ...change })).toBe(false)
  })
})

describe('answers for another session', () => {
  const live = { relay: 'wss://relay.example.org', room: 'AbCdEfGhIjKlMnOpQrStUv', facilitatorKey: 'k' }
  const november = {
    answers: { a: 1 as const },
    dora: {},
    invitation: 'November retro',
    liveInvitation: live,
  }

  test('another name, another room, or answers given without an invitation', () => {
    expect(answersForAnotherSession(november, 'December retro', live)).toBe(true)
    expect(
      answersForAnotherSession(november, 'November retro', { ...live, room: 'ZyXwVuTsRqPoNmLkJiHgFe' }),
    ).toBe(true)
    expect(answersForAnotherSession(november, 'November retro', undefined)).toBe(true)
    expect(answersForAnotherSession({ answers: { a: 1 }, dora: {} }, 'December retro', undefined)).toBe(true)
  })

  test('the same session, or nothing answered yet, is not', () => {
    expect(answersForAnotherSession(november, 'November retro', live)).toBe(false)
    expect(answersForAnotherSession({ ...november, answers: {} }, 'December retro', undefined)).toBe(false)
    expect(
      answersForAnotherSession(
        { answers: {}, dora: { deploymentFrequency: 'df-daily-weekly' } },
        'December retro',
        undefined,
      ),
    ).toBe(true)
  })
})

import { describe, expect, test } from 'vitest'
import { formatZodIssues } from '../common/parse-result.ts'
import {
  editExperiment,
  isRecheckWaiting,
  ActionPlanSchema,
  addExperiment,
  changeStatus,
  countActive,
  createEmptyPlan,
  isRecheckDue,
  MAX_EXPERIMENTS,
  WIP_LIMIT,
  WIP_LIMIT_MESSAGE,
  type ActionPlan,
} from './action-plan.ts'
import type { Experiment, ExperimentStatus } from './experiment.ts'

const experiment = (
  id: string,
  status: ExperimentStatus = 'planned',
  recheckOn = '2026-12-24',
): Experiment => ({
  id,
  what: `Try ${id}.`,
  practice: 'continuous-integration',
  signal: { kind: 'questions', questionIds: ['automation-ci-every-commit'] },
  recheckOn,
  status,
  createdAt: '2026-11-26T09:00:00Z',
})

const plan = (...experiments: Experiment[]): ActionPlan => ({ experiments })

const value = <T>(result: { ok: true; value: T } | { ok: false; errors: string[] }): T => {
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.value
}

const EXPECTED_WIP_MESSAGE =
  "The plan already has 3 experiments planned or under way, Lean's limit on work in progress. " +
  'Mark one done or drop it to make room.'

describe('ActionPlanSchema', () => {
  test('an empty plan; a plan with a baseline snapshot', () => {
    expect(ActionPlanSchema.parse(createEmptyPlan())).toEqual({ experiments: [] })
    expect(
      ActionPlanSchema.parse({
        experiments: [experiment('a')],
        baselineSnapshotId: 'snapshot-2026-11-26T09:00:00Z',
      }),
    ).toMatchObject({ baselineSnapshotId: 'snapshot-2026-11-26T09:00:00Z' })
  })

  test('ids unique; at most 50 experiments; unknown keys refused', () => {
    const issues = (input: unknown) => {
      const parsed = ActionPlanSchema.safeParse(input)
      return parsed.success ? [] : formatZodIssues(parsed.error)
    }
    expect(issues(plan(experiment('a', 'done'), experiment('a', 'done')))).toEqual([
      'experiments: ids must be unique',
    ])
    const many = Array.from({ length: MAX_EXPERIMENTS + 1 }, (_, index) => experiment(`e${index}`, 'done'))
    expect(issues({ experiments: many })).toEqual(['experiments: at most 50 experiments'])
    expect(issues({ experiments: [], owner: 'x' })).toEqual(['Unrecognized key: "owner"'])
  })

  test('a stored plan over the WIP limit still loads: nothing is lost for it', () => {
    const four = plan(experiment('a'), experiment('b'), experiment('c'), experiment('d', 'doing'))
    expect(ActionPlanSchema.safeParse(four).success).toBe(true)
    expect(countActive(four)).toBe(4)
  })
})

describe('addExperiment', () => {
  test('adds up to three active experiments; a fourth is refused with why and how to make room', () => {
    expect(WIP_LIMIT).toBe(3)
    expect(WIP_LIMIT_MESSAGE).toBe(EXPECTED_WIP_MESSAGE)
    let current = createEmptyPlan()
    for (const id of ['a', 'b', 'c']) current = value(addExperiment(current, experiment(id)))
    expect(current.experiments.map((e) => e.id)).toEqual(['a', 'b', 'c'])
    expect(addExperiment(current, experiment('d'))).toEqual({ ok: false, errors: [EXPECTED_WIP_MESSAGE] })
  })

  test('doing counts as much as planned; done and dropped do not count', () => {
    // a doing, b planned, c done, d dropped: 2 active, so one more fits, then none
    const current = plan(
      experiment('a', 'doing'),
      experiment('b'),
      experiment('c', 'done'),
      experiment('d', 'dropped'),
    )
    const added = value(addExperiment(current, experiment('e')))
    expect(countActive(added)).toBe(3)
    expect(addExperiment(added, experiment('f', 'doing'))).toEqual({
      ok: false,
      errors: [EXPECTED_WIP_MESSAGE],
    })
    // a finished experiment recorded afterwards is not work in progress
    expect(value(addExperiment(added, experiment('g', 'done'))).experiments).toHaveLength(6)
  })

  test('a full plan and a duplicate id are refused', () => {
    const full = plan(
      ...Array.from({ length: MAX_EXPERIMENTS }, (_, index) => experiment(`e${index}`, 'done')),
    )
    expect(addExperiment(full, experiment('new'))).toEqual({
      ok: false,
      errors: [
        'The plan already holds 50 experiments, the most this app keeps. Delete one you no longer need, then add again.',
      ],
    })
    expect(addExperiment(plan(experiment('a')), experiment('a'))).toEqual({
      ok: false,
      errors: ['The plan already has an experiment with this id.'],
    })
  })

  test('checks the experiment as any input, and keeps it as parsed (trimmed)', () => {
    expect(addExperiment(createEmptyPlan(), { ...experiment('a'), what: ' ' })).toEqual({
      ok: false,
      errors: ['Experiment.what: must not be empty'],
    })
    expect(
      value(addExperiment(createEmptyPlan(), { ...experiment('a'), what: ' Try it ' })).experiments[0]?.what,
    ).toBe('Try it')
  })
})

describe('changeStatus', () => {
  const full = plan(experiment('a'), experiment('b', 'doing'), experiment('c'), experiment('d', 'done'))

  test('planned to doing within the limit: the count does not change', () => {
    expect(value(changeStatus(full, 'a', 'doing')).experiments[0]?.status).toBe('doing')
  })

  test('done with one line of what we learned, which frees a place', () => {
    const done = value(changeStatus(full, 'b', 'done', '  Pages dropped by half. '))
    expect(done.experiments[1]).toMatchObject({ status: 'done', learned: 'Pages dropped by half.' })
    expect(countActive(done)).toBe(2)
  })

  test('taking a done one up again beyond the limit is refused the same way', () => {
    // a, b, c active: d cannot come back
    expect(changeStatus(full, 'd', 'planned')).toEqual({ ok: false, errors: [EXPECTED_WIP_MESSAGE] })
    // after dropping c it can, and keeps what was learned
    const dropped = value(changeStatus(full, 'c', 'dropped'))
    const learned = value(changeStatus(dropped, 'd', 'done', 'Worth it.'))
    expect(value(changeStatus(learned, 'd', 'doing')).experiments[3]).toMatchObject({
      status: 'doing',
      learned: 'Worth it.',
    })
  })

  test('learned: blank removes it, leaving it out keeps it, bad text and active statuses are refused', () => {
    const withLesson = value(changeStatus(full, 'd', 'done', 'First try.'))
    expect(value(changeStatus(withLesson, 'd', 'dropped')).experiments[3]?.learned).toBe('First try.')
    expect(value(changeStatus(withLesson, 'd', 'dropped', '  ')).experiments[3]).not.toHaveProperty('learned')
    expect(changeStatus(full, 'd', 'done', 'one\ntwo')).toEqual({
      ok: false,
      errors: ['What we learned: must be one line, without control or broken characters'],
    })
    expect(changeStatus(full, 'a', 'doing', 'Too early.')).toEqual({
      ok: false,
      errors: ['What we learned is written when an experiment is done or dropped.'],
    })
  })

  test('an unknown id is refused, and the plan is never changed in place', () => {
    expect(changeStatus(full, 'zzz', 'done')).toEqual({
      ok: false,
      errors: ['This experiment is no longer in the plan.'],
    })
    value(changeStatus(full, 'a', 'dropped'))
    expect(full.experiments[0]?.status).toBe('planned')
  })
})

describe('isRecheckDue', () => {
  const today = new Date('2026-12-24T08:00:00Z')

  test('due on the re-check date itself and after it', () => {
    expect(isRecheckDue(plan(experiment('a', 'planned', '2026-12-24')), today)).toBe(true)
    expect(isRecheckDue(plan(experiment('a', 'doing', '2026-12-01')), today)).toBe(true)
  })

  test('not due the day before', () => {
    expect(isRecheckDue(plan(experiment('a', 'doing', '2026-12-25')), today)).toBe(false)
  })

  test('done and dropped experiments are never due; an empty plan neither', () => {
    expect(
      isRecheckDue(
        plan(experiment('a', 'done', '2026-01-01'), experiment('b', 'dropped', '2026-01-01')),
        today,
      ),
    ).toBe(false)
    expect(isRecheckDue(createEmptyPlan(), today)).toBe(false)
  })

  test('compares UTC days: 23:30 UTC on the 23rd is still the 23rd', () => {
    expect(
      isRecheckDue(plan(experiment('a', 'planned', '2026-12-24')), new Date('2026-12-23T23:30:00Z')),
    ).toBe(false)
  })
})

test('an edit changes the text, the owner and the re-check date, checked as any input', () => {
  const experiment: Experiment = {
    id: 'e1',
    what: 'Try pairing on call',
    practice: 'shared-ownership',
    owner: 'Ana',
    signal: { kind: 'questions', questionIds: ['culture-dev-on-call'] },
    recheckOn: '2026-12-28',
    status: 'planned',
    createdAt: '2026-11-30T10:00:00Z',
  }
  const plan: ActionPlan = { experiments: [experiment] }
  const edited = editExperiment(plan, 'e1', { what: '  Pair on call  ', owner: ' ', recheckOn: '2027-01-04' })
  // Trimmed text, a blank owner removed, the new date.
  expect(edited).toEqual({
    ok: true,
    value: {
      experiments: [
        {
          id: 'e1',
          what: 'Pair on call',
          practice: 'shared-ownership',
          signal: { kind: 'questions', questionIds: ['culture-dev-on-call'] },
          recheckOn: '2027-01-04',
          status: 'planned',
          createdAt: '2026-11-30T10:00:00Z',
        },
      ],
    },
  })
  const tooLong = editExperiment(plan, 'e1', { what: 'x'.repeat(201), owner: 'Ana', recheckOn: '2027-01-04' })
  expect(tooLong.ok).toBe(false)
  expect(editExperiment(plan, 'e1', { what: 'ok', owner: '', recheckOn: '2027-02-30' }).ok).toBe(false)
  expect(editExperiment(plan, 'nope', { what: 'ok', owner: '', recheckOn: '2027-01-04' })).toEqual({
    ok: false,
    errors: ['This experiment is no longer in the plan.'],
  })
})

test('an edit can change the practice and the signal, a DORA metric included, checked as any input', () => {
  const experiment: Experiment = {
    id: 'e1',
    what: 'Try pairing on call',
    practice: 'shared-ownership',
    signal: { kind: 'questions', questionIds: ['culture-dev-on-call'] },
    recheckOn: '2026-12-28',
    status: 'planned',
    createdAt: '2026-11-30T10:00:00Z',
  }
  const plan: ActionPlan = { experiments: [experiment] }
  const base = { what: 'Try pairing on call', owner: '', recheckOn: '2026-12-28' }
  const edited = editExperiment(plan, 'e1', {
    ...base,
    practice: 'not-only-speed',
    signal: { kind: 'dora', metric: 'changeFailureRate' },
  })
  expect(edited.ok && edited.value.experiments[0]).toEqual({
    ...experiment,
    practice: 'not-only-speed',
    signal: { kind: 'dora', metric: 'changeFailureRate' },
  })
  const bad = editExperiment(plan, 'e1', { ...base, signal: { kind: 'questions', questionIds: ['X'] } })
  expect(bad.ok).toBe(false)
})

test('a re-check is asked for until one starts on or after the due dates; a kept experiment asks again later', () => {
  const due = (id: string, recheckOn: string, status: ExperimentStatus = 'doing'): Experiment => ({
    id,
    what: `Try ${id}`,
    practice: 'continuous-integration',
    signal: { kind: 'questions', questionIds: ['automation-ci-every-commit'] },
    recheckOn,
    status,
    createdAt: '2026-11-01T10:00:00Z',
  })
  const plan: ActionPlan = { experiments: [due('a', '2026-12-29'), due('b', '2027-01-26')] }
  const today = new Date('2027-01-05T12:00:00Z')
  // a is due (29 Dec <= 5 Jan), b is not yet.
  expect(isRecheckWaiting(plan, today)).toBe(true)
  // A re-check started on 2 Jan answers a's date.
  expect(isRecheckWaiting(plan, today, '2027-01-02')).toBe(false)
  // One started before a's date does not.
  expect(isRecheckWaiting(plan, today, '2026-12-20')).toBe(true)
  // On 26 Jan b's date has come, after the re-check of 2 Jan.
  expect(isRecheckWaiting(plan, new Date('2027-01-26T08:00:00Z'), '2027-01-02')).toBe(true)
  // Done and dropped experiments wait for nothing.
  expect(isRecheckWaiting({ experiments: [due('c', '2026-12-01', 'done')] }, today)).toBe(false)
})

import { describe, expect, test } from 'vitest'
import { BANK_V2 } from '../bank/versions/bank-v2.ts'
import { NEXT_STEPS_V3 } from '../bank/versions/next-steps-v3.ts'
import type { ActionPlan } from './action-plan.ts'
import { addExperiment, createEmptyPlan } from './action-plan.ts'
import { answeredStep } from '../scoring/answered-steps.ts'
import { draftExperiment, experimentFromNote, questionsInPlan } from './candidates.ts'
import { ExperimentSchema, type Experiment, type ExperimentStatus } from './experiment.ts'

const experiment = (questionId: string, status: ExperimentStatus): Experiment => ({
  id: `experiment-${questionId}`,
  what: 'Try it.',
  practice: 'shared-ownership',
  signal: { kind: 'questions', questionIds: [questionId] },
  recheckOn: '2026-12-24',
  status,
  createdAt: '2026-11-26T09:00:00Z',
})

describe('questionsInPlan', () => {
  test('the signals of experiments planned or under way; done, dropped and DORA signals free nothing', () => {
    const plan: ActionPlan = {
      experiments: [
        experiment('culture-postmortem-actions', 'planned'),
        experiment('lean-wip-per-person', 'doing'),
        experiment('culture-dev-on-call', 'done'),
        experiment('lean-handoffs', 'dropped'),
        { ...experiment('x-dora', 'doing'), signal: { kind: 'dora', metric: 'deploymentFrequency' } },
      ],
    }
    expect([...questionsInPlan(plan)]).toEqual(['culture-postmortem-actions', 'lean-wip-per-person'])
  })
})

describe('draftExperiment', () => {
  const question = BANK_V2.questions.find(({ id }) => id === 'culture-postmortem-actions')
  const step = question && answeredStep(question, 0)

  test('a planned experiment from the step, re-checked four weeks on, valid as it stands', () => {
    expect(step).toBeDefined()
    if (step === undefined) return
    const today = new Date('2026-11-26T09:00:00.500Z')
    const draft = draftExperiment(step, today, 'experiment-1')
    // Level 0 takes the "start" step; 26 Nov + 28 days = 24 Dec; createdAt in whole seconds.
    expect(draft).toEqual({
      id: 'experiment-1',
      what: NEXT_STEPS_V3['culture-postmortem-actions']?.start,
      practice: 'blameless-postmortems',
      signal: { kind: 'questions', questionIds: ['culture-postmortem-actions'] },
      recheckOn: '2026-12-24',
      status: 'planned',
      createdAt: '2026-11-26T09:00:00Z',
    })
    expect(ExperimentSchema.safeParse(draft).success).toBe(true)
    expect(addExperiment(createEmptyPlan(), draft).ok).toBe(true)
  })

  test('a step longer than an experiment may be is shortened to fit', () => {
    if (step === undefined) return
    const long = { ...step, step: { text: 'x'.repeat(250), takeToManager: false } }
    const draft = draftExperiment(
      long,
      new Date('2026-11-26T09:00:00Z'),
      'e',
      new Date('2026-11-25T10:00:00Z'),
    )
    // 199 characters and the ellipsis
    expect(draft.what).toHaveLength(200)
    expect(draft.what.endsWith('…')).toBe(true)
    expect(draft.createdAt).toBe('2026-11-25T10:00:00Z')
  })
})

describe('experimentFromNote', () => {
  const question = { questionId: 'culture-dev-on-call', practice: 'shared-ownership' } as const
  const today = new Date('2026-11-26T09:00:00Z')

  test("the team's note as what to try, on one line, with the question as its signal", () => {
    const made = experimentFromNote(
      question,
      '  Pair a developer\nwith ops   on the\trota  ',
      today,
      'note-1',
    )
    // 26 Nov + 28 days = 24 Dec.
    expect(made).toEqual({
      id: 'note-1',
      what: 'Pair a developer with ops on the rota',
      practice: 'shared-ownership',
      signal: { kind: 'questions', questionIds: ['culture-dev-on-call'] },
      recheckOn: '2026-12-24',
      status: 'planned',
      createdAt: '2026-11-26T09:00:00Z',
    })
    expect(made && addExperiment(createEmptyPlan(), made).ok).toBe(true)
  })

  test('a note with nothing in it makes no experiment; a long one is shortened to fit', () => {
    expect(experimentFromNote(question, ' \n\t ', today, 'note-2')).toBeUndefined()
    // 199 characters and the ellipsis: MAX_EXPERIMENT_TEXT is 200.
    expect(experimentFromNote(question, 'y'.repeat(250), today, 'note-3')?.what).toBe(`${'y'.repeat(199)}…`)
  })
})

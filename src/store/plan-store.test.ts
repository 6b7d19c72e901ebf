import { expect, test } from 'vitest'
import type { Experiment } from '../domain/plan/experiment.ts'
import { WIP_LIMIT_MESSAGE } from '../domain/plan/action-plan.ts'
import { createMemoryStorage } from '../test-support/memory-storage.ts'
import { readStored } from '../test-support/stored-values.ts'
import { createPlanStore } from './plan-store.ts'
import { PLANS_STORAGE_KEY } from './plan-storage-key.ts'

const experiment = (id: string): Experiment => ({
  id,
  what: `Try ${id}`,
  practice: 'continuous-integration',
  signal: { kind: 'questions', questionIds: ['automation-ci-every-commit'] },
  recheckOn: '2026-12-28',
  status: 'planned',
  createdAt: '2026-11-30T10:00:00Z',
})

test('targets and the plan are kept per owner, version 1, and a fourth active experiment is refused', () => {
  const storage = createMemoryStorage()
  const store = createPlanStore(() => storage)
  const { actions } = store.getState()
  actions.targetsSet('selfCheck', { culture: 75 })
  for (const id of ['a', 'b', 'c']) expect(actions.experimentAdded('selfCheck', experiment(id)).ok).toBe(true)
  expect(actions.experimentAdded('selfCheck', experiment('d'))).toEqual({
    ok: false,
    errors: [WIP_LIMIT_MESSAGE],
  })
  // The team's plan is its own: the self-check's three do not count against it.
  expect(actions.experimentAdded('team', experiment('d'))).toEqual({ ok: true, value: experiment('d') })
  actions.planBaselineSaved('selfCheck', 'snapshot-1')

  const saved = readStored(storage, PLANS_STORAGE_KEY)
  expect(saved).toEqual({
    version: 1,
    state: {
      selfCheck: {
        targets: { culture: 75 },
        plan: { experiments: ['a', 'b', 'c'].map(experiment), baselineSnapshotId: 'snapshot-1' },
      },
      team: { targets: {}, plan: { experiments: [experiment('d')] } },
    },
  })

  // Done makes room for the fourth.
  expect(actions.experimentStatusChanged('selfCheck', 'a', 'done', 'Pairing helped').ok).toBe(true)
  expect(actions.experimentAdded('selfCheck', experiment('d')).ok).toBe(true)
})

test('a device clear empties both plans', () => {
  const store = createPlanStore(() => createMemoryStorage())
  store.getState().actions.targetsSet('team', { lean: 50 })
  store.getState().actions.deviceCleared()
  expect(store.getState().team).toEqual({ targets: {}, plan: { experiments: [] } })
})

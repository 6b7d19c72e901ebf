import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { BANK_VERSION } from '../domain/bank/question-bank.ts'
import { createEmptyAssessment } from '../domain/storage/stored-assessment.ts'
import { createEmptyTeamSession } from '../domain/storage/stored-team-session.ts'
import { createEmptySnapshots, type Snapshot } from '../domain/storage/snapshots.ts'
import { createEmptyTeamSnapshots } from '../domain/storage/stored-team-snapshots.ts'
import { createEmptyPlans } from '../domain/storage/stored-plans.ts'
import type { Response } from '../domain/formats/response.ts'
import type { TeamSnapshot } from '../domain/storage/team-snapshot.ts'
import { createMemoryStorage, storageEntries } from '../test-support/memory-storage.ts'
import { unreadableNoticesAbout } from '../test-support/stored-values.ts'
import { createAssessmentStore } from './assessment-store.ts'
import { createPlanStore } from './plan-store.ts'
import { createSnapshotStore } from './snapshot-store.ts'
import { useStorageNotices } from './storage-status-store.ts'
import { createTeamSnapshotStore } from './team-snapshot-store.ts'
import { createTeamStore } from './team-store.ts'
import { createCoachStore } from './coach-store.ts'
import { createTeamIdentityStore } from './team-identity-store.ts'
import { getBank } from '../domain/bank/bank-registry.ts'
import { addTeamFiles } from '../domain/coach/coach-teams.ts'
import { createEmptyCoach } from '../domain/storage/stored-coach.ts'
import { createEmptyTeamIdentity } from '../domain/storage/stored-team-identity.ts'
import { coachPerson, everywhere, teamFileText } from '../test-support/coach-fixture.ts'

/*
 * What every persisted store promises about its localStorage key, checked on each real store and format: the
 * wiring is persisted-store.ts's (its own test covers what only a made-up format can show), and each store's own
 * test file covers what that store alone does.
 */

/** The part of a persisted store these checks use. */
interface PersistedStore {
  getState: () => object
  persist: {
    getOptions: () => {
      name?: string
      version?: number
      migrate?: (state: unknown, version: number) => unknown
    }
    setOptions: (options: { migrate: (state: unknown, version: number) => unknown }) => void
    rehydrate: () => Promise<void> | void
  }
}

interface StoreContract {
  name: string
  /** The key, spelled out: a key that changes loses everything people saved under the old one. */
  key: string
  /** How the notice that it could not be read names it. */
  label: string
  version: number
  /** The store over a storage, as the app makes it, and a change through its actions. */
  open: (storage: Storage) => { store: PersistedStore; change: () => void }
  /** The state `change` writes, at CHANGED, with its fields in the order the store writes them. */
  written: object
  /** What the store holds once it has read `written`, where that is not `written` itself (compact responses). */
  held?: object
  /** What the store holds when it has read nothing. */
  empty: object
  /** A value an older release wrote, the state it is read as, and (if not that) what is written back. */
  older?: { version: number; state: object; readAs: object; writtenAs?: object }
  /** A value no release wrote, and what the notice says about it. */
  unreadable: { raw: string; errors: string[] }
  /** A value a newer release wrote. */
  newer: string
}

const OPENED = '2026-11-20T09:30:00Z'
/** Later than OPENED, so a second copy kept aside would get a key of its own and be seen. */
const CHANGED = '2026-11-20T09:31:00Z'
const at = (iso: string) => vi.setSystemTime(Date.parse(iso))

const ana: Response = {
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 3, 'lean-change-size': 'dont-know' },
  dora: { leadTime: 'lt-1d-1w' },
  alias: 'Ana',
  role: 'qa',
  createdAt: '2026-11-20T09:30:00Z',
}

/*
 * Ana in the team view's compact form: bank v1 has 36 questions, culture-dev-on-call is the 1st (level 3) and
 * lean-change-size the 17th (don't know); of the DORA metrics only lead time (the 2nd) is answered, with its 3rd
 * band, lt-1d-1w (index 2).
 */
const anaCompact = {
  b: 1,
  t: '2026-11-20T09:30:00Z',
  a: `3${'-'.repeat(15)}d${'-'.repeat(19)}`,
  d: '-2--',
  n: 'Ana',
  r: 'qa',
}

const baseline: Snapshot = {
  id: 'snapshot-2026-11-26T09:30:15Z',
  takenAt: '2026-11-26T09:30:15Z',
  label: 'Baseline, kickoff',
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 3, 'lean-change-size': 'dont-know' },
  dora: { leadTime: 'lt-1d-1w' },
}

const round: TeamSnapshot = {
  id: 'team-snapshot-2026-11-26T09:30:15Z',
  takenAt: '2026-11-26T09:30:15Z',
  label: 'Round of 2026-11-26',
  bankVersion: 1,
  people: [{ pillarScores: { culture: 75, automation: null, lean: null, measurement: null, sharing: null } }],
  questionLevels: { 'culture-1': { levels: [0, 0, 0, 1, 0], dontKnow: 0, notApplicable: 0, blank: 0 } },
}

/** The self-check exactly as the first release wrote it: version 1, answers without times. */
const SELF_CHECK_V1 = {
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 3, 'lean-batch-size': 'dont-know' },
  dora: { deploymentFrequency: 'df-daily-weekly' },
  lastStep: 3,
}

/** One team file, as the coach adds it: share codes without aliases. */
const paymentsFile = {
  name: 'payments.json',
  text: teamFileText({
    teamId: 'team-payments-01',
    name: 'Payments',
    date: '2026-11-20',
    people: [coachPerson({ pillars: everywhere(3), alias: 'Ana' })],
  }),
}
const [paymentsTeam] = addTeamFiles([], [paymentsFile], getBank).teams

const CONTRACTS: StoreContract[] = [
  {
    name: 'the self-check',
    key: 'calms-radar:self-check',
    label: 'your self-check',
    version: 3,
    open: (storage) => {
      const store = createAssessmentStore(() => storage)
      const { actions } = store.getState()
      return {
        store,
        change: () => {
          actions.answerQuestion('culture-dev-on-call', 4)
          actions.answerDoraMetric('leadTime', 'lt-1d-1w')
          actions.stepVisited(2)
        },
      }
    },
    // Answers with their times, the step reached, nothing of the profile or depth until a person gives them.
    written: {
      bankVersion: BANK_VERSION,
      answers: { 'culture-dev-on-call': 4 },
      dora: { leadTime: 'lt-1d-1w' },
      answeredAt: { 'culture-dev-on-call': Date.parse(CHANGED), 'dora:leadTime': Date.parse(CHANGED) },
      lastStep: 2,
      resetAt: 0,
      setAside: [],
      setAsideAcknowledged: 0,
    },
    empty: createEmptyAssessment(BANK_VERSION),
    older: {
      version: 1,
      state: SELF_CHECK_V1,
      // Brought to bank v2 and v3: culture-dev-on-call keeps level 3 in both; lean-batch-size was never a v1
      // question, so it is kept aside rather than dropped. Answers without a time get time 1: older than any given
      // today.
      readAs: {
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
    },
    unreadable: {
      raw: '{"state":{"bankVersion":1,"answers":{"culture-dev-on-call":3,"<img src=x>',
      errors: ['The saved self-check is not valid JSON (it may have been cut off or edited by hand).'],
    },
    newer: JSON.stringify({ state: { bankVersion: BANK_VERSION + 1, answers: {} }, version: 99 }),
  },
  {
    name: 'the team view',
    key: 'calms-radar:team',
    label: 'the team view',
    version: 3,
    open: (storage) => {
      const store = createTeamStore(() => storage)
      const { actions } = store.getState()
      return {
        store,
        change: () => {
          actions.sessionRenamed('Retro')
          actions.responsesAdded([ana])
        },
      }
    },
    written: { sessionName: 'Retro', responses: [anaCompact], numbers: [1], nextNumber: 2 },
    held: { sessionName: 'Retro', responses: [ana], numbers: [1], nextNumber: 2 },
    empty: createEmptyTeamSession(),
    // Version 2, as every release before the respondent numbers wrote it: numbered in order, written back so.
    older: {
      version: 2,
      state: { sessionName: 'Retro', responses: [anaCompact] },
      readAs: { sessionName: 'Retro', responses: [ana], numbers: [1], nextNumber: 2 },
      writtenAs: { sessionName: 'Retro', responses: [anaCompact], numbers: [1], nextNumber: 2 },
    },
    unreadable: {
      // Valid JSON, edited by hand into a shape no version wrote.
      raw: '{"state":{"sessionName":42,"responses":"all of them"},"version":2}',
      errors: [
        'saved team view.sessionName: Invalid input: expected string, received number',
        'saved team view.responses: Invalid input: expected array, received string',
      ],
    },
    newer: JSON.stringify({ state: { sessionName: 'Retro', responses: [] }, version: 4 }),
  },
  {
    name: 'the snapshots',
    key: 'calms-radar:snapshots',
    label: 'your snapshots',
    version: 2,
    open: (storage) => {
      const store = createSnapshotStore(() => storage)
      return { store, change: () => store.getState().actions.snapshotSaved(baseline) }
    },
    written: { snapshots: [baseline] },
    empty: createEmptySnapshots(),
    // From before targets and plans: the snapshots load as they were.
    older: { version: 1, state: { snapshots: [baseline] }, readAs: { snapshots: [baseline] } },
    unreadable: {
      raw: JSON.stringify({ state: { snapshots: [baseline, baseline] }, version: 2 }),
      errors: ['saved snapshots.snapshots: ids must be unique'],
    },
    newer: JSON.stringify({ state: { snapshots: [] }, version: 3 }),
  },
  {
    name: 'the team snapshots',
    key: 'calms-radar:team-snapshots',
    label: "the team's snapshots",
    version: 1,
    open: (storage) => {
      const store = createTeamSnapshotStore(() => storage)
      return { store, change: () => store.getState().actions.snapshotSaved(round) }
    },
    written: { snapshots: [round] },
    empty: createEmptyTeamSnapshots(),
    unreadable: {
      raw: JSON.stringify({ state: { snapshots: [round, round] }, version: 1 }),
      errors: ['saved team snapshots.snapshots: ids must be unique'],
    },
    newer: JSON.stringify({ state: { snapshots: [] }, version: 2 }),
  },
  {
    name: 'the targets and plans',
    key: 'calms-radar:plans',
    label: 'your targets and plans',
    version: 1,
    open: (storage) => {
      const store = createPlanStore(() => storage)
      return { store, change: () => store.getState().actions.targetsSet('selfCheck', { culture: 75 }) }
    },
    written: {
      selfCheck: { targets: { culture: 75 }, plan: { experiments: [] } },
      team: { targets: {}, plan: { experiments: [] } },
    },
    empty: createEmptyPlans(),
    unreadable: {
      // A target above 100, edited by hand.
      raw: JSON.stringify({
        state: { ...createEmptyPlans(), selfCheck: { targets: { culture: 101 }, plan: { experiments: [] } } },
        version: 1,
      }),
      errors: [
        'saved targets and plans.selfCheck.targets.culture: must be a whole number from 0 to 100',
        'saved targets and plans.selfCheck.targets.culture: must be a multiple of 5',
      ],
    },
    newer: JSON.stringify({ state: createEmptyPlans(), version: 2 }),
  },
  {
    name: "the coach's teams",
    key: 'calms-radar:coach',
    label: "the coach's teams",
    version: 1,
    open: (storage) => {
      const store = createCoachStore(() => storage)
      return { store, change: () => store.getState().actions.teamFilesAdded([paymentsFile]) }
    },
    written: { teams: [paymentsTeam] },
    empty: createEmptyCoach(),
    unreadable: {
      raw: JSON.stringify({ state: { teams: [paymentsTeam, paymentsTeam] }, version: 1 }),
      errors: ['saved coach view.teams: team ids must be unique'],
    },
    newer: JSON.stringify({ state: { teams: [] }, version: 2 }),
  },
  {
    name: "the team's id and pseudonym",
    key: 'calms-radar:team-identity',
    label: "the team's id and pseudonym",
    version: 1,
    open: (storage) => {
      const store = createTeamIdentityStore(() => storage)
      return { store, change: () => store.getState().actions.teamPseudonymChanged('Team Kiwi') }
    },
    written: { pseudonym: 'Team Kiwi' },
    empty: createEmptyTeamIdentity(),
    unreadable: {
      raw: JSON.stringify({ state: { teamId: 'x', pseudonym: '' }, version: 1 }),
      errors: ['saved team\'s id and pseudonym.teamId: must be 8 to 64 letters, digits, "-" or "_"'],
    },
    newer: JSON.stringify({ state: { pseudonym: '' }, version: 2 }),
  },
]

const notices = () => renderHook(() => useStorageNotices()).result.current

/**
 * The fields of a store's state that `like` names, to compare whole: toMatchObject would let `answers: {}` match
 * any answers at all.
 */
const fieldsOf = (store: PersistedStore, like: object) => {
  const state = store.getState() as Record<string, unknown>
  return Object.fromEntries(Object.keys(like).map((field) => [field, state[field]]))
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  at(OPENED)
})

afterEach(() => {
  vi.useRealTimers()
})

describe.each(CONTRACTS.map((contract) => [contract.name, contract] as const))('%s', (_name, contract) => {
  const { key, label, version, open, written, held = written, empty, older, unreadable, newer } = contract
  const writtenText = JSON.stringify({ state: written, version })

  test('opens without writing, and writes its version and the stored format alone under its key', () => {
    const storage = createMemoryStorage()
    const { store, change } = open(storage)
    expect(store.persist.getOptions()).toMatchObject({ name: key, version })
    // Nothing stored and nothing to keep: a first visit leaves no entry.
    expect(storageEntries(storage)).toEqual({})

    at(CHANGED)
    change()
    expect(storageEntries(storage)).toEqual({ [key]: writtenText })
  })

  test('reads what it wrote as it is, without migrate', async () => {
    const storage = createMemoryStorage()
    const { store } = open(storage)
    const migrate = vi.fn(store.persist.getOptions().migrate)
    store.persist.setOptions({ migrate })
    storage.setItem(key, writtenText)
    await store.persist.rehydrate()
    expect(fieldsOf(store, held)).toEqual(held)
    expect(migrate).not.toHaveBeenCalled()
  })

  if (older !== undefined) {
    test(`reads version ${older.version} through migrate and writes it back in version ${version}`, async () => {
      const olderText = JSON.stringify({ state: older.state, version: older.version })
      const storage = createMemoryStorage()
      storage.setItem(key, olderText)
      const { store } = open(storage)
      expect(fieldsOf(store, older.readAs)).toEqual(older.readAs)
      // persist writes a migrated value back at once, in the current version.
      expect(storageEntries(storage)).toEqual({
        [key]: JSON.stringify({ state: older.writtenAs ?? older.readAs, version }),
      })

      // migrate gets the old state and its version.
      const again = createMemoryStorage()
      const opened = open(again).store
      const migrate = vi.fn(opened.persist.getOptions().migrate)
      opened.persist.setOptions({ migrate })
      again.setItem(key, olderText)
      await opened.persist.rehydrate()
      expect(migrate).toHaveBeenCalledExactlyOnceWith(older.state, older.version)
    })
  }

  test('keeps an unreadable value aside under a key of its own, says so once, and never destroys it', () => {
    const { raw, errors } = unreadable
    const storage = createMemoryStorage()
    storage.setItem(key, raw)
    const { store, change } = open(storage)
    const keptAs = `${key}:unreadable:${new Date(OPENED).toISOString()}`

    expect(fieldsOf(store, empty)).toEqual(empty)
    expect(storageEntries(storage)).toEqual({ [key]: raw, [keptAs]: raw })
    expect(unreadableNoticesAbout(raw)).toEqual([{ kind: 'unreadable', label, raw, errors, keptAs }])

    // The first write re-reads the key to merge with other tabs and finds the same text: no second copy.
    at(CHANGED)
    change()
    expect(storageEntries(storage)).toEqual({ [key]: writtenText, [keptAs]: raw })
    expect(unreadableNoticesAbout(raw)).toHaveLength(1)
  })

  test("leaves a newer app's value alone: neither kept aside nor overwritten, and says to reload", async () => {
    const storage = createMemoryStorage()
    storage.setItem(key, newer)
    const { store, change } = open(storage)
    await store.persist.rehydrate()
    at(CHANGED)
    change()
    expect(storageEntries(storage)).toEqual({ [key]: newer })
    expect(notices()).toEqual([expect.objectContaining({ kind: 'newer' })])
  })
})

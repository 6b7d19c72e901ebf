import { expect, test } from 'vitest'
import { BANK_VERSION } from '../domain/bank/question-bank.ts'
import { createEmptyAssessment } from '../domain/storage/stored-assessment.ts'
import { createEmptyPlans } from '../domain/storage/stored-plans.ts'
import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'
import {
  describeBackupParts,
  KEPT_IN_BACKUP,
  KEPT_KINDS,
  KEPT_ON_DEVICE,
  labelOfKey,
  type BackupParts,
} from './device-registry.ts'

/**
 * Every module of the store but the registry and the tests, as loaded, and the keys kept in the domain (the
 * self-check's, which the prerendered page's script reads too).
 */
const modules = import.meta.glob<Record<string, unknown>>(
  ['./*.ts', '!./*.test.ts', '!./device-registry.ts', '../domain/storage/*-storage-key.ts'],
  { eager: true },
)

/** The key each persisted store is written under: each store exports it as its `*_STORAGE_KEY`. */
function persistedKeys(): string[] {
  const keys = Object.values(modules).flatMap((module) =>
    Object.entries(module).flatMap(([name, value]) => (name.endsWith('_STORAGE_KEY') ? [String(value)] : [])),
  )
  return [...new Set(keys)]
}

test('every key a store persists is registered once, and nothing else is', () => {
  const persisted = persistedKeys()
  // Eight today: the self-check, the team view, snapshots, targets and plans, team snapshots, the team's id and
  // pseudonym, the coach's teams, the live session.
  expect(persisted).toHaveLength(8)
  const registered = KEPT_KINDS.map(({ key }) => key)
  expect([...registered].sort()).toEqual([...persisted].sort())
  expect(new Set(registered).size).toBe(registered.length)
  // "Clear this device" finds what to remove by this prefix.
  for (const key of registered) expect(key.startsWith(STORAGE_KEY_PREFIX), key).toBe(true)
})

test('the storage keys are the ones earlier releases wrote', () => {
  expect(KEPT_KINDS.map(({ key, label }) => [key, label])).toEqual([
    ['calms-radar:self-check', 'your self-check'],
    ['calms-radar:snapshots', 'your snapshots'],
    ['calms-radar:plans', 'your targets and plans'],
    ['calms-radar:team', 'the team view'],
    ['calms-radar:team-snapshots', "the team's snapshots"],
    ['calms-radar:team-identity', "the team's id and pseudonym"],
    ['calms-radar:coach', "the coach's teams"],
    ['calms-radar:live-session', 'the live session'],
  ])
  expect(labelOfKey('calms-radar:plans')).toBe('your targets and plans')
  expect(labelOfKey('calms-radar:self-check:unreadable:2026-11-20T09:00:00.000Z')).toBeUndefined()
})

test('the sentences name every kind, in the order registered', () => {
  // "targets and plans" holds an "and" of its own, so a comma goes before the list's last one.
  expect(KEPT_ON_DEVICE).toBe(
    "your self-check, your snapshots, your targets and plans, the team view, the team's snapshots, the team's id and " +
      "pseudonym, the coach's teams, and the live session",
  )
  // The live session stays out: it lasts a meeting, and its private key cannot leave the browser.
  expect(KEPT_IN_BACKUP).toBe(
    "your self-check, your snapshots, your targets and plans, the team view, the team's snapshots, the team's id and " +
      "pseudonym, and the coach's teams",
  )
  for (const { label } of KEPT_KINDS) expect(KEPT_ON_DEVICE).toContain(label)
})

const SNAPSHOT = {
  id: 'snapshot-2026-11-26T09:30:15Z',
  takenAt: '2026-11-26T09:30:15Z',
  label: 'Kickoff',
  bankVersion: 1,
  answers: {},
  dora: {},
}
const COACH_TEAM = {
  teamId: 'team-payments-01',
  name: 'Payments',
  rounds: [{ date: '2026-11-20', bankVersion: 3, responses: [] }],
}
const ROUND = {
  id: 'team-snapshot-2026-11-26T09:30:15Z',
  takenAt: '2026-11-26T09:30:15Z',
  label: 'Round of 2026-11-26',
  bankVersion: 1,
  people: [],
  questionLevels: {},
}

test("a backup's contents in words: every kind it holds, the empty optional ones left out", () => {
  const selfCheck = {
    ...createEmptyAssessment(BANK_VERSION),
    answers: { 'culture-dev-on-call': 3 as const },
    dora: { leadTime: 'lt-1d-1w' as const },
  }
  const plans = createEmptyPlans()
  plans.team.targets = { culture: 75 }
  const everything: BackupParts = {
    selfCheck,
    team: { sessionName: ' Payments retro ', responses: [] },
    snapshots: [SNAPSHOT, { ...SNAPSHOT, id: 'snapshot-2026-11-27T09:30:15Z' }],
    plans,
    teamSnapshots: [ROUND],
    teamIdentity: { teamId: 'team-payments-01', pseudonym: ' Team Kiwi ' },
    coach: [COACH_TEAM, { ...COACH_TEAM, teamId: 'team-checkout-01' }],
  }
  // 1 answer and 1 DORA answer make 2; the team has targets but no experiment yet.
  expect(describeBackupParts(everything)).toBe(
    'a self-check with 2 answers, 2 snapshots, targets and plans with 0 experiments, the team view ' +
      '"Payments retro" with 0 responses, 1 team snapshot, the team pseudonym "Team Kiwi", and the coach\'s view ' +
      'of 2 teams',
  )
  // A file from before snapshots, plans and team snapshots reads as it always did.
  expect(
    describeBackupParts({
      selfCheck: createEmptyAssessment(BANK_VERSION),
      team: { sessionName: '', responses: [] },
    }),
  ).toBe('a self-check with 0 answers and a team view with 0 responses')
  expect(
    describeBackupParts({
      selfCheck: createEmptyAssessment(BANK_VERSION),
      team: { sessionName: '', responses: [] },
      snapshots: [],
      plans: createEmptyPlans(),
      teamSnapshots: [],
      teamIdentity: { teamId: 'team-payments-01', pseudonym: '' },
      coach: [],
    }),
  ).toBe('a self-check with 0 answers and a team view with 0 responses')
})

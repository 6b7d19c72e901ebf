import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  BACKUP_VERSION,
  createBackup,
  describeContents,
  MAX_BACKUP_BYTES,
  parseBackupFile,
  SELF_CHECK_VERSION_IN_BACKUP,
  serializeBackup,
  SNAPSHOTS_VERSION_IN_BACKUP,
  PLANS_VERSION_IN_BACKUP,
  TEAM_SNAPSHOTS_VERSION_IN_BACKUP,
  TEAM_VERSION_IN_BACKUP,
  COACH_VERSION_IN_BACKUP,
  TEAM_IDENTITY_VERSION_IN_BACKUP,
} from './backup-file.ts'
import { STORED_COACH_VERSION } from './stored-coach.ts'
import { STORED_TEAM_IDENTITY_VERSION } from './stored-team-identity.ts'
import { coachTeams, coachPerson, everywhere } from '../../test-support/coach-fixture.ts'
import type { Response } from '../formats/response.ts'
import { BANK_VERSION } from '../bank/question-bank.ts'
import { STORED_SNAPSHOTS_VERSION, type Snapshot } from './snapshots.ts'
import { STORED_PLANS_VERSION, type StoredPlans } from './stored-plans.ts'
import { STORED_TEAM_SNAPSHOTS_VERSION } from './stored-team-snapshots.ts'
import type { TeamSnapshot } from './team-snapshot.ts'
import {
  createEmptyAssessment,
  STORED_ASSESSMENT_VERSION,
  type StoredAssessment,
} from './stored-assessment.ts'
import { STORED_TEAM_SESSION_VERSION, type StoredTeamSession } from './stored-team-session.ts'
import { countedCheck } from '../../test-support/fuzz-checks.ts'

const check = countedCheck()

const selfCheck: StoredAssessment = {
  bankVersion: BANK_VERSION,
  answers: { 'culture-dev-on-call': 3, 'culture-blame-in-reviews': 'dont-know' },
  dora: { leadTime: 'lt-1d-1w' },
  answeredAt: { 'culture-dev-on-call': 1_700_000_000_000, 'dora:leadTime': 1_700_000_100_000 },
  lastStep: 3,
  setAside: [],
  setAsideAcknowledged: 0,
  resetAt: 1_600_000_000_000,
}

const ana: Response = {
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 4 },
  dora: { deploymentFrequency: 'df-on-demand' },
  alias: 'Ana',
  role: 'qa',
  createdAt: '2026-11-20T09:00:00Z',
}

const team: StoredTeamSession = { sessionName: 'Payments | retro', responses: [ana] }
const versions = { app: '0.1.0', bankVersion: BANK_VERSION }
const exportedAt = new Date('2026-11-21T10:00:00.000Z')

const fileOf = (text: string) => ({ size: text.length, text })
const textWith = (changes: Record<string, unknown>) =>
  JSON.stringify({ ...createBackup({ selfCheck, team }, versions, exportedAt), ...changes })

test('the stored versions a backup holds are the ones the app stores today', () => {
  // When a stored shape changes, the backup version goes up so that new files say which shape they hold, and
  // older backups are still read through the upgrades storage uses (version 1 held the self-check's version 2).
  expect(BACKUP_VERSION).toBe(4)
  expect(SELF_CHECK_VERSION_IN_BACKUP).toBe(STORED_ASSESSMENT_VERSION)
  expect(PLANS_VERSION_IN_BACKUP).toBe(STORED_PLANS_VERSION)
  // The one exception: the team view's compact form (version 2) and its respondent numbers (version 3) are for this
  // browser's storage; a backup keeps each response in full (version 1's shape), as every release so far wrote and
  // read it, and restoring one numbers its responses 1 to n in its order.
  expect(STORED_TEAM_SESSION_VERSION).toBe(3)
  expect(TEAM_VERSION_IN_BACKUP).toBe(1)
  expect(TEAM_SNAPSHOTS_VERSION_IN_BACKUP).toBe(STORED_TEAM_SNAPSHOTS_VERSION)
  expect(COACH_VERSION_IN_BACKUP).toBe(STORED_COACH_VERSION)
  expect(TEAM_IDENTITY_VERSION_IN_BACKUP).toBe(STORED_TEAM_IDENTITY_VERSION)
})

test('a backup names format, versions and time, and reads back exactly', () => {
  const backup = createBackup({ selfCheck, team }, versions, exportedAt)
  const text = serializeBackup(backup)
  expect(JSON.parse(text)).toEqual({
    format: 'calms-radar',
    version: 4,
    app: '0.1.0',
    bankVersion: BANK_VERSION,
    exportedAt: '2026-11-21T10:00:00.000Z',
    selfCheck,
    team,
  })
  expect(parseBackupFile(fileOf(text))).toEqual({ ok: true, value: backup })
})

const baseline: Snapshot = {
  id: 'snapshot-2026-11-26T09:30:15Z',
  takenAt: '2026-11-26T09:30:15Z',
  label: 'Baseline, kickoff',
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 2, 'lean-change-size': 'not-applicable' },
  dora: { timeToRestore: 'ttr-lt-1h' },
}

test('snapshots travel in a backup as they are stored, and read back exactly', () => {
  expect(SNAPSHOTS_VERSION_IN_BACKUP).toBe(STORED_SNAPSHOTS_VERSION)
  const backup = createBackup({ selfCheck, team, snapshots: [baseline] }, versions, exportedAt)
  const text = serializeBackup(backup)
  expect(JSON.parse(text)).toMatchObject({ version: 4, snapshots: [baseline] })
  expect(parseBackupFile(fileOf(text))).toEqual({ ok: true, value: backup })
  const none = createBackup({ selfCheck, team, snapshots: [] }, versions, exportedAt)
  expect(parseBackupFile(fileOf(serializeBackup(none)))).toEqual({ ok: true, value: none })
})

test('a backup with a damaged snapshot is refused, naming the snapshot and field', () => {
  const result = parseBackupFile(fileOf(textWith({ snapshots: [{ ...baseline, label: '' }] })))
  expect(result).toEqual({
    ok: false,
    errors: ['backup: saved snapshots.snapshots.0.label: must not be empty'],
  })
})

test('an empty self-check and team view round-trip too', () => {
  const empty = createBackup(
    {
      selfCheck: createEmptyAssessment(BANK_VERSION),
      team: { sessionName: '', responses: [] },
    },
    versions,
    exportedAt,
  )
  expect(parseBackupFile(fileOf(serializeBackup(empty)))).toEqual({ ok: true, value: empty })
})

test('an unknown file version is refused with a message naming the version', () => {
  const result = parseBackupFile(fileOf(textWith({ version: 5 })))
  expect(result).toEqual({
    ok: false,
    errors: [
      'This backup was made with a newer CALMS Radar (backup file version 5; this app reads up to version 4): reload the page.',
    ],
  })
})

test('an unknown question bank in the self-check is refused, naming the bank version', () => {
  const result = parseBackupFile(fileOf(textWith({ selfCheck: { ...selfCheck, bankVersion: 7 } })))
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.errors[0]).toBe(
      'backup: The saved self-check: This was made with a newer CALMS Radar (question bank version 7; this app knows up to version 3): reload the page.',
    )
  }
})

test('other files are refused with what is wrong', () => {
  const errorOf = (text: string) => {
    const result = parseBackupFile(fileOf(text))
    return result.ok ? '' : result.errors.join(' ')
  }
  expect(errorOf('{')).toMatch(/^Not a CALMS Radar backup: it is not valid JSON/)
  expect(errorOf('[1]')).toBe('Not a CALMS Radar backup: it does not hold a JSON object.')
  expect(errorOf(JSON.stringify({ format: 'calms-radar-response' }))).toBe(
    'Not a CALMS Radar backup: its "format" field is "calms-radar-response", not "calms-radar".',
  )
  expect(errorOf(textWith({ extra: 1 }))).toMatch(/^backup: Unrecognized key: "extra"/)
  expect(errorOf(textWith({ selfCheck: { ...selfCheck, lastStep: 0 } }))).toMatch(
    /saved self-check\.lastStep/,
  )
  expect(errorOf(textWith({ team: { sessionName: 'x', responses: [{ ...ana, bankVersion: 9 }] } }))).toMatch(
    /response 1: This response was made with a newer CALMS Radar \(question bank version 9; this app knows up to version 3\)/,
  )
})

test('a file over 4 MB is refused by its size before anything is parsed', () => {
  const result = parseBackupFile({ size: MAX_BACKUP_BYTES + 1, text: '' })
  expect(result).toEqual({
    ok: false,
    errors: ['Not a CALMS Radar backup: it is 4.0 MB, and a backup is at most 4 MB.'],
  })
})

test('describeContents counts answers (DORA included) and responses', () => {
  expect(describeContents({ selfCheck, team })).toEqual({
    selfCheckAnswers: 3,
    sessionName: 'Payments | retro',
    teamResponses: 1,
  })
})

test('property: arbitrary text, or arbitrary JSON in a backup envelope, never makes the parser throw', () => {
  check(
    'parseBackupFile: arbitrary text',
    100,
    fc.property(fc.string({ maxLength: 300 }), (text) => {
      expect(parseBackupFile(fileOf(text)).ok).toBe(false)
    }),
  )
  check(
    'parseBackupFile: arbitrary JSON in the envelope',
    100,
    fc.property(fc.jsonValue(), fc.jsonValue(), (selfCheckValue, teamValue) => {
      const result = parseBackupFile(fileOf(textWith({ selfCheck: selfCheckValue, team: teamValue })))
      expect(typeof result.ok).toBe('boolean')
    }),
  )
})

// A version 1 backup exactly as "Download JSON backup" of the first exports release saved it.
const VERSION_1_FIXTURE = `{
  "format": "calms-radar",
  "version": 1,
  "app": "0.1.0",
  "bankVersion": 1,
  "exportedAt": "2026-11-21T10:00:00.000Z",
  "selfCheck": {
    "bankVersion": 1,
    "answers": {
      "culture-dev-on-call": 3,
      "lean-change-size": "dont-know",
      "automation-database-migrations": "not-applicable"
    },
    "dora": {
      "leadTime": "lt-1d-1w"
    },
    "answeredAt": {
      "culture-dev-on-call": 1763630000000,
      "lean-change-size": 1763630005000,
      "automation-database-migrations": 1763630009000,
      "dora:leadTime": 1763630012000
    },
    "lastStep": 3,
    "resetAt": 0
  },
  "team": {
    "sessionName": "Payments retro",
    "responses": [
      {
        "bankVersion": 1,
        "answers": {
          "culture-dev-on-call": 4
        },
        "dora": {
          "deploymentFrequency": "df-on-demand"
        },
        "alias": "Ana 🦊",
        "role": "qa",
        "createdAt": "2026-11-20T09:00:00Z"
      }
    ]
  }
}
`

test('a version 1 backup file loads as it was saved', () => {
  expect(parseBackupFile(fileOf(VERSION_1_FIXTURE))).toEqual({
    ok: true,
    value: {
      format: 'calms-radar',
      // Read as the current version: the self-check is brought to bank v2 and then v3, where its three questions
      // keep their answers (both level maps keep level 3; N/A and "Don't know" stay), and gains an empty list of
      // set-aside answers.
      version: 4,
      app: '0.1.0',
      bankVersion: 1,
      exportedAt: '2026-11-21T10:00:00.000Z',
      selfCheck: {
        bankVersion: 3,
        answers: {
          'culture-dev-on-call': 3,
          'lean-change-size': 'dont-know',
          'automation-database-migrations': 'not-applicable',
        },
        dora: { leadTime: 'lt-1d-1w' },
        answeredAt: {
          'culture-dev-on-call': 1_763_630_000_000,
          'lean-change-size': 1_763_630_005_000,
          'automation-database-migrations': 1_763_630_009_000,
          'dora:leadTime': 1_763_630_012_000,
        },
        lastStep: 3,
        resetAt: 0,
        setAside: [],
        setAsideAcknowledged: 0,
      },
      team: {
        sessionName: 'Payments retro',
        responses: [
          {
            bankVersion: 1,
            answers: { 'culture-dev-on-call': 4 },
            dora: { deploymentFrequency: 'df-on-demand' },
            alias: 'Ana 🦊',
            role: 'qa',
            createdAt: '2026-11-20T09:00:00Z',
          },
        ],
      },
    },
  })
})

test('targets and plans travel in a version 3 backup and read back exactly; older files hold none', () => {
  const plans: StoredPlans = {
    selfCheck: {
      targets: { culture: 75 },
      plan: {
        experiments: [
          {
            id: 'e1',
            what: 'Pair on call',
            practice: 'shared-ownership',
            signal: { kind: 'questions', questionIds: ['culture-dev-on-call'] },
            recheckOn: '2026-12-28',
            status: 'doing',
            createdAt: '2026-11-30T10:00:00Z',
          },
        ],
        baselineSnapshotId: 'snapshot-1',
      },
    },
    team: { targets: {}, plan: { experiments: [] } },
  }
  const backup = createBackup({ selfCheck, team, plans }, versions, exportedAt)
  expect(parseBackupFile(fileOf(serializeBackup(backup)))).toEqual({ ok: true, value: backup })
  const damaged = textWith({
    plans: { ...plans, team: { targets: { lean: 33 }, plan: { experiments: [] } } },
  })
  expect(parseBackupFile(fileOf(damaged))).toEqual({
    ok: false,
    errors: ['backup: saved targets and plans.team.targets.lean: must be a multiple of 5'],
  })
  const version2WithPlans = textWith({ version: 2, plans })
  expect(parseBackupFile(fileOf(version2WithPlans)).ok).toBe(false)
})

test('team snapshots travel in a version 3 backup and read back exactly; older files hold none', () => {
  const round: TeamSnapshot = {
    id: 'team-snapshot-1',
    takenAt: '2026-11-26T09:30:15Z',
    label: 'Round of 2026-11-26',
    bankVersion: 1,
    people: [
      { pillarScores: { culture: 75, automation: null, lean: null, measurement: null, sharing: null } },
    ],
    questionLevels: { 'culture-1': { levels: [0, 0, 0, 1, 0], dontKnow: 0, notApplicable: 0, blank: 0 } },
  }
  const backup = createBackup({ selfCheck, team, teamSnapshots: [round] }, versions, exportedAt)
  expect(backup.teamSnapshots).toEqual([round])
  expect(parseBackupFile(fileOf(serializeBackup(backup)))).toEqual({ ok: true, value: backup })
  // A file without them holds none: the key stays absent, as it does for plans.
  const without = parseBackupFile(fileOf(textWith({})))
  expect(without.ok && 'teamSnapshots' in without.value).toBe(false)
  expect(parseBackupFile(fileOf(textWith({ teamSnapshots: [round, round] })))).toEqual({
    ok: false,
    errors: ['backup: saved team snapshots.snapshots: ids must be unique'],
  })
  expect(parseBackupFile(fileOf(textWith({ version: 2, teamSnapshots: [round] })))).toEqual({
    ok: false,
    errors: ['backup: version 2 files hold no "teamSnapshots".'],
  })
})

test("the coach's teams and the team's id travel in a version 4 backup; a version 3 file is still read, without them", () => {
  const coach = coachTeams({
    teamId: 'team-payments-01',
    name: 'Payments',
    date: '2026-11-20',
    people: [coachPerson({ pillars: everywhere(2) })],
    targets: { culture: 75 },
  })
  const teamIdentity = { teamId: 'team-checkout-01', pseudonym: 'Team Kiwi' }
  const backup = createBackup({ selfCheck, team, coach, teamIdentity }, versions, exportedAt)
  expect(backup).toMatchObject({ version: 4, coach, teamIdentity })
  expect(parseBackupFile(fileOf(serializeBackup(backup)))).toEqual({ ok: true, value: backup })

  // Version 3, as the last release wrote it: read, upgraded to 4, with no coach part and no identity.
  const version3 = parseBackupFile(fileOf(textWith({ version: 3 })))
  expect(version3.ok && version3.value.version).toBe(4)
  expect(version3.ok && ('coach' in version3.value || 'teamIdentity' in version3.value)).toBe(false)
  expect(parseBackupFile(fileOf(textWith({ version: 3, coach })))).toEqual({
    ok: false,
    errors: ['backup: version 3 files hold no "coach".'],
  })

  // Checked as strictly as storage: a damaged share code is refused, naming the team, round and response.
  const [first] = coach
  const round = first?.rounds[0]
  if (first === undefined || round === undefined) throw new Error('the fixture has one team with one round')
  const damaged = [{ ...first, rounds: [{ ...round, responses: [`${round.responses[0] ?? ''}x`] }] }]
  const refused = parseBackupFile(fileOf(textWith({ coach: damaged })))
  expect(!refused.ok && refused.errors[0]).toMatch(
    /^backup: saved coach view, team 1, round 1, response 1: This link is damaged or cut off\./,
  )
  expect(parseBackupFile(fileOf(textWith({ teamIdentity: { teamId: 'x', pseudonym: '' } })))).toEqual({
    ok: false,
    errors: ['backup: saved team\'s id and pseudonym.teamId: must be 8 to 64 letters, digits, "-" or "_"'],
  })
})

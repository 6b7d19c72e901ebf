import { describe, expect, test } from 'vitest'
import { formatZodIssues } from '../common/parse-result.ts'
import { bank, p2, team } from '../../test-support/team-fixture.ts'
import { BANK_V2 } from '../bank/versions/bank-v2.ts'
import type { Response } from '../formats/response.ts'
import {
  createTeamSnapshot,
  isSameRound,
  scoreTeamSnapshot,
  teamSnapshotLevels,
  TeamSnapshotSchema,
  type TeamSnapshot,
} from './team-snapshot.ts'

// The team fixture (src/test-support/team-fixture.ts) works out each person's pillar scores:
// P1 culture 75, automation 75, lean none; P2 culture 25, automation none (N/A), lean 0;
// P3 culture 75, automation 100, lean 100; P4 culture 50, automation 50, lean none.
const now = new Date('2026-11-26T09:30:00.250Z')

const created = (): TeamSnapshot => {
  const result = createTeamSnapshot(team, bank, '  Retro 3  ', now, 'team-snapshot-1')
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.value
}

const issues = (value: unknown): string[] => {
  const parsed = TeamSnapshotSchema.safeParse(value)
  return parsed.success ? [] : formatZodIssues(parsed.error)
}

describe('createTeamSnapshot', () => {
  test('per person pillar scores, no names, and per question the answers counted', () => {
    expect(created()).toEqual({
      id: 'team-snapshot-1',
      takenAt: '2026-11-26T09:30:00Z',
      label: 'Retro 3',
      bankVersion: 1,
      people: [
        { pillarScores: { culture: 75, automation: 75, lean: null, measurement: null, sharing: null } },
        { pillarScores: { culture: 25, automation: null, lean: 0, measurement: null, sharing: null } },
        { pillarScores: { culture: 75, automation: 100, lean: 100, measurement: null, sharing: null } },
        { pillarScores: { culture: 50, automation: 50, lean: null, measurement: null, sharing: null } },
      ],
      questionLevels: {
        // 4, 1, 3, 2: one at each of levels 1 to 4
        'culture-1': { levels: [0, 1, 1, 1, 1], dontKnow: 0, notApplicable: 0, blank: 0 },
        // 2, 1, blank, don't know
        'culture-2': { levels: [0, 1, 1, 0, 0], dontKnow: 1, notApplicable: 0, blank: 1 },
        // 3, N/A, 4, 2
        'automation-1': { levels: [0, 0, 1, 1, 1], dontKnow: 0, notApplicable: 1, blank: 0 },
        // don't know, 0, 4, blank
        'lean-1': { levels: [1, 0, 0, 0, 1], dontKnow: 1, notApplicable: 0, blank: 1 },
      },
    })
  })

  test('the label is checked like a self-check snapshot name', () => {
    expect(createTeamSnapshot(team, bank, '   ', now, 'x')).toEqual({
      ok: false,
      errors: ['Snapshot name: must not be empty'],
    })
  })

  test('a response that cannot be brought to the bank is left out', () => {
    const result = createTeamSnapshot([p2, { ...p2, bankVersion: 3 }], bank, 'Round', now, 'x')
    expect(result.ok && result.value.people).toHaveLength(1)
  })
})

describe('TeamSnapshotSchema', () => {
  test('what createTeamSnapshot makes survives JSON and parses back unchanged', () => {
    const snapshot = created()
    expect(TeamSnapshotSchema.parse(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot)
  })

  test('counts must add up to the people, once per question', () => {
    const snapshot = created()
    const broken = {
      ...snapshot,
      questionLevels: {
        ...snapshot.questionLevels,
        'lean-1': { levels: [1, 0, 0, 0, 1], dontKnow: 1, notApplicable: 0, blank: 0 },
      },
    }
    expect(issues(broken)).toEqual([
      'the answers counted for each question must add up to the number of people',
    ])
  })

  test('refuses names, scores out of range, negative counts and bad question ids', () => {
    const snapshot = created()
    expect(
      issues({ ...snapshot, people: [{ pillarScores: snapshot.people[0]?.pillarScores, alias: 'Sam' }] }),
    ).toContain('people.0: Unrecognized key: "alias"')
    const culture = (score: number) => ({
      ...snapshot,
      people: [
        { pillarScores: { culture: score, automation: null, lean: null, measurement: null, sharing: null } },
      ],
      questionLevels: {},
    })
    expect(issues(culture(101))).toHaveLength(1)
    expect(issues(culture(Number.NaN))).toHaveLength(1)
    expect(issues(culture(62.5))).toEqual([])
    const counts = (levels: number[]) => ({
      ...snapshot,
      people: [],
      questionLevels: { 'lean-1': { levels, dontKnow: 0, notApplicable: 0, blank: 0 } },
    })
    expect(issues(counts([-1, 0, 0, 0, 1]))).toHaveLength(1)
    expect(
      issues({ ...snapshot, questionLevels: { __proto__x: snapshot.questionLevels['lean-1'] } }),
    ).toHaveLength(1)
  })
})

describe('scoreTeamSnapshot', () => {
  test('the median of the people per pillar, null where nobody had a score', () => {
    // culture [25, 50, 75, 75] -> (50 + 75) / 2 = 62.5; automation [50, 75, 100] -> 75; lean [0, 100] -> 50
    expect(scoreTeamSnapshot(created())).toEqual({
      culture: 62.5,
      automation: 75,
      lean: 50,
      measurement: null,
      sharing: null,
    })
  })
})

describe('teamSnapshotLevels', () => {
  test('per question the lower median of the levels chosen, as the team page takes it', () => {
    expect(teamSnapshotLevels(created())).toEqual({
      // levels 1, 2, 3, 4: the two middle ones are 2 and 3, the lower is 2
      'culture-1': 2,
      // levels 1, 2 (a blank and a "Don't know" do not count): the lower of the two is 1
      'culture-2': 1,
      // levels 2, 3, 4: the middle one is 3
      'automation-1': 3,
      // levels 0, 4: the lower is 0
      'lean-1': 0,
    })
  })

  test('a question without any level answer is left out', () => {
    const snapshot: TeamSnapshot = {
      ...created(),
      people: [],
      questionLevels: {
        'culture-1': { levels: [0, 0, 0, 0, 0], dontKnow: 0, notApplicable: 0, blank: 0 },
      },
    }
    expect(teamSnapshotLevels(snapshot)).toEqual({})
    const unknown: TeamSnapshot = {
      ...created(),
      people: created().people.slice(0, 2),
      questionLevels: {
        'culture-1': { levels: [0, 0, 0, 0, 0], dontKnow: 1, notApplicable: 1, blank: 0 },
        // both people at level 3
        'lean-1': { levels: [0, 0, 0, 2, 0], dontKnow: 0, notApplicable: 0, blank: 0 },
      },
    }
    expect(teamSnapshotLevels(unknown)).toEqual({ 'lean-1': 3 })
  })
})

describe('isSameRound', () => {
  test('the same people and counts under another name and time are the same round', () => {
    const first = created()
    const again = createTeamSnapshot(team, bank, 'Round of 2026-12-01', new Date('2026-12-01T08:00:00Z'), 'b')
    expect(again.ok && isSameRound(first, again.value)).toBe(true)
  })

  test('one person less, or another bank version, is another round', () => {
    const fewer = createTeamSnapshot(team.slice(1), bank, 'Round', now, 'b')
    expect(fewer.ok && isSameRound(created(), fewer.value)).toBe(false)
    expect(isSameRound(created(), { ...created(), bankVersion: 2 })).toBe(false)
  })
})

test('a team snapshot keeps the targets and the plan of the moment, and only when there are some', () => {
  const responses: Response[] = [
    { bankVersion: 2, answers: { 'culture-dev-on-call': 1 }, dora: {}, createdAt: '2026-11-20T09:00:00Z' },
  ]
  const plan = {
    experiments: [
      {
        id: 'e1',
        what: 'Pair on call',
        practice: 'shared-ownership' as const,
        signal: { kind: 'questions' as const, questionIds: ['culture-dev-on-call'] },
        recheckOn: '2026-12-28',
        status: 'doing' as const,
        createdAt: '2026-11-30T10:00:00Z',
      },
    ],
  }
  const now = new Date('2026-11-30T10:00:00Z')
  const kept = createTeamSnapshot(responses, BANK_V2, 'Round', now, 'r1', { targets: { culture: 75 }, plan })
  expect(kept.ok && kept.value.targets).toEqual({ culture: 75 })
  expect(kept.ok && kept.value.plan).toEqual(plan)
  expect(kept.ok && TeamSnapshotSchema.safeParse(kept.value).success).toBe(true)
  const none = createTeamSnapshot(responses, BANK_V2, 'Round', now, 'r2', {
    targets: {},
    plan: { experiments: [] },
  })
  expect(none.ok && 'targets' in none.value).toBe(false)
  expect(none.ok && 'plan' in none.value).toBe(false)
})

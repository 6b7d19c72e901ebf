import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseBackupFile } from '../storage/backup-file.ts'
import { migrateResponse, migrateResponses } from '../formats/response-migration.ts'
import { parseResponseFile, type Response } from '../formats/response.ts'
import { decodeShareCode, extractShareCode } from '../formats/share-code.ts'
import { SNAPSHOTS_FORMAT } from '../storage/snapshots.ts'
import { compareWithSnapshot, scoreSnapshot } from '../scoring/snapshot-comparison.ts'
import { parseStoredAssessment, upgradeStoredAssessment } from '../storage/stored-assessment.ts'
import { PLANS_FORMAT } from '../storage/stored-plans.ts'
import { parseStoredTeamSession, parseStoredTeamState } from '../storage/stored-team-session.ts'
import { TEAM_SNAPSHOTS_FORMAT } from '../storage/stored-team-snapshots.ts'
import { scoreTeamSnapshot, teamSnapshotLevels } from '../storage/team-snapshot.ts'
import { largestGapsToTarget } from '../scoring/targets.ts'
import { scoreAnswers, scorePillars } from '../scoring/scoring.ts'
import { aggregateTeam } from '../team/team-aggregation.ts'
import type { PillarAnswers } from './answers.ts'
import type { BankVersions, SetAsideAnswer } from './bank-versions.ts'
import { bankForDepth, inferCheckDepth } from './check-depth.ts'
import type { GetBank, QuestionBank } from './question-bank-schema.ts'
import { BANK_V2 } from './versions/bank-v2.ts'
import { BANK_VERSIONS } from './versions/released-banks.ts'

/*
 * Files written under bank version 2 by the release at 62f14f5, captured through its UI in Chromium on 2026-12-04
 * (see the commit that added fixtures/v2): kept for ever, never edited. A facilitator, Ana Lúcia, took the full
 * check, kept snapshots, set targets and made plans for herself and for the team "Payments team retro", which ran
 * two rounds; Zoë took the quick check; a person without a name followed the invitation link and took the quick
 * check; Bram and 陈伟 (Chen Wei) took the full check. They are read here as written, with bank v2, and then as
 * today's app reads them: brought to bank v3 by its migration (versions/migration-v2-v3.ts).
 *
 * Not every reader takes a bank list. Stored targets and plans (and the plans inside snapshots) name questions in
 * experiments' signals but carry no bank version, so nothing brings them to a newer bank: the team plan here
 * watches culture-last-tool-adoption, which bank v3 renamed (the plan's signal is followed by its rename where
 * signals are read). aggregateTeam (like the team findings, the role split, the answers CSV and
 * createTeamSnapshot) brings responses over with the app's own BANK_VERSIONS.
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/v2/${name}`, import.meta.url), 'utf8')
const links = JSON.parse(fixture('share-links.json')) as Record<'quick' | 'full' | 'quick-invited', string>
const storedQuick = fixture('stored-self-check-quick.json')
const storedInvited = fixture('stored-self-check-invited.json')
const storedFull = fixture('stored-self-check-full.json')
const storedTeam = fixture('stored-team-view.json')
const storedSnapshots = fixture('stored-snapshots.json')
const storedTeamSnapshots = fixture('stored-team-snapshots.json')
const storedPlans = fixture('stored-plans.json')
const backupFile = fixture('backup-file.json')
const responseFile = fixture('response-file.json')

const SESSION = 'Payments team retro'

// Ana Lúcia's full check as she left it (two answers changed after the baseline: red build 0 -> 2, user
// feedback 0 -> 1), in the response file, the "full" link, the stored self-check and the backup.
const ANA: PillarAnswers = {
  'culture-dev-on-call': 3,
  'culture-blame-in-reviews': 2,
  'culture-postmortem-actions': 'not-applicable',
  'culture-raising-concerns': 4,
  'culture-owning-mistakes': 1,
  'culture-last-tool-adoption': 'dont-know',
  'automation-repeated-toil': 2,
  'automation-planned-time': 1,
  'automation-config-in-version-control': 4,
  'automation-database-migrations': 'not-applicable',
  'automation-ci-every-commit': 3,
  'automation-red-build': 2,
  'automation-pipeline-release': 2,
  'automation-infrastructure-as-code': 'dont-know',
  'lean-change-size': 3,
  'lean-handoffs': 1,
  'lean-wip-per-person': 'dont-know',
  'lean-branch-lifetime': 4,
  'lean-environment-wait': 'not-applicable',
  'lean-test-feedback': 2,
  'lean-user-feedback': 1,
  'measurement-service-telemetry': 3,
  'measurement-ask-new-questions': 2,
  'measurement-incident-detection': 'not-applicable',
  'measurement-delivery-metrics': 'dont-know',
  'measurement-metrics-use': 1,
  'measurement-stability-with-speed': 4,
  'sharing-pipeline-ownership': 0,
  'sharing-operations-skills': 3,
  'sharing-published-postmortems': 4,
  'sharing-solved-elsewhere': 2,
  'sharing-common-tooling': 'dont-know',
}
const ANA_BASELINE: PillarAnswers = { ...ANA, 'automation-red-build': 0, 'lean-user-feedback': 0 }
const ANA_DORA = {
  deploymentFrequency: 'df-daily-weekly',
  leadTime: 'lt-1d-1w',
  changeFailureRate: 'dont-know',
  timeToRestore: 'ttr-1h-1d',
}

// Zoë's quick check: the 14 quick questions.
const ZOE: PillarAnswers = {
  'culture-dev-on-call': 1,
  'culture-blame-in-reviews': 3,
  'culture-last-tool-adoption': 'not-applicable',
  'automation-repeated-toil': 4,
  'automation-config-in-version-control': 2,
  'automation-ci-every-commit': 'dont-know',
  'automation-pipeline-release': 1,
  'automation-infrastructure-as-code': 'not-applicable',
  'lean-change-size': 0,
  'lean-handoffs': 2,
  'measurement-ask-new-questions': 'dont-know',
  'measurement-stability-with-speed': 3,
  'sharing-pipeline-ownership': 2,
  'sharing-solved-elsewhere': 4,
}
const ZOE_DORA = {
  deploymentFrequency: 'df-weekly-monthly',
  leadTime: 'dont-know',
  changeFailureRate: 'cfr-16-20',
  timeToRestore: 'ttr-1d-1w',
}

// The quick check of the person who followed the invitation and gave only a role.
const INVITED: PillarAnswers = {
  'culture-dev-on-call': 0,
  'culture-blame-in-reviews': 1,
  'culture-last-tool-adoption': 'dont-know',
  'automation-repeated-toil': 1,
  'automation-config-in-version-control': 3,
  'automation-ci-every-commit': 2,
  'automation-pipeline-release': 2,
  'automation-infrastructure-as-code': 1,
  'lean-change-size': 1,
  'lean-handoffs': 0,
  'measurement-ask-new-questions': 1,
  'measurement-stability-with-speed': 'dont-know',
  'sharing-pipeline-ownership': 1,
  'sharing-solved-elsewhere': 2,
}
const INVITED_DORA = {
  deploymentFrequency: 'df-monthly-6m',
  leadTime: 'lt-1m-6m',
  changeFailureRate: 'dont-know',
  timeToRestore: 'dont-know',
}

const aside = (
  questionId: string,
  answer: SetAsideAnswer['answer'],
  reason: SetAsideAnswer['reason'],
): SetAsideAnswer => ({ bankVersion: 2, questionId, answer, reason })

const without = (answers: PillarAnswers, ...ids: string[]): PillarAnswers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)))

/*
 * Brought to bank v3, worked by hand from its migration: culture-last-tool-adoption is renamed
 * culture-tool-adoption (levels 0 1 2 3 4 -> 0 1 1 2 4); lean-test-feedback is removed (its answer set aside,
 * "question-removed"); levels move on dev-on-call (-> 1 2 2 3 4), blame-in-reviews (-> 1 1 2 3 4), owning-mistakes
 * (-> 0 1 2 3 -), planned-time (-> 0 2 1 3 4), pipeline-release (-> 0 - 1 2 4), ask-new-questions (-> 0 1 0 3 4),
 * delivery-metrics (-> 0 0 - 4 4), stability-with-speed (-> 0 1 - 3 -), pipeline-ownership (-> 0 1 - 3 4) and
 * solved-elsewhere (-> 0 0 1 2 3), where "-" sets the answer aside ("no-matching-option"); a "Not applicable" on
 * postmortem-actions or published-postmortems meant "no reviews", level 0 now. Set-aside answers come in bank v2's
 * order.
 */
const ANA_IN_V3: PillarAnswers = {
  ...without(ANA, 'culture-last-tool-adoption', 'lean-test-feedback', 'measurement-stability-with-speed'),
  'culture-postmortem-actions': 0,
  'culture-tool-adoption': 'dont-know',
  'automation-planned-time': 2,
  'automation-pipeline-release': 1,
  'measurement-ask-new-questions': 0,
  'sharing-solved-elsewhere': 1,
}
const ANA_SET_ASIDE_IN_V3 = [
  aside('lean-test-feedback', 2, 'question-removed'),
  aside('measurement-stability-with-speed', 4, 'no-matching-option'),
]
const ZOE_IN_V3: PillarAnswers = {
  ...without(ZOE, 'culture-last-tool-adoption', 'automation-pipeline-release', 'sharing-pipeline-ownership'),
  'culture-dev-on-call': 2,
  'culture-tool-adoption': 'not-applicable',
  'sharing-solved-elsewhere': 3,
}
const ZOE_SET_ASIDE_IN_V3 = [
  aside('automation-pipeline-release', 1, 'no-matching-option'),
  aside('sharing-pipeline-ownership', 2, 'no-matching-option'),
]
const INVITED_IN_V3: PillarAnswers = {
  ...without(INVITED, 'culture-last-tool-adoption'),
  'culture-dev-on-call': 1,
  'culture-tool-adoption': 'dont-know',
  'automation-pipeline-release': 1,
  'sharing-solved-elsewhere': 1,
}

const TODAY = {
  versions: BANK_VERSIONS,
  bankVersion: 3,
  ana: ANA_IN_V3,
  anaSetAside: ANA_SET_ASIDE_IN_V3,
  zoe: ZOE_IN_V3,
  zoeSetAside: ZOE_SET_ASIDE_IN_V3,
  invited: INVITED_IN_V3,
  invitedSetAside: [],
  /*
   * Ana in bank v3, level scores 0/25/50/75/100, N/A and "Don't know" left out:
   * Culture (75 + 50 + 0 + 100 + 25) / 5 = 50; Automation (50 + 50 + 100 + 75 + 50 + 25) / 6 = 350/6;
   * Lean (75 + 25 + 100 + 25) / 4 = 56.25; Measurement (75 + 0 + 25) / 3 = 100/3;
   * Sharing (0 + 75 + 100 + 25) / 4 = 50.
   */
  anaPillars: [50, 350 / 6, 56.25, 100 / 3, 50],
  /*
   * Across versions both sides are scored on the 31 questions both banks ask (32 in v2 minus lean-test-feedback;
   * lean-review-wait, new, is left out). The baseline (red build 0, user feedback 0) brought to v3: Automation
   * (50 + 50 + 100 + 75 + 0 + 25) / 6 = 50 against today's 350/6.
   */
  comparedAutomation: { current: 350 / 6, previous: 50 },
  sharedQuestions: { count: 31, snapshotBankVersion: 2 },
  /*
   * Automation in bank v3: Zoë (100 + 50) / 2 = 75 (pipeline set aside, N/A and "Don't know" left out), Bram
   * (75 + 25 + 75 + 50 + 100 + 75 + 50 + 50) / 8 = 62.5, invited (25 + 75 + 50 + 25 + 25) / 5 = 40, Chen
   * (100 + 75 + 100 + 100 + 100 + 50 + 100) / 7 = 89.29, Ana 58.33; sorted 40, 58.33, 62.5, 75, 89.29: median 62.5.
   */
  teamAutomationMedian: 62.5,
  /*
   * Zoë 2 (pipeline-release 1, pipeline-ownership 2), Bram 1 (test feedback), invited 0, Chen 3 (owning-mistakes 4,
   * test feedback, stability-with-speed 4), Ana 2 (test feedback, stability-with-speed 4).
   */
  teamSetAside: 8,
} as const

/** A link's response with the question order of its own bank, not yet brought to another. */
function decodeLink(link: string, getBank: GetBank = BANK_VERSIONS.getBank): Response {
  const code = extractShareCode(link)
  if (code === undefined) throw new Error('no code in the link')
  const decoded = decodeShareCode(code, getBank)
  if (!decoded.ok) throw new Error(decoded.errors.join(' '))
  return decoded.value
}

/** A link's response brought to the bank list's current bank, as the shared page and the team view read it. */
function readLink(link: string, versions: BankVersions): { response: Response; setAside: SetAsideAnswer[] } {
  const migrated = migrateResponse(decodeLink(link, versions.getBank), versions)
  if (!migrated.ok) throw new Error(migrated.errors.join(' '))
  return migrated.value
}

/** A stored self-check as written (stored format 3), before any bank migration. */
function openStoredSelfCheck(raw: string) {
  const parsed = parseStoredAssessment(raw)
  if (!parsed.ok) throw new Error(parsed.errors.join(' '))
  if (parsed.value.version !== 3) throw new Error(`stored format ${parsed.value.version}, 3 expected`)
  return parsed.value.state
}

/** A stored self-check as the self-check store reads it: opened, then brought to the bank list's current bank. */
function readStoredSelfCheck(raw: string, versions: BankVersions) {
  const upgraded = upgradeStoredAssessment(openStoredSelfCheck(raw), 3, versions)
  if (!upgraded.ok) throw new Error(upgraded.errors.join(' '))
  return upgraded.value
}

function readTeamView(raw: string, versions: BankVersions) {
  // As the team store reads it: the text opened, then the state checked against its version.
  const opened = parseStoredTeamSession(raw, versions.getBank)
  if (!opened.ok) throw new Error(opened.errors.join(' '))
  const team = parseStoredTeamState(opened.value.state, opened.value.version, versions.getBank)
  if (!team.ok) throw new Error(team.errors.join(' '))
  return team.value
}

function readSnapshots() {
  const parsed = SNAPSHOTS_FORMAT.parse(storedSnapshots)
  if (!parsed.ok) throw new Error(parsed.errors.join(' '))
  return parsed.value
}

function readTeamSnapshots() {
  const parsed = TEAM_SNAPSHOTS_FORMAT.parse(storedTeamSnapshots)
  if (!parsed.ok) throw new Error(parsed.errors.join(' '))
  return parsed.value
}

function readPlans() {
  const parsed = PLANS_FORMAT.parse(storedPlans)
  if (!parsed.ok) throw new Error(parsed.errors.join(' '))
  return parsed.value
}

const pillarScores = (bank: QuestionBank, answers: PillarAnswers) =>
  scorePillars(bank, answers).map((pillar) => pillar.score)

describe('the v2 files are kept as the release wrote them', () => {
  test('stored values are compact JSON without a final newline, as localStorage held them', () => {
    for (const raw of [
      storedQuick,
      storedInvited,
      storedFull,
      storedTeam,
      storedSnapshots,
      storedTeamSnapshots,
      storedPlans,
    ]) {
      expect(JSON.stringify(JSON.parse(raw))).toBe(raw)
    }
  })

  test('downloaded files are indented by two spaces and end with a newline, as the app serialises them', () => {
    for (const raw of [backupFile, responseFile]) {
      expect(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`).toBe(raw)
    }
  })
})

/*
 * What each file holds as written, opened by today's readers and scored with bank v2, the bank it was written
 * with: true whatever bank the app asks later. The describe.each below brings the files to today's bank.
 */
describe('v2 files as written', () => {
  test('the quick self-check: its answers, depth, profile and quick-check scores', () => {
    const selfCheck = openStoredSelfCheck(storedQuick)
    expect(selfCheck.answers).toEqual(ZOE)
    expect(selfCheck.dora).toEqual(ZOE_DORA)
    expect(selfCheck.depth).toBe('quick')
    expect(selfCheck.profile).toEqual({ alias: 'Zoë 🚀', role: 'developer' })
    expect(selfCheck.invitation).toBeUndefined()
    expect(selfCheck.lastStep).toBe(6)
    // Asked at the quick depth, N/A and "Don't know" left out: Culture (25 + 75) / 2 = 50, Automation
    // (100 + 50 + 25) / 3 = 175/3, Lean (0 + 50) / 2 = 25, Measurement 75 / 1, Sharing (50 + 100) / 2 = 75.
    expect(pillarScores(bankForDepth(BANK_V2, 'quick'), selfCheck.answers)).toEqual([50, 175 / 3, 25, 75, 75])
    // The latest answer, the last DORA one, at 18:41:23.524 UTC.
    expect(selfCheck.answeredAt['dora:timeToRestore']).toBe(Date.UTC(2026, 11, 4, 18, 41, 23, 524))
  })

  test('the invited quick check keeps its session; the release stored its depth as "full"', () => {
    const selfCheck = openStoredSelfCheck(storedInvited)
    expect(selfCheck.answers).toEqual(INVITED)
    expect(selfCheck.dora).toEqual(INVITED_DORA)
    expect(selfCheck.invitation).toBe(SESSION)
    expect(selfCheck.profile).toEqual({ alias: '', role: 'product' })
    // Accepting the invitation wrote the self-check first, and the next write ("Start quick check") merged with
    // that copy as if another tab disagreed on the depth: the release wrote "full" for a quick check.
    expect(selfCheck.depth).toBe('full')
    // Its answers are still those of the quick questions only, so a share code or response reads as quick.
    expect(inferCheckDepth(BANK_V2, selfCheck.answers)).toBe('quick')
    // Culture (0 + 25) / 2 = 12.5, Automation (25 + 75 + 50 + 50 + 25) / 5 = 45, Lean (25 + 0) / 2 = 12.5,
    // Measurement 25 / 1, Sharing (25 + 50) / 2 = 37.5.
    expect(pillarScores(bankForDepth(BANK_V2, 'quick'), selfCheck.answers)).toEqual([
      12.5, 45, 12.5, 25, 37.5,
    ])
  })

  test('the full self-check: its answers, no depth stored (the full check), its profile and last step', () => {
    const selfCheck = openStoredSelfCheck(storedFull)
    expect(selfCheck.answers).toEqual(ANA)
    expect(selfCheck.dora).toEqual(ANA_DORA)
    expect(selfCheck.depth).toBeUndefined()
    expect(selfCheck.invitation).toBeUndefined()
    expect(selfCheck.profile).toEqual({ alias: 'Ana Lúcia', role: 'operations' })
    // The last answer changed through "Change this answer" was on step 3 (Lean).
    expect(selfCheck.lastStep).toBe(3)
    // 32 questions: 23 levels, 5 "Don't know", 4 N/A; overall (250 + 350 + 275 + 250 + 225) / 23.
    expect(scoreAnswers(BANK_V2, selfCheck.answers).overall).toMatchObject({
      answered: 32,
      scored: 23,
      dontKnow: 5,
      notApplicable: 4,
      score: 1350 / 23,
    })
  })

  test('the team view: five people, quick and full, with their names, roles and medians', () => {
    const team = readTeamView(storedTeam, BANK_VERSIONS)
    expect(team.sessionName).toBe(SESSION)
    expect(team.responses.map((r) => [r.alias, r.role, inferCheckDepth(BANK_V2, r.answers)])).toEqual([
      ['Zoë 🚀', 'developer', 'quick'],
      ['Bram', 'qa', 'full'],
      [undefined, 'product', 'quick'],
      ['陈伟 (Chen Wei)', 'manager', 'full'],
      ['Ana Lúcia', 'operations', 'full'],
    ])
    // Chen left lean-environment-wait blank: 31 answers.
    expect(team.responses.map((r) => Object.keys(r.answers).length)).toEqual([14, 32, 14, 31, 32])
    const pillars = aggregateTeam(team.responses, BANK_V2).pillars
    /*
     * Culture: Zoë 50, Bram (75 + 75 + 75 + 50 + 75 + 50) / 6 = 66.67, invited 12.5, Chen
     * (100 + 75 + 100 + 75 + 100 + 75) / 6 = 87.5, Ana 62.5; sorted 12.5, 50, 62.5, 66.67, 87.5: median 62.5.
     * Lean: Zoë 25, Bram (50 + 50 + 75 + 25 + 75 + 50) / 6 = 54.17, invited 12.5, Chen
     * (75 + 75 + 50 + 75 + 100 + 75) / 6 = 75, Ana 55; sorted 12.5, 25, 54.17, 55, 75: median 325/6.
     */
    expect(pillars.culture.summary?.median).toBe(62.5)
    expect(pillars.lean.summary?.median).toBe(325 / 6)
    expect(pillars.culture.respondents).toBe(5)
  })

  test('the response file and the "full" link hold Ana Lúcia’s answers, and so does the team view', () => {
    const fromFile = parseResponseFile(responseFile, BANK_VERSIONS.getBank)
    if (!fromFile.ok) throw new Error(fromFile.errors.join(' '))
    expect(fromFile.value).toEqual({
      bankVersion: 2,
      answers: ANA,
      dora: ANA_DORA,
      alias: 'Ana Lúcia',
      role: 'operations',
      // The time of her latest answer: the user feedback one, changed at 18:41:57.
      createdAt: '2026-12-04T18:41:57Z',
    })
    expect(decodeLink(links.full)).toEqual(fromFile.value)
    const team = readTeamView(storedTeam, BANK_VERSIONS)
    expect(team.responses[4]).toEqual(fromFile.value)
    expect(team.responses[0]).toEqual(decodeLink(links.quick))
    expect(team.responses[2]).toEqual(decodeLink(links['quick-invited']))
  })

  test('the snapshots: a baseline, the plan’s and one with targets and plan, each scored by its answers', () => {
    const { version, state } = readSnapshots()
    expect(version).toBe(2)
    const { snapshots } = state
    expect(snapshots.map((s) => [s.id, s.label, s.bankVersion])).toEqual([
      ['snapshot-2026-12-04T18:41:52Z', 'Baseline, kickoff workshop', 2],
      ['snapshot-2026-12-04T18:41:58Z', 'Plan made', 2],
      ['snapshot-2026-12-04T18:41:59Z', 'After the first retro', 2],
    ])
    const [baseline, planMade, later] = snapshots
    if (baseline === undefined || planMade === undefined || later === undefined) throw new Error('3 expected')
    expect(baseline.answers).toEqual(ANA_BASELINE)
    expect(baseline.dora).toEqual(ANA_DORA)
    expect([baseline.targets, baseline.plan]).toEqual([undefined, undefined])
    // Culture 62.5, Automation (50 + 25 + 100 + 75 + 0 + 50) / 6 = 50, Lean (75 + 25 + 100 + 50 + 0) / 5 = 50,
    // Measurement 62.5, Sharing 56.25.
    expect(scoreSnapshot(baseline, BANK_VERSIONS.getBank)?.pillars.map((p) => p.score)).toEqual([
      62.5, 50, 50, 62.5, 56.25,
    ])
    expect(planMade.answers).toEqual(ANA)
    // "Plan made" is kept as the first experiment goes in: the targets were set, the plan was still empty.
    expect(planMade.plan).toBeUndefined()
    const plans = readPlans().state
    expect(planMade.targets).toEqual(plans.selfCheck.targets)
    expect(plans.selfCheck.plan.baselineSnapshotId).toBe(planMade.id)
    expect(later.targets).toEqual(plans.selfCheck.targets)
    expect(later.plan).toEqual(plans.selfCheck.plan)
    expect(scoreSnapshot(later, BANK_VERSIONS.getBank)?.pillars.map((p) => p.score)).toEqual([
      62.5,
      350 / 6,
      55,
      62.5,
      56.25,
    ])
  })

  test('the targets and plans: targets on several pillars, three experiments each, edited, started and closed', () => {
    const { version, state } = readPlans()
    expect(version).toBe(1)
    expect(state.selfCheck.targets).toEqual({ culture: 80, automation: 75, lean: 65, sharing: 70 })
    expect(state.team.targets).toEqual({ culture: 75, automation: 70, measurement: 60 })
    const summary = (plan: typeof state.selfCheck.plan) =>
      plan.experiments.map((e) => [e.practice, e.signal, e.status, e.owner, e.recheckOn, e.learned])
    const questions = (id: string) => ({ kind: 'questions', questionIds: [id] })
    expect(summary(state.selfCheck.plan)).toEqual([
      [
        'psychological-safety',
        questions('culture-owning-mistakes'),
        'planned',
        'Ana',
        '2027-01-01',
        undefined,
      ],
      [
        'blameless-postmortems',
        questions('culture-blame-in-reviews'),
        'doing',
        undefined,
        '2027-01-01',
        undefined,
      ],
      [
        'shared-ownership',
        questions('culture-dev-on-call'),
        'done',
        undefined,
        '2027-01-01',
        'Two developers took the alert for a month; nobody needed the backup.',
      ],
    ])
    expect(state.selfCheck.plan.experiments[0]?.what).toBe(
      'At each weekly retro one of us names a mistake of our own first, starting with the team lead.',
    )
    expect(summary(state.team.plan)).toEqual([
      ['not-just-tools', questions('culture-last-tool-adoption'), 'planned', 'Bram', '2027-01-15', undefined],
      [
        'shared-ownership',
        questions('culture-dev-on-call'),
        'dropped',
        undefined,
        '2027-01-01',
        'Nobody had time for it this sprint.',
      ],
      [
        'blameless-postmortems',
        questions('culture-blame-in-reviews'),
        'doing',
        undefined,
        '2027-01-01',
        undefined,
      ],
    ])
    expect(state.team.plan.baselineSnapshotId).toBe('team-snapshot-2026-12-04T18:41:54Z')
    expect(state.selfCheck.recheckStartedOn).toBeUndefined()
    /*
     * Ana's gaps to her targets, target minus the rounded score: Culture 80 - 63 = 17, Automation 75 - 58 = 17,
     * Lean 65 - 55 = 10, Sharing 70 - 56 = 14; largest first, equal ones in CALMS order.
     */
    const gaps = largestGapsToTarget(scoreAnswers(BANK_V2, ANA), state.selfCheck.targets)
    expect(gaps.map((gap) => [gap.pillar, gap.gap])).toEqual([
      ['culture', 17],
      ['automation', 17],
      ['sharing', 14],
      ['lean', 10],
    ])
  })

  test('the team snapshots: two rounds and the plan’s, with people’s scores and the team’s medians', () => {
    const { version, state } = readTeamSnapshots()
    expect(version).toBe(1)
    const { snapshots } = state
    expect(snapshots.map((s) => [s.id, s.label, s.bankVersion, s.people.length])).toEqual([
      ['team-snapshot-2026-12-04T18:41:53Z', 'Round of 2026-12-04', 2, 3],
      ['team-snapshot-2026-12-04T18:41:54Z', 'Plan made', 2, 3],
      ['team-snapshot-2026-12-04T18:41:56Z', 'Round of 2026-12-04', 2, 4],
    ])
    const [first, planMade, second] = snapshots
    if (first === undefined || planMade === undefined || second === undefined) throw new Error('3 expected')
    const plans = readPlans().state
    expect([first.targets, first.plan]).toEqual([undefined, undefined])
    expect([planMade.targets, planMade.plan]).toEqual([plans.team.targets, undefined])
    expect([second.targets, second.plan]).toEqual([plans.team.targets, plans.team.plan])
    // Round 1 (Zoë, Bram before his change, invited): Culture 50, (50 + 75 + 75 + 50 + 75 + 50) / 6 = 62.5 and
    // 12.5; median 50.
    expect(scoreTeamSnapshot(first).culture).toBe(50)
    // Round 2 (Bram, Chen, Ana's baseline, invited): Culture 66.67, 87.5, 62.5, 12.5; sorted 12.5, 62.5, 66.67,
    // 87.5; an even count's median is the mean of the middle two: (62.5 + 400/6) / 2 = 775/12.
    expect(scoreTeamSnapshot(second).culture).toBeCloseTo(775 / 12, 10)
    // Measurement: Bram (25 + 50 + 0 + 25) / 4 = 25, Chen 87.5, Ana 62.5, invited 25; (25 + 62.5) / 2 = 43.75.
    expect(scoreTeamSnapshot(second).measurement).toBe(43.75)
    // Round 2's counts for lean-handoffs: Bram 2, Chen 3, Ana 1, invited 0.
    expect(second.questionLevels['lean-handoffs']).toEqual({
      levels: [1, 1, 1, 1, 0],
      dontKnow: 0,
      notApplicable: 0,
      blank: 0,
    })
  })

  test('the backup holds the full self-check, the team view, the snapshots, the plans and the team snapshots', () => {
    const parsed = parseBackupFile({ size: Buffer.byteLength(backupFile), text: backupFile }, BANK_VERSIONS)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    const backup = parsed.value
    // Written as backup version 3, read as the version this app writes (4): it holds no coach's teams.
    expect(JSON.parse(backupFile)).toMatchObject({ version: 3 })
    expect('coach' in backup).toBe(false)
    expect([backup.version, backup.app, backup.bankVersion, backup.exportedAt]).toEqual([
      4,
      '0.1.0',
      2,
      '2026-12-04T18:42:00.025Z',
    ])
    expect(backup.selfCheck).toEqual(readStoredSelfCheck(storedFull, BANK_VERSIONS))
    // A backup keeps the team view in version 1's shape, without the stored respondent numbers.
    const { sessionName, responses } = readTeamView(storedTeam, BANK_VERSIONS)
    expect(backup.team).toEqual({ sessionName, responses })
    expect(backup.snapshots).toEqual(readSnapshots().state.snapshots)
    expect(backup.plans).toEqual(readPlans().state)
    expect(backup.teamSnapshots).toEqual(readTeamSnapshots().state.snapshots)
  })
})

describe('v2 files read today (bank v3)', () => {
  const expected = TODAY
  const { versions } = expected
  const bank = versions.current

  test('share links: a quick and a full check and an invited quick check, with names, roles and times', () => {
    const quick = readLink(links.quick, versions)
    expect(quick.response).toEqual({
      bankVersion: expected.bankVersion,
      answers: expected.zoe,
      dora: ZOE_DORA,
      alias: 'Zoë 🚀',
      role: 'developer',
      createdAt: '2026-12-04T18:41:23Z',
    })
    expect(quick.setAside).toEqual(expected.zoeSetAside)
    expect(inferCheckDepth(bank, quick.response.answers)).toBe('quick')

    const full = readLink(links.full, versions)
    expect(full.response.answers).toEqual(expected.ana)
    expect(full.setAside).toEqual(expected.anaSetAside)
    expect([full.response.alias, full.response.role, full.response.createdAt]).toEqual([
      'Ana Lúcia',
      'operations',
      '2026-12-04T18:41:57Z',
    ])
    expect(inferCheckDepth(bank, full.response.answers)).toBe('full')

    const invited = readLink(links['quick-invited'], versions)
    expect(invited.response.answers).toEqual(expected.invited)
    expect(invited.response.dora).toEqual(INVITED_DORA)
    expect(invited.setAside).toEqual(expected.invitedSetAside)
    expect([invited.response.alias, invited.response.role, invited.response.createdAt]).toEqual([
      undefined,
      'product',
      '2026-12-04T18:41:38Z',
    ])
  })

  test('the response file holds the full check, scored by hand', () => {
    const parsed = parseResponseFile(responseFile, versions.getBank)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    const migrated = migrateResponse(parsed.value, versions)
    if (!migrated.ok) throw new Error(migrated.errors.join(' '))
    expect(migrated.value.response.answers).toEqual(expected.ana)
    expect(migrated.value.response.dora).toEqual(ANA_DORA)
    expect(migrated.value.setAside).toEqual(expected.anaSetAside)
    expect(pillarScores(bank, migrated.value.response.answers)).toEqual(expected.anaPillars)
  })

  test('stored self-checks keep answers, times, depth, profile and invitation; what has no place is set aside', () => {
    const full = readStoredSelfCheck(storedFull, versions)
    expect(full.bankVersion).toBe(expected.bankVersion)
    expect(full.answers).toEqual(expected.ana)
    expect(full.dora).toEqual(ANA_DORA)
    expect(full.setAside).toEqual(expected.anaSetAside)
    expect(full.profile).toEqual({ alias: 'Ana Lúcia', role: 'operations' })
    expect(pillarScores(bank, full.answers)).toEqual(expected.anaPillars)
    // lean-handoffs was answered at 18:41:49.066 UTC; a renamed question's time moves with its answer.
    expect(full.answeredAt['lean-handoffs']).toBe(Date.UTC(2026, 11, 4, 18, 41, 49, 66))
    expect(full.answeredAt['culture-tool-adoption']).toBe(
      openStoredSelfCheck(storedFull).answeredAt['culture-last-tool-adoption'],
    )
    expect(full.answeredAt['culture-tool-adoption']).toBeDefined()
    expect(full.answeredAt['dora:timeToRestore']).toBe(Date.UTC(2026, 11, 4, 18, 41, 51, 352))

    const quick = readStoredSelfCheck(storedQuick, versions)
    expect([quick.answers, quick.dora, quick.setAside]).toEqual([
      expected.zoe,
      ZOE_DORA,
      expected.zoeSetAside,
    ])
    expect([quick.depth, quick.profile]).toEqual(['quick', { alias: 'Zoë 🚀', role: 'developer' }])
    /*
     * At the quick depth of bank v3: Culture (50 + 75) / 2 = 62.5 (on-call 1 -> 2; the N/A not scored), Automation
     * (100 + 50) / 2 = 75 (pipeline-release set aside, infrastructure's N/A and CI's "Don't know" left out), Lean
     * (0 + 50) / 2 = 25, Measurement 75, Sharing 75 (solved-elsewhere 4 -> 3; pipeline-ownership set aside).
     */
    expect(pillarScores(bankForDepth(bank, 'quick'), quick.answers)).toEqual([62.5, 75, 25, 75, 75])

    const invited = readStoredSelfCheck(storedInvited, versions)
    expect([invited.answers, invited.setAside]).toEqual([expected.invited, expected.invitedSetAside])
    expect([invited.invitation, invited.depth]).toEqual([SESSION, 'full'])
  })

  test('the team view: every response comes over, and the team medians follow', () => {
    const team = readTeamView(storedTeam, versions)
    expect(team.responses.map((response) => response.bankVersion)).toEqual([2, 2, 2, 2, 2])
    const migrated = migrateResponses(team.responses, versions)
    expect([migrated.excluded, migrated.setAside]).toEqual([0, expected.teamSetAside])
    expect(migrated.responses.map((response) => response.answers['lean-change-size'])).toEqual([
      0, 2, 1, 3, 3,
    ])
    expect(migrated.responses[4]?.answers).toEqual(expected.ana)
    const pillars = aggregateTeam(migrated.responses, bank).pillars
    expect(pillars.automation.summary?.median).toBe(expected.teamAutomationMedian)
    /*
     * Culture in bank v3: Zoë (50 + 75) / 2 = 62.5, Bram (75 + 75 + 75 + 50 + 75 + 25) / 6 = 62.5 (tool adoption
     * 2 -> 1), invited (25 + 25) / 2 = 25, Chen (100 + 75 + 100 + 75 + 50) / 5 = 80 (owning-mistakes 4 set aside),
     * Ana 50; sorted 25, 50, 62.5, 62.5, 80: median 62.5.
     */
    expect(pillars.culture.summary?.median).toBe(62.5)
  })

  test('the backup restores the self-check with what is set aside, the team view and comparable snapshots', () => {
    const parsed = parseBackupFile({ size: Buffer.byteLength(backupFile), text: backupFile }, versions)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    const backup = parsed.value
    expect(backup.selfCheck.bankVersion).toBe(expected.bankVersion)
    expect(backup.selfCheck.answers).toEqual(expected.ana)
    expect(backup.selfCheck.setAside).toEqual(expected.anaSetAside)
    expect(backup.team.sessionName).toBe(SESSION)
    expect(backup.team.responses.map((response) => response.alias)).toEqual([
      'Zoë 🚀',
      'Bram',
      undefined,
      '陈伟 (Chen Wei)',
      'Ana Lúcia',
    ])
    expect(backup.snapshots?.map((snapshot) => snapshot.bankVersion)).toEqual([2, 2, 2])
    const baseline = backup.snapshots?.[0]
    if (baseline === undefined) throw new Error('a baseline expected')
    // A snapshot is scored with its own bank, whatever bank the app asks.
    expect(scoreSnapshot(baseline, versions.getBank)?.pillars.map((pillar) => pillar.score)).toEqual([
      62.5, 50, 50, 62.5, 56.25,
    ])
    const comparison = compareWithSnapshot(backup.selfCheck, baseline, versions)
    expect(comparison?.sharedQuestions).toEqual(expected.sharedQuestions)
    expect({
      current: comparison?.current.pillars[1]?.score,
      previous: comparison?.previous.pillars[1]?.score,
    }).toEqual(expected.comparedAutomation)
    // Lean on the shared questions (test feedback gone from both): today (75 + 25 + 100 + 25) / 4 = 56.25, the
    // baseline (75 + 25 + 100 + 0) / 4 = 50.
    expect([comparison?.current.pillars[2]?.score, comparison?.previous.pillars[2]?.score]).toEqual([
      56.25, 50,
    ])
  })

  test('a team snapshot’s levels come over for comparing signals', () => {
    const second = readTeamSnapshots().state.snapshots[2]
    if (second === undefined) throw new Error('three team snapshots expected')
    /*
     * Lower median levels of round 2: lean-handoffs 0, 1, 2, 3 -> 1; culture-last-tool-adoption 2, 3 (two
     * "Don't know") -> 2; automation-pipeline-release 2, 2, 3, 3 -> 2.
     */
    const levels = teamSnapshotLevels(second)
    expect([
      levels['lean-handoffs'],
      levels['culture-last-tool-adoption'],
      levels['automation-pipeline-release'],
    ]).toEqual([1, 2, 2])
    const migrated = versions.migrateAnswers(second.bankVersion, { answers: levels, dora: {} })
    if (!migrated.ok) throw new Error(migrated.errors.join(' '))
    // In bank v3: handoffs stays 1; tool adoption 2 -> 1 under its new id; pipeline-release 2 -> 1.
    expect([
      migrated.value.answers['lean-handoffs'],
      migrated.value.answers['culture-tool-adoption'],
      migrated.value.answers['automation-pipeline-release'],
    ]).toEqual([1, 1, 1])
    /*
     * Set aside: lean-test-feedback (Bram 3, Chen 4, Ana's baseline 2 -> 3), removed; stability-with-speed (Bram 1,
     * Chen 4, Ana 4 -> 4), which has no v3 option. Every other lower median has its place, e.g. owning-mistakes
     * (3, 4, 1 -> 3) and pipeline-ownership (3, 4, 0, 1 -> 1).
     */
    expect(migrated.value.setAside.map((entry) => [entry.questionId, entry.answer, entry.reason])).toEqual([
      ['lean-test-feedback', 3, 'question-removed'],
      ['measurement-stability-with-speed', 4, 'no-matching-option'],
    ])
  })
})

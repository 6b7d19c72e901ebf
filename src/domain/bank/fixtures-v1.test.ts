import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { DORA_METRICS } from '../dora/dora-metrics.ts'
import { parseBackupFile } from '../storage/backup-file.ts'
import { migrateResponse } from '../formats/response-migration.ts'
import { parseResponseFile, type Response } from '../formats/response.ts'
import { decodeShareCode, extractShareCode } from '../formats/share-code.ts'
import { compareWithSnapshot, scoreSnapshot } from '../scoring/snapshot-comparison.ts'
import { parseStoredAssessment, upgradeStoredAssessment } from '../storage/stored-assessment.ts'
import { createBankVersions, type BankVersions } from './bank-versions.ts'
import { DRY_RUN_BANK_V2, DRY_RUN_MIGRATION_V1_V2 } from './fixtures/dry-run-bank-v2.ts'
import type { PillarAnswers } from './answers.ts'
import { BANK_V1 } from './versions/bank-v1.ts'
import { BANK_VERSIONS } from './versions/released-banks.ts'
import { MIGRATION_V1_V2 } from './versions/migration-v1-v2.ts'
import { scorePillars } from '../scoring/scoring.ts'

/*
 * Files written by bank version 1 as the first release wrote them (captured from main on 2026-11-30, see
 * fixtures/v1). They are read here by today's code, which brings them to bank v2 and then v3, and again through a
 * throwaway bank v2 that renames lean-handoffs, removes culture-tools-or-practices, adds a question, swaps two and
 * gives lean-waiting-time a level 3 with no counterpart: every reader must bring them over with only the bank data
 * and its migration changed.
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/v1/${name}`, import.meta.url), 'utf8')
const links = JSON.parse(fixture('share-links.json')) as Record<'all-best' | 'all-worst' | 'mixed', string>
const responseFile = fixture('response-file.json')
const storedSelfCheck = fixture('stored-self-check.json')
const backupFile = fixture('backup-file.json')

const dryRun = createBankVersions([BANK_V1, DRY_RUN_BANK_V2], [DRY_RUN_MIGRATION_V1_V2])
const V1_IDS = BANK_V1.questions.map((question) => question.id)

// The mixed answers, as the response file spells them out.
const MIXED: PillarAnswers = {
  'culture-dev-on-call': 'not-applicable',
  'culture-outcome-ownership': 3,
  'culture-blameless-incident-review': 1,
  'culture-postmortem-actions': 4,
  'culture-raising-concerns': 2,
  'culture-owning-mistakes': 0,
  'culture-tools-or-practices': 'dont-know',
  'automation-repeated-toil': 1,
  'automation-everything-in-git': 2,
  'automation-database-migrations': 'not-applicable',
  'automation-ci-every-commit': 3,
  'automation-red-build': 1,
  'automation-pipeline-release': 'dont-know',
  'automation-infrastructure-as-code': 'not-applicable',
  'automation-rebuild-environment': 0,
  'lean-change-size': 3,
  'lean-work-in-progress': 4,
  'lean-branch-lifetime': 2,
  'lean-handoffs': 'dont-know',
  'lean-waiting-time': 3,
  'lean-test-feedback': 1,
  'lean-user-feedback': 4,
  'measurement-service-telemetry': 2,
  'measurement-ask-new-questions': 0,
  'measurement-delivery-metrics': 'dont-know',
  'measurement-metrics-use': 4,
  'measurement-stability-with-speed': 2,
  'sharing-pipeline-ownership': 0,
  'sharing-operations-skills': 3,
  'sharing-published-postmortems': 1,
  'sharing-cross-team-learning': 4,
  'sharing-common-tooling': 'dont-know',
}
const MIXED_DORA = {
  deploymentFrequency: 'df-weekly-monthly',
  leadTime: 'lt-1w-1m',
  changeFailureRate: 'dont-know',
  timeToRestore: 'ttr-1w-1m',
}

/** The mixed answers after the dry-run migration, worked out by hand from the three changes. */
function mixedInDryRunV2(): PillarAnswers {
  const kept = Object.entries(MIXED).filter(
    ([id]) => id !== 'culture-tools-or-practices' && id !== 'lean-waiting-time',
  )
  return Object.fromEntries(
    kept.map(([id, answer]) => [id === 'lean-handoffs' ? 'lean-teams-per-change' : id, answer]),
  )
}
const MIXED_SET_ASIDE = [
  {
    bankVersion: 1,
    questionId: 'culture-tools-or-practices',
    answer: 'dont-know',
    reason: 'question-removed',
  },
  { bankVersion: 1, questionId: 'lean-waiting-time', answer: 3, reason: 'no-matching-option' },
]

const every = (level: 0 | 4, ids: readonly string[]): PillarAnswers =>
  Object.fromEntries(ids.map((id) => [id, level]))
const DRY_RUN_IDS_FROM_V1 = V1_IDS.filter((id) => id !== 'culture-tools-or-practices').map((id) =>
  id === 'lean-handoffs' ? 'lean-teams-per-change' : id,
)

/*
 * The released bank v2 (versions/migration-v1-v2.ts), worked by hand: nine questions removed, one renamed, and
 * level maps that keep 0 and 4. The mixed answers: culture-owning-mistakes 0 -> 0, automation-repeated-toil 1 -> 2,
 * automation-everything-in-git 2 -> 2 under its new id, automation-ci-every-commit 3 -> 3,
 * measurement-metrics-use 4 -> 4, sharing-published-postmortems 1 -> 0; "Don't know" and "Not applicable" stay
 * (every N/A answered is still offered); the rest keep their level.
 */
const V2_REMOVED = [
  'culture-outcome-ownership',
  'culture-blameless-incident-review',
  'culture-tools-or-practices',
  'automation-rebuild-environment',
  'lean-rollback-scope',
  'lean-work-in-progress',
  'lean-waiting-time',
  'sharing-cross-team-learning',
  'sharing-same-view-of-production',
]
const V2_IDS_FROM_V1 = V1_IDS.filter((id) => !V2_REMOVED.includes(id)).map((id) =>
  id === 'automation-everything-in-git' ? 'automation-config-in-version-control' : id,
)
const MIXED_IN_V2: PillarAnswers = {
  'culture-dev-on-call': 'not-applicable',
  'culture-postmortem-actions': 4,
  'culture-raising-concerns': 2,
  'culture-owning-mistakes': 0,
  'automation-repeated-toil': 2,
  'automation-config-in-version-control': 2,
  'automation-database-migrations': 'not-applicable',
  'automation-ci-every-commit': 3,
  'automation-red-build': 1,
  'automation-pipeline-release': 'dont-know',
  'automation-infrastructure-as-code': 'not-applicable',
  'lean-change-size': 3,
  'lean-branch-lifetime': 2,
  'lean-handoffs': 'dont-know',
  'lean-test-feedback': 1,
  'lean-user-feedback': 4,
  'measurement-service-telemetry': 2,
  'measurement-ask-new-questions': 0,
  'measurement-delivery-metrics': 'dont-know',
  'measurement-metrics-use': 4,
  'measurement-stability-with-speed': 2,
  'sharing-pipeline-ownership': 0,
  'sharing-operations-skills': 3,
  'sharing-published-postmortems': 0,
  'sharing-common-tooling': 'dont-know',
}
const removedInV2 = (questionId: string, answer: string | number) => ({
  bankVersion: 1,
  questionId,
  answer,
  reason: 'question-removed',
})
const MIXED_SET_ASIDE_IN_V2 = [
  removedInV2('culture-outcome-ownership', 3),
  removedInV2('culture-blameless-incident-review', 1),
  removedInV2('culture-tools-or-practices', 'dont-know'),
  removedInV2('automation-rebuild-environment', 0),
  removedInV2('lean-work-in-progress', 4),
  removedInV2('lean-waiting-time', 3),
  removedInV2('sharing-cross-team-learning', 4),
]

/*
 * Then bank v3 (versions/migration-v2-v3.ts), worked by hand: lean-test-feedback is removed (set aside with bank
 * version 2), measurement-stability-with-speed's level 2 has no v3 option (set aside), and
 * culture-owning-mistakes' and stability-with-speed's level 4 have none either; culture-dev-on-call's level 0
 * becomes 1 ("nobody is alerted" is v3's level 0). Every other answer of the mixed ones keeps its level: the maps of
 * planned-time, pipeline-release, ask-new-questions, delivery-metrics, pipeline-ownership keep 0 and 4, and the
 * mixed answers on them are 0, "Don't know" or 4.
 */
const V3_IDS_FROM_V1 = V2_IDS_FROM_V1.filter((id) => id !== 'lean-test-feedback')
const BEST_IN_V3 = every(
  4,
  V3_IDS_FROM_V1.filter(
    (id) => id !== 'culture-owning-mistakes' && id !== 'measurement-stability-with-speed',
  ),
)
const WORST_IN_V3 = { ...every(0, V3_IDS_FROM_V1), 'culture-dev-on-call': 1 }
const MIXED_IN_V3: PillarAnswers = Object.fromEntries(
  Object.entries(MIXED_IN_V2).filter(
    ([id]) => id !== 'lean-test-feedback' && id !== 'measurement-stability-with-speed',
  ),
)
const MIXED_SET_ASIDE_IN_V3 = [
  ...MIXED_SET_ASIDE_IN_V2,
  { bankVersion: 2, questionId: 'lean-test-feedback', answer: 1, reason: 'question-removed' },
  { bankVersion: 2, questionId: 'measurement-stability-with-speed', answer: 2, reason: 'no-matching-option' },
]

const CASES = [
  {
    when: 'today (bank v3)',
    versions: BANK_VERSIONS,
    bankVersion: 3,
    best: BEST_IN_V3,
    worst: WORST_IN_V3,
    mixed: MIXED_IN_V3,
    setAside: MIXED_SET_ASIDE_IN_V3,
    // 36 v1 questions, 9 removed in v2 and 1 in v3.
    sharedWithV1: 26,
    // The all-worst baseline in v3: dev-on-call 0 -> 1 (25), the other 25 shared questions 0: 25 / 26.
    baselineOverall: 25 / 26,
  },
  {
    when: 'through a dry-run bank v2',
    versions: dryRun,
    bankVersion: 2,
    best: every(4, DRY_RUN_IDS_FROM_V1),
    worst: every(0, DRY_RUN_IDS_FROM_V1),
    mixed: mixedInDryRunV2(),
    setAside: MIXED_SET_ASIDE,
    sharedWithV1: 35,
    baselineOverall: 0,
  },
] as const

function readLink(link: string, versions: BankVersions): Response {
  const code = extractShareCode(link)
  if (code === undefined) throw new Error('no code in the link')
  const decoded = decodeShareCode(code, versions.getBank)
  if (!decoded.ok) throw new Error(decoded.errors.join(' '))
  const migrated = migrateResponse(decoded.value, versions)
  if (!migrated.ok) throw new Error(migrated.errors.join(' '))
  return migrated.value.response
}

describe.each(CASES)(
  'v1 files read $when',
  ({
    versions,
    bankVersion,
    best: bestAnswers,
    worst: worstAnswers,
    mixed,
    setAside,
    sharedWithV1,
    baselineOverall,
  }) => {
    test('share links: all best, all worst and mixed, with their DORA answers, alias and role', () => {
      const best = readLink(links['all-best'], versions)
      expect(best.answers).toEqual(bestAnswers)
      expect(best.dora).toEqual({
        deploymentFrequency: 'df-on-demand',
        leadTime: 'lt-lt-1h',
        changeFailureRate: 'cfr-0-5',
        timeToRestore: 'ttr-lt-1h',
      })
      expect([best.alias, best.role, best.bankVersion]).toEqual(['Best Case', 'developer', bankVersion])
      const worst = readLink(links['all-worst'], versions)
      expect(worst.answers).toEqual(worstAnswers)
      expect(worst.dora).toEqual({
        deploymentFrequency: 'df-rarer-6m',
        leadTime: 'lt-gt-6m',
        changeFailureRate: 'cfr-over-60',
        timeToRestore: 'ttr-gt-6m',
      })
      expect(worst.alias).toBeUndefined()
      const mixedLink = readLink(links.mixed, versions)
      expect(mixedLink.answers).toEqual(mixed)
      expect(mixedLink.dora).toEqual(MIXED_DORA)
      expect([mixedLink.alias, mixedLink.role, mixedLink.createdAt]).toEqual([
        'Zoë 🚀 مرحبا',
        'operations',
        '2026-11-20T09:01:43Z',
      ])
    })

    test('the response file holds the mixed answers', () => {
      const parsed = parseResponseFile(responseFile, versions.getBank)
      if (!parsed.ok) throw new Error(parsed.errors.join(' '))
      const migrated = migrateResponse(parsed.value, versions)
      expect(migrated.ok && migrated.value.response.answers).toEqual(mixed)
      expect(migrated.ok && migrated.value.setAside).toEqual(setAside)
    })

    test('the stored self-check keeps every answer, its time and profile; what has no place is set aside', () => {
      const parsed = parseStoredAssessment(storedSelfCheck)
      if (!parsed.ok) throw new Error(parsed.errors.join(' '))
      expect(parsed.value.version).toBe(2)
      const upgraded = upgradeStoredAssessment(parsed.value.state, parsed.value.version, versions)
      if (!upgraded.ok) throw new Error(upgraded.errors.join(' '))
      expect(upgraded.value.bankVersion).toBe(bankVersion)
      expect(upgraded.value.answers).toEqual(mixed)
      expect(upgraded.value.dora).toEqual(MIXED_DORA)
      expect(upgraded.value.setAside).toEqual(setAside)
      expect(upgraded.value.profile).toEqual({ alias: 'Zoë 🚀 مرحبا', role: 'operations' })
      expect(upgraded.value.lastStep).toBe(6)
      // lean-handoffs was answered 19th (index 18 of the answers given): t0 + 18 s, and moves with its answer.
      const t0 = Date.UTC(2026, 10, 20, 9, 0, 0)
      const handoffsId = bankVersion === 3 ? 'lean-handoffs' : 'lean-teams-per-change'
      expect(upgraded.value.answeredAt[handoffsId]).toBe(t0 + 18_000)
      expect(upgraded.value.answeredAt['dora:timeToRestore']).toBe(t0 + 103_000)
    })

    test('the backup restores the self-check, the team view of three and both snapshots', () => {
      const parsed = parseBackupFile({ size: backupFile.length, text: backupFile }, versions)
      if (!parsed.ok) throw new Error(parsed.errors.join(' '))
      const backup = parsed.value
      expect(backup.selfCheck.answers).toEqual(mixed)
      expect(backup.selfCheck.setAside).toEqual(setAside)
      expect(backup.team.sessionName).toBe('Payments team retro')
      expect(backup.team.responses.map((response) => response.alias)).toEqual([
        'Best Case',
        undefined,
        'Zoë 🚀 مرحبا',
      ])
      expect(backup.snapshots?.map((snapshot) => [snapshot.label, snapshot.bankVersion])).toEqual([
        ['Baseline, kickoff', 1],
        ['After two retros', 1],
      ])
      const [baseline, later] = backup.snapshots ?? []
      if (baseline === undefined || later === undefined) throw new Error('two snapshots expected')
      // A snapshot is scored with its own bank: all worst is 0 in every pillar.
      expect(scoreSnapshot(baseline, versions.getBank)?.pillars.map((pillar) => pillar.score)).toEqual([
        0, 0, 0, 0, 0,
      ])
      // Compared with answers of today's bank, only what both banks ask counts.
      const comparison = compareWithSnapshot(
        {
          answers: every(
            4,
            versions.current.questions.map((q) => q.id),
          ),
          dora: {},
        },
        baseline,
        versions,
      )
      expect(comparison?.sharedQuestions).toEqual({ count: sharedWithV1, snapshotBankVersion: 1 })
      expect(comparison?.current.overall.scored).toBe(sharedWithV1)
      expect(comparison?.previous.overall.score).toBe(baselineOverall)
      expect(DORA_METRICS.map((metric) => backup.team.responses[0]?.dora[metric])).toEqual([
        'df-on-demand',
        'lt-lt-1h',
        'cfr-0-5',
        'ttr-lt-1h',
      ])
    })
  },
)

describe('the migrations from bank v1', () => {
  test('every question that survives keeps level 0 as 0 and level 4 as 4', () => {
    for (const [id, levels] of Object.entries(MIGRATION_V1_V2.levelMaps)) {
      expect([id, levels[0], levels[4]]).toEqual([id, 0, 4])
    }
  })

  test("a fully answered v1 response keeps a scored answer in every pillar of today's bank", () => {
    for (const name of ['all-best', 'all-worst', 'mixed'] as const) {
      const pillars = scorePillars(BANK_VERSIONS.current, readLink(links[name], BANK_VERSIONS).answers)
      expect(
        pillars.filter((pillar) => pillar.scored === 0).map((pillar) => pillar.key),
        name,
      ).toEqual([])
    }
  })
})

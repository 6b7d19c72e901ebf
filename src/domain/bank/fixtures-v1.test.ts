import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { DORA_METRICS } from '../dora/dora-metrics.ts'
import { parseBackupFile } from '../formats/backup-file.ts'
import { migrateResponse } from '../formats/response-migration.ts'
import { parseResponseFile, type Response } from '../formats/response.ts'
import { decodeShareCode, extractShareCode } from '../formats/share-code.ts'
import { compareWithSnapshot, scoreSnapshot } from '../formats/snapshots.ts'
import { parseStoredAssessment, upgradeStoredAssessment } from '../formats/stored-assessment.ts'
import { createBankVersions, type BankVersions } from './bank-versions.ts'
import { DRY_RUN_BANK_V2, DRY_RUN_MIGRATION_V1_V2 } from './fixtures/dry-run-bank-v2.ts'
import type { PillarAnswers } from './answers.ts'
import { BANK_V1 } from './versions/bank-v1.ts'
import { BANK_VERSIONS } from './versions/released-banks.ts'

/*
 * Files written by bank version 1 as the first release wrote them (captured from main on 2026-11-30, see
 * fixtures/v1). They are read here by today's code, and again through a throwaway bank v2 that renames
 * lean-handoffs, removes culture-tools-or-practices, adds a question, swaps two and gives lean-waiting-time a level 3
 * with no counterpart: every reader must bring them over with only the bank data and its migration changed.
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
const V2_IDS_FROM_V1 = V1_IDS.filter((id) => id !== 'culture-tools-or-practices').map((id) =>
  id === 'lean-handoffs' ? 'lean-teams-per-change' : id,
)

function readLink(link: string, versions: BankVersions): Response {
  const code = extractShareCode(link)
  if (code === undefined) throw new Error('no code in the link')
  const decoded = decodeShareCode(code, versions.getBank)
  if (!decoded.ok) throw new Error(decoded.errors.join(' '))
  const migrated = migrateResponse(decoded.value, versions)
  if (!migrated.ok) throw new Error(migrated.errors.join(' '))
  return migrated.value.response
}

describe.each([
  ['today', BANK_VERSIONS],
  ['through a dry-run bank v2', dryRun],
] as const)('v1 files read %s', (when, versions) => {
  const isDryRun = when !== 'today'

  test('share links: all best, all worst and mixed, with their DORA answers, alias and role', () => {
    const best = readLink(links['all-best'], versions)
    expect(best.answers).toEqual(every(4, isDryRun ? V2_IDS_FROM_V1 : V1_IDS))
    expect(best.dora).toEqual({
      deploymentFrequency: 'df-on-demand',
      leadTime: 'lt-lt-1h',
      changeFailureRate: 'cfr-0-5',
      timeToRestore: 'ttr-lt-1h',
    })
    expect([best.alias, best.role, best.bankVersion]).toEqual(['Best Case', 'developer', isDryRun ? 2 : 1])
    const worst = readLink(links['all-worst'], versions)
    expect(worst.answers).toEqual(every(0, isDryRun ? V2_IDS_FROM_V1 : V1_IDS))
    expect(worst.dora).toEqual({
      deploymentFrequency: 'df-rarer-6m',
      leadTime: 'lt-gt-6m',
      changeFailureRate: 'cfr-over-60',
      timeToRestore: 'ttr-gt-6m',
    })
    expect(worst.alias).toBeUndefined()
    const mixed = readLink(links.mixed, versions)
    expect(mixed.answers).toEqual(isDryRun ? mixedInDryRunV2() : MIXED)
    expect(mixed.dora).toEqual(MIXED_DORA)
    expect([mixed.alias, mixed.role, mixed.createdAt]).toEqual([
      'Zoë 🚀 مرحبا',
      'operations',
      '2026-11-20T09:01:43Z',
    ])
  })

  test('the response file holds the mixed answers', () => {
    const parsed = parseResponseFile(responseFile, versions.getBank)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    const migrated = migrateResponse(parsed.value, versions)
    expect(migrated.ok && migrated.value.response.answers).toEqual(isDryRun ? mixedInDryRunV2() : MIXED)
    expect(migrated.ok && migrated.value.setAside).toEqual(isDryRun ? MIXED_SET_ASIDE : [])
  })

  test('the stored self-check keeps every answer, its time and profile; what has no place is set aside', () => {
    const parsed = parseStoredAssessment(storedSelfCheck)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    expect(parsed.value.version).toBe(2)
    const upgraded = upgradeStoredAssessment(parsed.value.state, parsed.value.version, versions)
    if (!upgraded.ok) throw new Error(upgraded.errors.join(' '))
    expect(upgraded.value.bankVersion).toBe(isDryRun ? 2 : 1)
    expect(upgraded.value.answers).toEqual(isDryRun ? mixedInDryRunV2() : MIXED)
    expect(upgraded.value.dora).toEqual(MIXED_DORA)
    expect(upgraded.value.setAside).toEqual(isDryRun ? MIXED_SET_ASIDE : [])
    expect(upgraded.value.profile).toEqual({ alias: 'Zoë 🚀 مرحبا', role: 'operations' })
    expect(upgraded.value.lastStep).toBe(6)
    // lean-handoffs was answered 19th (index 18 of the answers given): t0 + 18 s, and moves with its answer.
    const t0 = Date.UTC(2026, 10, 20, 9, 0, 0)
    const handoffsTime = upgraded.value.answeredAt[isDryRun ? 'lean-teams-per-change' : 'lean-handoffs']
    expect(handoffsTime).toBe(t0 + 18_000)
    expect(upgraded.value.answeredAt['dora:timeToRestore']).toBe(t0 + 103_000)
  })

  test('the backup restores the self-check, the team view of three and both snapshots', () => {
    const parsed = parseBackupFile({ size: backupFile.length, text: backupFile }, versions)
    if (!parsed.ok) throw new Error(parsed.errors.join(' '))
    const backup = parsed.value
    expect(backup.selfCheck.answers).toEqual(isDryRun ? mixedInDryRunV2() : MIXED)
    expect(backup.selfCheck.setAside).toEqual(isDryRun ? MIXED_SET_ASIDE : [])
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
      every(
        4,
        versions.current.questions.map((q) => q.id),
      ),
      baseline,
      versions,
    )
    expect(comparison?.sharedQuestions).toEqual(isDryRun ? { count: 35, snapshotBankVersion: 1 } : undefined)
    expect(comparison?.current.overall.scored).toBe(isDryRun ? 35 : 36)
    expect(comparison?.previous.overall.score).toBe(0)
    expect(DORA_METRICS.map((metric) => backup.team.responses[0]?.dora[metric])).toEqual([
      'df-on-demand',
      'lt-lt-1h',
      'cfr-0-5',
      'ttr-lt-1h',
    ])
  })
})

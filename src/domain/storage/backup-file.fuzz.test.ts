/*
 * parseBackupFile (a JSON backup of the self-check and the team view) fed hostile input; see
 * src/test-support/fuzz-checks.ts for what every parser must do with it.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import {
  BACKUP_VERSION,
  TEAM_VERSION_IN_BACKUP,
  createBackup,
  MAX_BACKUP_BYTES,
  parseBackupFile,
  serializeBackup,
} from './backup-file.ts'
import { LATEST_CREATED_AT } from '../formats/response.ts'
import { STORED_ASSESSMENT_VERSION, upgradeStoredAssessment } from './stored-assessment.ts'
import { parseStoredTeamState } from './stored-team-session.ts'
import { numberInOrder } from '../team/team-membership.ts'
import { anyJsonText, anyText, damagedJson, damagedText } from '../../test-support/fuzz-arbitraries.ts'
import { countedCheck, expectOutcome } from '../../test-support/fuzz-checks.ts'
import { storedAssessmentArbitrary, teamSessionArbitrary } from '../../test-support/fuzz-valid-values.ts'

const check = countedCheck()

describe('parseBackupFile (a JSON backup of the self-check and the team view)', () => {
  const backupArbitrary = fc
    .tuple(storedAssessmentArbitrary, teamSessionArbitrary, fc.integer({ min: 0, max: LATEST_CREATED_AT }))
    .map(([selfCheck, team, time]) =>
      createBackup({ selfCheck, team }, { app: '0.1.0', bankVersion: 1 }, new Date(time)),
    )
  const expectBackup = (text: string) =>
    expectOutcome(parseBackupFile({ size: text.length, text }), (backup) => {
      expect(upgradeStoredAssessment(backup.selfCheck, STORED_ASSESSMENT_VERSION)).toEqual({
        ok: true,
        value: backup.selfCheck,
      })
      expect(parseStoredTeamState(backup.team, TEAM_VERSION_IN_BACKUP, getBank)).toEqual({
        ok: true,
        value: { ...backup.team, ...numberInOrder(backup.team.responses) },
      })
    })

  test('arbitrary text, arbitrary JSON', () => {
    check('parseBackupFile: arbitrary text', 500, fc.property(anyText, expectBackup))
    check('parseBackupFile: arbitrary JSON', 500, fc.property(anyJsonText, expectBackup))
  })

  test('a valid backup with characters replaced, deleted, inserted or cut', () => {
    check(
      'parseBackupFile: damaged text',
      500,
      fc.property(damagedText(backupArbitrary.map(serializeBackup)), expectBackup),
    )
  })

  test('a valid backup with fields replaced by arbitrary JSON or removed', () => {
    check('parseBackupFile: damaged JSON', 500, fc.property(damagedJson(backupArbitrary), expectBackup))
  })

  test('unknown fields with long names are quoted short', () => {
    const longKey = fc.string({ unit: 'binary-ascii', minLength: 50, maxLength: 1000 })
    check(
      'parseBackupFile: long unknown keys',
      100,
      fc.property(
        backupArbitrary,
        fc.uniqueArray(longKey, { minLength: 1, maxLength: 20 }),
        (backup, keys) => {
          const text = JSON.stringify({ ...backup, ...Object.fromEntries(keys.map((key) => [key, 1])) })
          const result = parseBackupFile({ size: text.length, text })
          expect(result.ok).toBe(false)
          expectOutcome(result, () => undefined)
        },
      ),
    )
  })

  test('round trip: a backup reads back unchanged', () => {
    check(
      'parseBackupFile: round trip',
      300,
      fc.property(backupArbitrary, (backup) => {
        const text = serializeBackup(backup)
        expect(parseBackupFile({ size: text.length, text })).toEqual({ ok: true, value: backup })
      }),
    )
  })

  test('a newer backup version is refused by number', () => {
    check(
      'parseBackupFile: unknown version',
      200,
      fc.property(
        backupArbitrary,
        fc.integer({ min: BACKUP_VERSION + 1, max: 2 ** 31 }),
        (backup, version) => {
          const text = JSON.stringify({ ...backup, version })
          const result = parseBackupFile({ size: text.length, text })
          expect(result.ok ? '' : result.errors.join(' ')).toContain(
            `backup file version ${version}; this app reads up to version ${BACKUP_VERSION}`,
          )
        },
      ),
    )
  })

  test('a file of the size limit is read or refused, not a crash', () => {
    const text = `{"format":"calms-radar","x":"${'a'.repeat(MAX_BACKUP_BYTES - 40)}"}`
    expectOutcome(parseBackupFile({ size: text.length, text }), () => undefined)
  })
})

import { describe, expect, test } from 'vitest'
import v2Links from '../bank/fixtures/v2/share-links.json'
import { getBank } from '../bank/bank-registry.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { decodeShareCode, encodeShareCode, extractShareCode } from '../formats/share-code.ts'
import { coachPerson, everywhere, teamFileText } from '../../test-support/coach-fixture.ts'
import {
  buildTeamFile,
  createTeamId,
  parseTeamFile,
  serializeTeamFile,
  teamFileName,
  TEAM_FILE_FORMAT,
  TEAM_FILE_VERSION,
} from './team-file.ts'

const ana = coachPerson({ pillars: everywhere(3), alias: 'Ana' })
const ben = coachPerson({ pillars: everywhere(1) })

const file = buildTeamFile(
  {
    teamId: 'team-payments-01',
    name: '  Payments  ',
    date: '2026-11-20',
    responses: [ana, ben],
    targets: { culture: 75 },
    plan: { experiments: [] },
  },
  QUESTION_BANK,
)

describe('building a team file', () => {
  test('carries the round as share codes of the current bank, the name trimmed', () => {
    expect(file).toMatchObject({
      format: TEAM_FILE_FORMAT,
      version: TEAM_FILE_VERSION,
      teamId: 'team-payments-01',
      name: 'Payments',
      date: '2026-11-20',
      bankVersion: QUESTION_BANK.bankVersion,
      targets: { culture: 75 },
      plan: { experiments: [] },
    })
    expect(file.responses).toHaveLength(2)
  })

  test('drops every alias: the coach never sees a name', () => {
    const anaWithoutAlias = { ...ana }
    delete anaWithoutAlias.alias
    expect(file.responses[0]).toBe(encodeShareCode(anaWithoutAlias, QUESTION_BANK))
    const read = file.responses.map((code) => decodeShareCode(code, getBank))
    expect(read.map((result) => result.ok && result.value.alias)).toEqual([undefined, undefined])
    expect(serializeTeamFile(file)).not.toContain(btoa('Ana').replace(/=+$/, ''))
  })

  test('round trip: serialized and parsed, the same file', () => {
    expect(parseTeamFile(serializeTeamFile(file), getBank)).toEqual({ ok: true, value: file })
  })

  test('older answers are brought to the current bank first, as the team page counts them', () => {
    const code = extractShareCode(v2Links.full)
    const v2 = code === undefined ? undefined : decodeShareCode(code, getBank)
    if (!v2?.ok) throw new Error('the v2 fixture link must decode')
    expect(v2.value.bankVersion).toBe(2)
    const built = buildTeamFile(
      { teamId: 'team-old-bank', name: 'Old', date: '2026-11-20', responses: [v2.value] },
      QUESTION_BANK,
    )
    const read = decodeShareCode(built.responses[0] ?? '', getBank)
    expect(read.ok && read.value.bankVersion).toBe(QUESTION_BANK.bankVersion)
    expect(read.ok && read.value.alias).toBeUndefined()
  })

  test('the name: the pseudonym over the session name, cleaned so the coach can read it', () => {
    expect(teamFileName('Payments retro', ' Team Kiwi ')).toBe('Team Kiwi')
    expect(teamFileName('Payments\nretro', '   ')).toBe('Payments retro')
    expect(teamFileName('', '')).toBe('Unnamed team')
    // 79 letters and an emoji (two UTF-16 units) cut at 80 would leave half the emoji: it goes whole.
    expect(teamFileName(`${'a'.repeat(79)}😀`)).toBe('a'.repeat(79))
    const built = buildTeamFile(
      { teamId: 'team-payments-01', name: 'Pay\tments', date: '2026-11-20', responses: [ben] },
      QUESTION_BANK,
    )
    expect(built.name).toBe('Pay ments')
  })

  test('a team id is 16 random bytes in base64url, different each time', () => {
    const id = createTeamId()
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(createTeamId()).not.toBe(id)
  })
})

describe('reading a team file', () => {
  const valid = JSON.parse(serializeTeamFile(file)) as Record<string, unknown>
  const read = (value: unknown) =>
    parseTeamFile(typeof value === 'string' ? value : JSON.stringify(value), getBank)

  test('refuses what is not JSON, or not a team file', () => {
    expect(read('{"format":')).toEqual({
      ok: false,
      errors: [
        'Not a CALMS Radar team file: it is not valid JSON. Choose the .json file "Download team file" saved.',
      ],
    })
    expect(read('[1]')).toEqual({
      ok: false,
      errors: ['Not a CALMS Radar team file: it does not hold a JSON object.'],
    })
    expect(read(' '.repeat(1_000_001))).toEqual({
      ok: false,
      errors: ['Not a CALMS Radar team file: it is 1,001 kB, more than a team file can be.'],
    })
    expect(read({ ...valid, format: 'calms-radar' })).toEqual({
      ok: false,
      errors: ['Not a CALMS Radar team file: its "format" field is "calms-radar", not "calms-radar-team".'],
    })
    expect(read({ ...valid, version: 2 })).toEqual({
      ok: false,
      errors: ['This team file has file version 2, which this app does not know. Update the app to read it.'],
    })
  })

  test('refuses a damaged share code, naming the response', () => {
    const codes = valid['responses'] as string[]
    const damaged = read({ ...valid, responses: [codes[0], `${codes[1]}x`] })
    expect(damaged.ok).toBe(false)
    expect(!damaged.ok && damaged.errors[0]).toMatch(/^response 2: This link is damaged or cut off\./)
  })

  test('refuses too many responses, none, a bad date or a code of another bank than the file says', () => {
    const codes = valid['responses'] as string[]
    const many = read({ ...valid, responses: Array.from({ length: 1001 }, () => codes[0]) })
    expect(many).toEqual({ ok: false, errors: ['responses: must hold at most 1,000 responses'] })
    expect(read({ ...valid, responses: [] })).toEqual({
      ok: false,
      errors: ['responses: must hold at least one response'],
    })
    expect(read({ ...valid, date: '2026-02-30' })).toEqual({
      ok: false,
      errors: ['date: must be a date such as 2026-12-31'],
    })
    expect(read({ ...valid, bankVersion: 2 })).toEqual({
      ok: false,
      errors: [
        `response 1: question bank version ${QUESTION_BANK.bankVersion}, but the file's is 2`,
        `response 2: question bank version ${QUESTION_BANK.bankVersion}, but the file's is 2`,
      ],
    })
    expect(read({ ...valid, bankVersion: 99 })).toEqual({
      ok: false,
      errors: [
        'This team file was made with a newer CALMS Radar (question bank version 99): reload the page.',
      ],
    })
  })

  test('refuses unknown fields and an empty name', () => {
    expect(read({ ...valid, email: 'a@b.c' })).toEqual({ ok: false, errors: ['Unrecognized key: "email"'] })
    expect(read({ ...valid, name: '  ' })).toEqual({ ok: false, errors: ['name: must not be empty'] })
  })

  test('a code carrying an alias (a hand edit) is read without it', () => {
    const withAlias = encodeShareCode(ana, QUESTION_BANK)
    const parsed = read({ ...valid, responses: [withAlias] })
    expect(parsed.ok && parsed.value.responses).toEqual([file.responses[0]])
  })

  test('the fixture writes files that read back', () => {
    const text = teamFileText({
      teamId: 'team-fixture-1',
      name: 'Fixture',
      date: '2026-11-01',
      people: [ben],
    })
    expect(parseTeamFile(text, getBank).ok).toBe(true)
  })
})

import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DONT_KNOW, LEVELS, NOT_APPLICABLE, type PillarAnswer } from '../bank/answers.ts'
import { getBank as getAppBank } from '../bank/bank-registry.ts'
import { DORA_DONT_KNOW, DORA_METRIC_DEFINITIONS, DORA_METRICS } from '../dora/dora-metrics.ts'
import type { ParseResult } from '../common/parse-result.ts'
import { PILLARS, type Pillar } from '../bank/pillars.ts'
import type { GetBank, QuestionBank } from '../bank/question-bank-schema.ts'
import { BANK_V1 } from '../bank/versions/bank-v1.ts'
import { AliasSchema, formatCreatedAt, LATEST_CREATED_AT, ResponseSchema, type Response } from './response.ts'
import { ROLES } from './profile.ts'
import {
  buildShareLink,
  decodeShareCode,
  encodeShareCode,
  extractShareCode,
  MAX_SHARE_CODE_LENGTH,
} from './share-code.ts'
import { fixtureQuestion } from '../../test-support/fixture-question.ts'
import { countedCheck } from '../../test-support/fuzz-checks.ts'

const question = (id: string, pillar: Pillar, allowNotApplicable: boolean) =>
  fixtureQuestion(id, pillar, { allowNotApplicable })

/** Three questions: an odd count, so the last answers character carries one question and a zero half. */
const smallBank: QuestionBank = {
  bankVersion: 1,
  questions: [
    question('culture-a', 'culture', false),
    question('culture-b', 'culture', true),
    question('automation-a', 'automation', false),
  ],
}

/** The size of the real bank: 35 questions, seven per pillar, every third one allowing "not applicable". */
const fullBank: QuestionBank = {
  bankVersion: 2,
  questions: Array.from({ length: 35 }, (_, index) =>
    question(`question-${index + 1}`, PILLARS[index % PILLARS.length] ?? 'culture', index % 3 === 0),
  ),
}

const getBank: GetBank = (version) => [smallBank, fullBank].find((bank) => bank.bankVersion === version)

const example: Response = {
  bankVersion: 1,
  answers: { 'culture-a': 3, 'culture-b': 'not-applicable', 'automation-a': 'dont-know' },
  dora: { deploymentFrequency: 'df-on-demand', changeFailureRate: 'dont-know', timeToRestore: 'ttr-1h-1d' },
  alias: 'Ana',
  role: 'qa',
  createdAt: '2025-01-31T09:30:00Z',
}

const errorsOf = (result: ParseResult<Response>): string[] => (result.ok ? [] : result.errors)
const DAMAGED = 'This link is damaged or cut off. Copy the whole link again, or ask the sender for a new one.'

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** The check as share-code.ts documents it, written again here: low 12 bits of FNV-1a, high 6 bits first. */
const checkOf = (text: string): string => {
  let hash = 0x811c9dc5
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193)
  return (BASE64URL[(hash >>> 6) & 63] ?? '') + (BASE64URL[hash & 63] ?? '')
}

/** Changes some parts and puts a fitting check back, to reach the checks behind the check part. */
const withValidCheck = (code: string, change: (parts: string[]) => string[]): string => {
  const [format = '', , ...rest] = change(code.split('.'))
  return [format, checkOf([format, ...rest].join('.')), ...rest].join('.')
}
const CHECK_MISMATCH = 'Some characters are missing or changed: the check part does not match the rest.'

describe('encodeShareCode', () => {
  test('the example encodes part by part as documented', () => {
    // answers, in bank order: culture-a 3, culture-b not applicable (6), automation-a don't know (5)
    //   first character  3 * 8 + 6 = 30 -> base64url "e" (A-Z are 0-25, a = 26 ... e = 30)
    //   second character 5 * 8 + 0 (no fourth question) = 40 -> "o" (26 + 14)
    // dora, in order deploymentFrequency, leadTime, changeFailureRate, timeToRestore:
    //   on demand is band 0 -> "0"; unanswered -> "-"; don't know -> "x"; 1h-1d is band 1 -> "1"
    // createdAt 2025-01-31T09:30:00Z = 1738315800 s = 28*36^5 + 26*36^4 + 34*36^3 + 5*36^2 + 2*36 + 0
    //   -> digits s q y 5 2 0
    // role qa -> "q"; alias "Ana" = bytes 41 6E 61 = 010000 010110 111001 100001 -> Q W 5 h
    // check: over "1.1.eo.0-x1.sqy520.q.QW5h", inserted as the second part
    const body = '1.1.eo.0-x1.sqy520.q.QW5h'
    expect(encodeShareCode(example, smallBank)).toBe(`1.${checkOf(body)}.1.eo.0-x1.sqy520.q.QW5h`)
  })

  test('role and alias are left off when absent, and an alias alone leaves the role part empty', () => {
    const bare: Response = {
      bankVersion: 1,
      answers: example.answers,
      dora: example.dora,
      createdAt: example.createdAt,
    }
    expect(encodeShareCode(bare, smallBank).split('.')).toHaveLength(6)
    const aliasOnly = encodeShareCode({ ...bare, alias: 'Ana' }, smallBank).split('.')
    expect(aliasOnly.slice(-2)).toEqual(['', 'QW5h'])
    expect(decodeShareCode(aliasOnly.join('.'), getBank)).toEqual({
      ok: true,
      value: { ...bare, alias: 'Ana' },
    })
  })

  test('a response that does not fit the bank is a programming error, not a link', () => {
    expect(() =>
      encodeShareCode({ ...example, answers: { 'automation-a': 'not-applicable' } }, smallBank),
    ).toThrow(/does not fit its question bank/)
    expect(() => encodeShareCode(example, fullBank)).toThrow(/question bank version 1/)
  })

  test('every DORA band index fits the one digit the format gives it', () => {
    for (const metric of DORA_METRICS)
      expect(DORA_METRIC_DEFINITIONS[metric].bands.length).toBeLessThanOrEqual(10)
  })
})

const answerArbitrary = (allowNotApplicable: boolean): fc.Arbitrary<PillarAnswer> => {
  const answers: PillarAnswer[] = [...LEVELS, DONT_KNOW]
  if (allowNotApplicable) answers.push(NOT_APPLICABLE)
  return fc.constantFrom(...answers)
}

const responseArbitrary = (bank: QuestionBank): fc.Arbitrary<Response> =>
  fc
    .record(
      {
        bankVersion: fc.constant(bank.bankVersion),
        answers: fc.record(
          Object.fromEntries(bank.questions.map((q) => [q.id, answerArbitrary(q.allowNotApplicable)])),
          { requiredKeys: [] },
        ),
        dora: fc.record(
          Object.fromEntries(
            DORA_METRICS.map((metric) => [
              metric,
              fc.constantFrom(
                DORA_DONT_KNOW,
                ...DORA_METRIC_DEFINITIONS[metric].bands.map((band) => band.id),
              ),
            ]),
          ),
          { requiredKeys: [] },
        ),
        alias: fc
          .oneof(
            fc.constantFrom('Ana', '🦊 Ada', 'שלום עולם', 'مرحبا', '👩🏽‍💻 Dev', '運維'),
            fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
          )
          .filter((alias) => AliasSchema.safeParse(alias).data === alias),
        role: fc.constantFrom(...ROLES),
        createdAt: fc
          .integer({ min: 0, max: Math.floor(LATEST_CREATED_AT / 1000) })
          .map((seconds) => formatCreatedAt(new Date(seconds * 1000))),
      },
      { requiredKeys: ['bankVersion', 'answers', 'dora', 'createdAt'] },
    )
    .map((candidate) => ResponseSchema.parse(candidate))

describe('decodeShareCode', () => {
  const check = countedCheck()

  test('decoding an encoded response gives it back, for any valid response (property)', () => {
    for (const [name, bank] of [
      ['a small bank', smallBank],
      ['the full bank', fullBank],
    ] as const) {
      check(
        `decodeShareCode: round trip, ${name}`,
        300,
        fc.property(responseArbitrary(bank), (response) => {
          expect(decodeShareCode(encodeShareCode(response, bank), getBank)).toEqual({
            ok: true,
            value: response,
          })
        }),
      )
    }
  })

  test('any string returns a value or readable errors, never throws (property)', () => {
    const part = fc.string({
      unit: fc.constantFrom('A', 'Q', 'g', 'w', '0', '9', 'x', 'y', 'z', '-', '_', '~'),
      maxLength: 20,
    })
    // with a fitting check, the fuzzing reaches the decoders of each part instead of stopping at the check
    const checked = fc
      .tuple(fc.constantFrom('1', '2', '7', 'x'), fc.array(part, { minLength: 3, maxLength: 7 }))
      .map(([version, parts]) => withValidCheck(['1', '', version, ...parts].join('.'), (all) => all))
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), fc.string({ maxLength: 30 }))
    check(
      'decodeShareCode: arbitrary text and parts, check refitted',
      2000,
      fc.property(fc.oneof(anyText, checked), (text) => {
        const result = decodeShareCode(text, getBank)
        if (result.ok) expect(ResponseSchema.safeParse(result.value).success).toBe(true)
        else for (const error of result.errors) expect(error).toMatch(/\w{3}/)
      }),
    )
  })

  test('every one-character change to a code is refused with a readable error', () => {
    const code = encodeShareCode({ ...example, alias: '🦊 שלום' }, smallBank)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~'
    for (let index = 0; index < code.length; index += 1) {
      for (const replacement of alphabet) {
        if (replacement === code[index]) continue
        const mutated = code.slice(0, index) + replacement + code.slice(index + 1)
        const errors = errorsOf(decodeShareCode(mutated, getBank))
        expect(errors.length, mutated).toBeGreaterThan(0)
      }
    }
  })

  test('every shortened code is refused, here with the check or part-count message', () => {
    const code = encodeShareCode(example, smallBank)
    for (let length = 1; length < code.length; length += 1) {
      const errors = errorsOf(decodeShareCode(code.slice(0, length), getBank))
      expect(errors.length, code.slice(0, length)).toBeGreaterThan(0)
    }
    // cut after "1.<check>.1.eo": 4 parts where 6 to 8 are needed
    const cut = code.split('.').slice(0, 4).join('.')
    expect(errorsOf(decodeShareCode(cut, getBank))).toEqual([
      DAMAGED,
      'The code has 4 parts separated by ".", and a CALMS Radar code has 6 to 8.',
    ])
    // losing the last character of the alias keeps 8 parts, so the check catches it
    expect(errorsOf(decodeShareCode(code.slice(0, -1), getBank))).toEqual([DAMAGED, CHECK_MISMATCH])
  })

  test('before anything else: too long, empty, foreign characters, unknown format', () => {
    expect(errorsOf(decodeShareCode('A'.repeat(MAX_SHARE_CODE_LENGTH + 1), getBank))).toEqual([
      'This share code is 401 characters long, and a CALMS Radar code has at most 400. Paste only the link.',
    ])
    expect(errorsOf(decodeShareCode('', getBank))).toEqual(['The share code is empty. Paste the whole link.'])
    expect(errorsOf(decodeShareCode('1.ab.1 eo', getBank))).toEqual([
      'This is not a CALMS Radar share code: it contains " ", and a code has only letters, digits and - _ . ~',
    ])
    expect(errorsOf(decodeShareCode('2.ab.1.eo.0-x1.sqy520', getBank))).toEqual([
      'This link was made by a newer CALMS Radar (share-code format 2). Update the app, or ask the sender for their response file.',
    ])
    expect(errorsOf(decodeShareCode('hello', getBank))).toEqual([
      'This is not a CALMS Radar share code: it does not start with a format number. Paste the whole link.',
    ])
  })

  test('an unknown bank version is named', () => {
    const code = withValidCheck(encodeShareCode(example, smallBank), (parts) => parts.with(2, '7'))
    expect(errorsOf(decodeShareCode(code, getBank))).toEqual([
      'This response was made with a newer CALMS Radar (question bank version 7; this app knows up to version 3): reload the page.',
    ])
  })

  test('each damaged part is named, even when the check was made to fit', () => {
    const code = encodeShareCode(example, smallBank)
    const decodeWith = (index: number, value: string) =>
      errorsOf(
        decodeShareCode(
          withValidCheck(code, (parts) => parts.with(index, value)),
          getBank,
        ),
      )
    // 3 questions need ceil(3 / 2) = 2 characters
    expect(decodeWith(3, 'e')).toEqual([
      DAMAGED,
      'answers: 1 characters, but the 3 questions of question bank version 1 need 2',
    ])
    // "p" = 41 = 5 * 8 + 1: an answer 1 for a fourth question that does not exist
    expect(decodeWith(3, 'ep')).toEqual([
      DAMAGED,
      'answers: the last character holds an answer past the last question',
    ])
    // "w" = 48 = 6 * 8 + 0: "not applicable" on culture-a, which does not allow it
    expect(decodeWith(3, 'wo')).toEqual([
      DAMAGED,
      'answers.culture-a: "not applicable" is not one of the answers to this question',
    ])
    expect(decodeWith(4, '0-x')).toEqual([DAMAGED, 'DORA answers: 3 characters, but there are 4 metrics'])
    // deployment frequency has 5 bands, 0-4
    expect(decodeWith(4, '5-x1')).toEqual([
      DAMAGED,
      'DORA answers: "5" is not an answer to Deployment frequency',
    ])
    expect(decodeWith(5, '0sqy520')).toEqual([DAMAGED, 'time of the answers: not a valid time'])
    // 36^8 - 1 seconds is about the year 90 000, past 9999
    expect(decodeWith(5, 'zzzzzzzz')).toEqual([DAMAGED, 'time of the answers: not a valid time'])
    expect(decodeWith(6, 'k')).toEqual([DAMAGED, 'role: "k" is not one of the roles'])
    // "_w" = 111111 110000 -> byte FF, which is never UTF-8
    expect(decodeWith(7, '_w')).toEqual([DAMAGED, 'alias: not readable text'])
    // 41 "a" are 41 bytes, one over the limit: 13 * "aaa" -> "YWFh", then "aa" -> "YWE"
    const longAlias = `${'YWFh'.repeat(13)}YWE`
    expect(decodeWith(7, longAlias)).toEqual([DAMAGED, 'alias: must be at most 40 characters'])
  })

  test('several damaged parts are all reported', () => {
    const code = withValidCheck(encodeShareCode(example, smallBank), (parts) =>
      parts.with(4, '9999').with(6, 'k'),
    )
    expect(errorsOf(decodeShareCode(code, getBank))).toEqual([
      DAMAGED,
      'role: "k" is not one of the roles',
      'DORA answers: "9" is not an answer to Deployment frequency',
      'DORA answers: "9" is not an answer to Lead time for changes',
      'DORA answers: "9" is not an answer to Change failure rate',
      'DORA answers: "9" is not an answer to Failed deployment recovery time',
    ])
  })
})

describe('share links', () => {
  const base = 'https://example.org/calms-radar/'
  // emoji (one with a skin tone and a joiner), Hebrew and Arabic, padded to the 40-unit limit with Hebrew letters
  const alias = '🦊👩🏽‍💻 Ana שלום مرحبا'.padEnd(40, 'ש')
  const full: Response = {
    bankVersion: fullBank.bankVersion,
    answers: Object.fromEntries(fullBank.questions.map((q, index) => [q.id, LEVELS[index % 5] ?? 0])),
    dora: {
      deploymentFrequency: 'df-on-demand',
      leadTime: 'lt-1d-1w',
      changeFailureRate: 'cfr-over-60',
      timeToRestore: 'dont-know',
    },
    alias,
    role: 'operations',
    createdAt: '2025-06-30T17:45:12Z',
  }
  const link = buildShareLink(base, encodeShareCode(full, fullBank))
  // the same with the worst alias: 40 three-byte characters = 120 bytes = 160 base64url characters
  const worst = buildShareLink(base, encodeShareCode({ ...full, alias: '運'.repeat(40) }, fullBank))

  test(`a full 35-question response with a 40-unit emoji/RTL alias makes a ${link.length}-character link`, () => {
    // 32 base + "#/r/" 4 + "1." 2 + check 2 + ".2." 3 + 18 answers (ceil(35 / 2), two questions a character)
    // + "." 1 + 4 DORA + "." 1 + 6 time + "." 1 + 1 role + "." 1 = 76, then the alias in base64url:
    //   units: 🦊 2, 👩 2, 🏽 2, joiner 1, 💻 2, " Ana " 5, שלום 4, " " 1, مرحبا 5 = 24, + 16 padding ש = 40
    //   bytes: 🦊 4, 👩 4, 🏽 4, joiner 3, 💻 4, " Ana " 5, שלום 8, " " 1, مرحبا 10 = 43, + 16 * 2 = 75
    //   75 bytes = 25 groups of 3 -> 100 characters; 76 + 100 = 176
    expect(alias).toHaveLength(40)
    expect(link.length).toBe(176)
    expect(link.length).toBeLessThan(300)
    expect(decodeShareCode(extractShareCode(link) ?? '', getBank)).toEqual({ ok: true, value: full })
  })

  test(`the worst case, 40 three-byte characters, makes a ${worst.length}-character link`, () => {
    // as above with 160 alias characters instead of 100: 76 + 160 = 236
    expect(worst.length).toBe(236)
  })

  test('buildShareLink replaces the page route with the share route', () => {
    expect(buildShareLink('https://example.org/app/#/team', '1.ab')).toBe('https://example.org/app/#/r/1.ab')
    expect(buildShareLink('https://example.org/app/', '1.ab')).toBe('https://example.org/app/#/r/1.ab')
  })

  test('extractShareCode finds the code in a link, a sentence, brackets or a bare code', () => {
    const code = encodeShareCode(example, smallBank)
    const shared = buildShareLink(base, code)
    expect(extractShareCode(shared)).toBe(code)
    expect(extractShareCode(`  \n${shared}\t `)).toBe(code)
    expect(extractShareCode(`Here are my answers: ${shared}. Thanks!`)).toBe(code)
    expect(extractShareCode(`[my answers](${shared})`)).toBe(code)
    expect(extractShareCode(`<${shared}>`)).toBe(code)
    expect(extractShareCode(` ${code} `)).toBe(code)
  })

  test('extractShareCode gives undefined when nothing looks like a code', () => {
    expect(extractShareCode('')).toBeUndefined()
    expect(extractShareCode('   ')).toBeUndefined()
    expect(extractShareCode('two words')).toBeUndefined()
    expect(extractShareCode('(1.ab.1)')).toBeUndefined()
    expect(extractShareCode(`${base}#/r/`)).toBeUndefined()
  })
})

describe('share-code format 1', () => {
  // Links exactly as the first team release's "Copy share link" made them for question bank version 1.
  const FULL_LINK =
    'https://calms.example/app/#/r/1.65.1.BTlKcBrgKdBTgqcBVg.12x-.tosnq0.o.QW5hIPCfpoog16nXnNeV150'
  const EMPTY_LINK = 'https://calms.example/app/#/r/1.8q.1.__________________.----.tosnq0'

  test('a full response with role and an emoji/RTL alias decodes to what was shared', () => {
    // The answers went round the bank in order: levels 0, 1, 2, 3, 4 by position, every seventh "Don't know".
    const answers = Object.fromEntries(
      BANK_V1.questions.map((question, index) => [
        question.id,
        index % 7 === 5 ? DONT_KNOW : (LEVELS[index % 5] ?? 0),
      ]),
    )
    expect(decodeShareCode(extractShareCode(FULL_LINK) ?? '', getAppBank)).toEqual({
      ok: true,
      value: {
        bankVersion: 1,
        answers,
        dora: {
          deploymentFrequency: 'df-daily-weekly',
          leadTime: 'lt-1d-1w',
          changeFailureRate: 'dont-know',
        },
        alias: 'Ana 🦊 שלום',
        role: 'operations',
        createdAt: '2026-11-20T09:30:00Z',
      },
    })
  })

  test('a response with nothing answered, no role and no alias decodes too', () => {
    expect(decodeShareCode(extractShareCode(EMPTY_LINK) ?? '', getAppBank)).toEqual({
      ok: true,
      value: { bankVersion: 1, answers: {}, dora: {}, createdAt: '2026-11-20T09:30:00Z' },
    })
  })
})

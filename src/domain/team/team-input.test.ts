import { expect, test } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { createOwnResponse } from '../formats/own-response.ts'
import { BANK_VERSION, QUESTION_BANK } from '../bank/question-bank.ts'
import { serializeResponseFile, type Response } from '../formats/response.ts'
import { encodeShareCode } from '../formats/share-code.ts'
import { createEmptyTeamSession, parseStoredTeamSession } from '../storage/stored-team-session.ts'
import { describeAddition, MAX_FILE_BYTES, parsePastedResponses, parseResponseFiles } from './team-input.ts'

const [first, second] = QUESTION_BANK.questions
if (!first || !second) throw new Error('the bank needs two questions')

const response: Response = {
  bankVersion: BANK_VERSION,
  answers: { [first.id]: 2, [second.id]: 'dont-know' },
  dora: { leadTime: 'lt-1d-1w' },
  alias: 'Ana',
  createdAt: '2026-11-20T09:00:00Z',
}
const code = encodeShareCode(response, QUESTION_BANK)

test('pasted lines: links, bare codes and blank lines; bad lines are named by number', () => {
  const text = `https://x.example/app/#/r/${code}\n\n${code}\n  nonsense  \n1.AA.1\nhttps://x.example/app/#/r/`
  const result = parsePastedResponses(text, getBank)
  expect(result.responses).toEqual([response, response])
  // "nonsense" on line 4 holds neither a link nor a code: skipped. Line 5 is shaped like a code, line 6 is a
  // share link with its code cut off.
  expect(result.problems).toHaveLength(2)
  expect(result.problems[0]).toMatch(/^Line 5: /)
  expect(result.problems[1]).toMatch(/^Line 6: .*not a CALMS Radar share/)
})

test('a pasted chat thread: greetings, names, other links and version numbers are skipped without comment', () => {
  const thread = [
    'Ana 10:02',
    `here you go https://x.example/app/#/r/${code}`,
    'thanks!',
    'ok',
    'see https://wiki.example/retro and v1.2',
    '3.5',
    `(${code})`,
    `Bo: https://x.example/app/#/r/${code.slice(0, -3)}`,
  ].join('\n')
  const result = parsePastedResponses(thread, getBank)
  expect(result.responses).toEqual([response])
  // "(code)" is not a bare code (brackets) and holds no link; the cut link on line 8 is the only error.
  expect(result.problems).toHaveLength(1)
  expect(result.problems[0]).toMatch(/^Line 8: /)
})

test('the outcome of adding responses in one line', () => {
  expect(describeAddition({ added: 6, duplicates: 1, refusedOverLimit: 0, problems: [] })).toBe(
    '6 added, 1 duplicate ignored.',
  )
  expect(describeAddition({ added: 1, duplicates: 2, refusedOverLimit: 0, problems: ['Line 4: x'] })).toBe(
    '1 added, 2 duplicates ignored, 1 could not be read:',
  )
  expect(describeAddition({ added: 0, duplicates: 0, refusedOverLimit: 3, problems: [] })).toBe(
    '0 added, 3 did not fit (a team view holds at most 1,000 responses).',
  )
  expect(describeAddition({ added: 0, duplicates: 0, refusedOverLimit: 0, problems: [] })).toBe(
    'No share links or codes found: paste the lines that hold them, one per line.',
  )
})

test('pasting more than the limit is refused with a message, not read', () => {
  const result = parsePastedResponses('x'.repeat(1_000_001), getBank)
  expect(result.responses).toEqual([])
  expect(result.problems[0]).toMatch(/at most 1,000,000 are read at once/)
})

test('files: a good one is read, a too-big or broken one is named', () => {
  const good = serializeResponseFile(response, '0.1.0')
  const result = parseResponseFiles(
    [
      { name: 'ana.json', size: good.length, text: good },
      { name: 'huge.json', size: MAX_FILE_BYTES + 1, text: '' },
      { name: 'broken.json', size: 3, text: '{{{' },
    ],
    getBank,
  )
  expect(result.responses).toEqual([response])
  expect(result.problems[0]).toBe('huge.json: it is 2.0 MB; response files are at most 2 MB.')
  expect(result.problems[1]).toMatch(/^broken\.json: /)
})

test('own response: only the bank\'s questions, a disallowed "not applicable" dropped, time of the latest answer', () => {
  const noNa = QUESTION_BANK.questions.find((question) => !question.allowNotApplicable)
  if (!noNa) throw new Error('every question allows n/a')
  const own = createOwnResponse(
    {
      answers: { [first.id]: 4, 'retired-question': 1, [noNa.id]: 'not-applicable' },
      dora: { changeFailureRate: 'cfr-0-5' },
      answeredAt: {
        [first.id]: Date.UTC(2026, 10, 1, 8, 0, 0, 500),
        other: Date.UTC(2026, 10, 2, 9, 30, 15),
      },
    },
    QUESTION_BANK,
    { alias: '  Zoë  ', role: '' },
  )
  expect(own).toEqual({
    bankVersion: BANK_VERSION,
    answers: { [first.id]: 4 },
    dora: { changeFailureRate: 'cfr-0-5' },
    alias: 'Zoë',
    createdAt: '2026-11-02T09:30:15Z',
  })
  expect(encodeShareCode(own, QUESTION_BANK)).toMatch(/^1\./)
})

test('a stored team view reads back; a damaged response keeps the whole value from loading', () => {
  const stored = JSON.stringify({ version: 1, state: { sessionName: 'Retro', responses: [response] } })
  expect(parseStoredTeamSession(stored, getBank)).toEqual({
    ok: true,
    value: { version: 1, state: { sessionName: 'Retro', responses: [response] } },
  })
  const damaged = JSON.stringify({
    version: 1,
    state: { sessionName: 'Retro', responses: [{ ...response, answers: { [first.id]: 9 } }] },
  })
  const result = parseStoredTeamSession(damaged, getBank)
  expect(result.ok).toBe(false)
  expect(result.ok ? '' : result.errors[0]).toMatch(/^saved team view, response 1: /)
  expect(parseStoredTeamSession('{"version":7,"state":{}}', getBank)).toEqual({
    ok: false,
    errors: [
      'The saved team view has format version 7, which this version of CALMS Radar does not know. ' +
        'It may come from a newer version of the app.',
    ],
  })
  expect(createEmptyTeamSession()).toEqual({ sessionName: '', responses: [], numbers: [], nextNumber: 1 })
})

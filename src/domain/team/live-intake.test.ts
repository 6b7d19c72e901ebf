import { describe, expect, it } from 'vitest'
import { getBank } from '../bank/bank-registry.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { encodeShareCode } from '../formats/share-code.ts'
import { responseAt } from '../../test-support/team-responses.ts'
import { ivOf, readRoom, type RoomEntry } from './live-intake.ts'

const ana = responseAt(1, { alias: 'Ana' })
const bo = responseAt(3, { alias: 'Bo' })
const anaAgain = responseAt(4, { alias: 'Ana' })
const codeOf = (response: typeof ana) => encodeShareCode(response, QUESTION_BANK)

const readable = (iv: string, shareCode: string): RoomEntry => ({
  iv,
  opened: { ok: true, participantId: 'unused', shareCode },
})

describe('reading a live room', () => {
  it('takes in each readable entry once, and counts the answered', () => {
    const room = new Map([
      ['ana', readable('iv-a1', codeOf(ana))],
      ['bo', readable('iv-b1', codeOf(bo))],
    ])
    const first = readRoom(room, {}, getBank)
    expect(first.answered).toBe(2)
    expect(first.unreadable).toBe(0)
    expect(first.arrivals.map(({ participantId, response }) => [participantId, response])).toEqual([
      ['ana', ana],
      ['bo', bo],
    ])

    // After a reload, or after the facilitator removed Bo's response: the same sealings are not taken in again.
    const received = { ana: { iv: 'iv-a1', code: codeOf(ana) }, bo: { iv: 'iv-b1', code: codeOf(bo) } }
    expect(readRoom(room, received, getBank)).toEqual({ arrivals: [], answered: 2, unreadable: 0 })
  })

  it('replaces a participant’s earlier response when they send again', () => {
    const received = { ana: { iv: 'iv-a1', code: codeOf(ana) } }
    const room = new Map([['ana', readable('iv-a2', codeOf(anaAgain))]])
    expect(readRoom(room, received, getBank).arrivals).toEqual([
      {
        participantId: 'ana',
        received: { iv: 'iv-a2', code: codeOf(anaAgain) },
        response: anaAgain,
        replaces: ana,
      },
    ])
  })

  it('ignores and counts entries that do not open and share codes that do not parse', () => {
    const room = new Map<string, RoomEntry>([
      ['x', { iv: '', opened: { ok: false, problem: 'malformed' } }],
      ['y', { iv: 'iv-y', opened: { ok: false, problem: 'undecryptable' } }],
      ['z', readable('iv-z', '1.not-a-code')],
      ['bo', readable('iv-b1', codeOf(bo))],
    ])
    const reading = readRoom(room, {}, getBank)
    expect(reading.unreadable).toBe(3)
    expect(reading.answered).toBe(1)
    expect(reading.arrivals.map(({ participantId }) => participantId)).toEqual(['bo'])
  })

  it('reads an IV from an entry value, and none from anything else', () => {
    expect(ivOf('pub.AAECAwQFBgcICQoL.cipher')).toBe('AAECAwQFBgcICQoL')
    expect(ivOf('garbage')).toBe('')
    expect(ivOf(42)).toBe('')
  })
})

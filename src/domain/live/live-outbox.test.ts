import { expect, test } from 'vitest'
import { parseLiveOutbox, type LiveOutbox } from './live-outbox.ts'

const OUTBOX: LiveOutbox = {
  relay: 'wss://relay.example.org',
  room: 'AbCdEfGhIjKlMnOpQrSt_-',
  key: 'K60P1hDZnq5EPpMqJhQryg',
  value: 'pub.iv.ciphertext',
  code: '1.abc',
  sent: false,
}

test('an outbox reads back as it was kept', () => {
  expect(parseLiveOutbox(JSON.stringify(OUTBOX))).toEqual(OUTBOX)
})

test.each([
  ['nothing kept', null],
  ['text that is not JSON', '{"relay":'],
  [
    'a relay that is not a WebSocket address',
    JSON.stringify({ ...OUTBOX, relay: 'https://relay.example.org' }),
  ],
  ['a room id of the wrong shape', JSON.stringify({ ...OUTBOX, room: '../../etc' })],
  ['a value over 2 kB', JSON.stringify({ ...OUTBOX, value: 'x'.repeat(2049) })],
  ['a key it does not know', JSON.stringify({ ...OUTBOX, extra: 1 })],
  ['a list', '[]'],
])('%s is no outbox: nothing is sent', (_, raw) => {
  expect(parseLiveOutbox(raw)).toBeUndefined()
})

// The live session's relay as a browser meets it, with Node's providers in the browsers' place: rooms sync, outlive
// their connections until their time is up, and the relay's limits and log hold. No browser is needed here.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { request } from 'node:http'
import { createRequire } from 'node:module'
import { randomBytes } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startRelay, type RunningRelay } from './helpers/relay.ts'

// Node 20 has no WebSocket of its own; the provider takes the one Hocuspocus itself is built on.
const NodeWebSocket: unknown = createRequire(import.meta.url)('ws')

const WAIT_MS = 10_000

interface Participant {
  entries: Y.Map<string>
  provider: HocuspocusProvider
  /** Resolves once the room's content has arrived, or rejects with the relay's reason for refusing the room. */
  joined: Promise<void>
  close: () => void
}

const open: Participant[] = []

function join(relay: RunningRelay, room: string): Participant {
  const document = new Y.Doc()
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: relay.url,
    WebSocketPolyfill: NodeWebSocket,
    // A relay restarted in a test is back within a second: retry at that pace instead of the default backoff.
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  })
  const provider = new HocuspocusProvider({ websocketProvider, name: room, document })
  provider.attach()
  const joined = new Promise<void>((resolve, reject) => {
    provider.on('synced', () => resolve())
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      reject(new Error(`refused: ${reason}`)),
    )
  })
  // A test that expects a refusal awaits it; otherwise an unawaited rejection would fail the run.
  joined.catch(() => undefined)
  const participant: Participant = {
    entries: document.getMap<string>('entries'),
    provider,
    joined,
    close: () => {
      provider.destroy()
      websocketProvider.destroy()
    },
  }
  open.push(participant)
  return participant
}

const newRoom = () => randomBytes(16).toString('base64url')

async function until(check: () => boolean, what: string, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The HTTP status an upgrade to a WebSocket gets: 101 when the relay takes the connection. */
function upgradeStatus(relay: RunningRelay): Promise<number> {
  return new Promise((resolve, reject) => {
    const upgrade = request({
      host: '127.0.0.1',
      port: relay.port,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      },
    })
    upgrade.once('upgrade', (_response, socket) => {
      socket.destroy()
      resolve(101)
    })
    upgrade.once('response', (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    upgrade.once('error', reject)
    upgrade.end()
  })
}

afterEach(() => {
  for (const participant of open.splice(0)) participant.close()
})

describe('npm run relay', () => {
  it('listens on RELAY_PORT', async () => {
    const relay = await startRelay({ command: ['npm', 'run', 'relay'] })
    try {
      expect(relay.output()).toContain(`relay: listening on ws://127.0.0.1:${relay.port} `)
      expect(await upgradeStatus(relay)).toBe(101)
    } finally {
      await relay.stop()
    }
  })
})

describe('the relay', () => {
  let relay: RunningRelay
  beforeAll(async () => {
    relay = await startRelay()
  })
  afterAll(async () => {
    await relay.stop()
  })

  it("passes one participant's entry to the other in the same room", async () => {
    const room = newRoom()
    const facilitator = join(relay, room)
    const participant = join(relay, room)
    await Promise.all([facilitator.joined, participant.joined])
    participant.entries.set('key-1', 'ciphertext-1')
    await until(() => facilitator.entries.get('key-1') === 'ciphertext-1', 'the facilitator has the entry')
  })

  it('keeps a room after its last participant has gone', async () => {
    const room = newRoom()
    const participant = join(relay, room)
    await participant.joined
    participant.entries.set('key-2', 'ciphertext-2')
    await until(() => !participant.provider.hasUnsyncedChanges, 'the relay has the entry')
    participant.close()
    // Long enough for the relay to unload the room it no longer serves.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const facilitator = join(relay, room)
    await facilitator.joined
    expect(facilitator.entries.get('key-2')).toBe('ciphertext-2')
  })

  it('refuses a room id that is not one the app makes', async () => {
    await expect(join(relay, 'short').joined).rejects.toThrow('refused')
    await expect(join(relay, `${newRoom()}/..`).joined).rejects.toThrow('refused')
  })

  it('logs no content', async () => {
    const room = newRoom()
    const facilitator = join(relay, room)
    const participant = join(relay, room)
    await Promise.all([facilitator.joined, participant.joined])
    participant.entries.set('recognisable-key-7f3a', 'recognisable-ciphertext-9c1e')
    await until(() => facilitator.entries.has('recognisable-key-7f3a'), 'the facilitator has the entry')
    participant.close()
    facilitator.close()
    // Counts are logged at most every minute; what is printed by now is what a run prints.
    const log = relay.output()
    expect(log).toContain('relay: listening on')
    expect(log).not.toContain('recognisable')
  })
})

describe('the relay with limits', () => {
  it('refuses connections beyond RELAY_MAX_CONNECTIONS', async () => {
    const relay = await startRelay({ env: { RELAY_MAX_CONNECTIONS: '2' } })
    try {
      const room = newRoom()
      await Promise.all([join(relay, room).joined, join(relay, room).joined])
      expect(await upgradeStatus(relay)).toBe(503)
      for (const participant of open.splice(0)) participant.close()
      // A place frees once the relay has seen the socket close.
      let status = await upgradeStatus(relay)
      const deadline = Date.now() + WAIT_MS
      while (status !== 101 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        status = await upgradeStatus(relay)
      }
      expect(status).toBe(101)
    } finally {
      await relay.stop()
    }
  })

  it('refuses an update that would grow a room past RELAY_MAX_BYTES, and a message larger than that', async () => {
    const relay = await startRelay({ env: { RELAY_MAX_BYTES: '20000' } })
    try {
      const room = newRoom()
      const facilitator = join(relay, room)
      const growing = join(relay, room)
      const oversized = join(relay, room)
      const other = join(relay, room)
      await Promise.all([facilitator.joined, growing.joined, oversized.joined, other.joined])
      oversized.entries.set('too-big', 'x'.repeat(30_000))
      growing.entries.set('part-1', 'y'.repeat(8_000))
      growing.entries.set('part-2', 'y'.repeat(8_000))
      await until(() => facilitator.entries.has('part-2'), 'the room holds 16 kB')
      growing.entries.set('part-3', 'y'.repeat(8_000))
      other.entries.set('small', 'ciphertext')
      await until(() => facilitator.entries.has('small'), 'a small entry still arrives')
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(facilitator.entries.has('too-big')).toBe(false)
      expect(facilitator.entries.has('part-3')).toBe(false)
      const late = join(relay, room)
      await late.joined
      expect([...late.entries.keys()].sort()).toEqual(['part-1', 'part-2', 'small'])
    } finally {
      await relay.stop()
    }
  })
})

describe('the relay stopped mid-session', () => {
  it('passes on a change made while it was down once it is back on the same port', async () => {
    const relay = await startRelay()
    try {
      const room = newRoom()
      const facilitator = join(relay, room)
      const participant = join(relay, room)
      await Promise.all([facilitator.joined, participant.joined])
      participant.entries.set('before', 'ciphertext-before')
      await until(() => facilitator.entries.has('before'), 'the first entry arrives')

      await relay.stop()
      participant.entries.set('while-down', 'ciphertext-while-down')
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(facilitator.entries.has('while-down')).toBe(false)
      await relay.restart()

      await until(
        () => facilitator.entries.get('while-down') === 'ciphertext-while-down',
        'the change made while the relay was down arrives',
      )
      expect(facilitator.entries.get('before')).toBe('ciphertext-before')
    } finally {
      await relay.stop()
    }
  })
})

describe('the relay at a room’s expiry', () => {
  it('forgets the room after RELAY_ROOM_TTL_HOURS and refuses it for a while', async () => {
    // 1.8 s: the room's whole life fits in the test.
    const relay = await startRelay({ env: { RELAY_ROOM_TTL_HOURS: '0.0005' } })
    try {
      const room = newRoom()
      const participant = join(relay, room)
      await participant.joined
      participant.entries.set('key', 'ciphertext')
      await until(() => !participant.provider.hasUnsyncedChanges, 'the relay has the entry')

      let refused = false
      const onRefusal = () => {
        refused = true
      }
      participant.provider.on('close', onRefusal)
      await until(() => refused, 'the relay closes the expired room for its participant')
      // Left open, its screen would send the room back once the relay stops refusing the name.
      participant.close()

      const tooLate = join(relay, room)
      await expect(tooLate.joined).rejects.toThrow('refused')

      // Once its name is released, the same id is a new, empty room.
      let fresh: Participant | undefined
      const deadline = Date.now() + WAIT_MS
      while (fresh === undefined && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 300))
        const attempt = join(relay, room)
        await attempt.joined.then(
          () => {
            fresh = attempt
          },
          () => attempt.close(),
        )
      }
      expect(fresh).toBeDefined()
      expect(fresh?.entries.size).toBe(0)
    } finally {
      await relay.stop()
    }
  })
})

// Issue 27's figure: 50 participants (Node providers) send their sealed entries within ten seconds, and the
// facilitator opens them. Reported: the time from the first send until the facilitator has opened all 50, and the
// relay's memory, measured in a process of its own (relay-process.mjs). The entries are the app's own
// (src/domain/live/live-entry.ts): a share code sealed with ECDH P-256, HKDF and AES-GCM.
// `node tests/bench/live-session.mjs` runs this section alone; `npm run bench -- --only live` with the rest.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { fork } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { formatMs, table } from './report.mjs'
import { withTimeout } from './give-up.mjs'

const PARTICIPANTS = 50
const WINDOW_MS = 10_000
/** Far beyond any figure measured: a round that never completes fails the section, not the machine. */

const formatMb = (bytes) => `${(bytes / 1_000_000).toFixed(1)} MB`

function startRelayProcess() {
  const child = fork(fileURLToPath(new URL('./relay-process.mjs', import.meta.url)), {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const next = (field) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message?.[field] === undefined) return
        child.off('message', onMessage)
        child.off('exit', onExit)
        resolve(message[field])
      }
      const onExit = (code) => reject(new Error(`the relay exited (${code}) before it reported its ${field}`))
      child.on('message', onMessage)
      child.once('exit', onExit)
    })
  return next('port').then((port) => ({
    url: `ws://127.0.0.1:${port}`,
    memory: () => {
      const reply = next('memory')
      child.send('memory')
      return reply
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.send('stop')
      }),
  }))
}

function join(url, room, entriesMap) {
  const document = new Y.Doc()
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })
  const provider = new HocuspocusProvider({ websocketProvider, name: room, document })
  provider.attach()
  const synced = new Promise((resolve, reject) => {
    provider.on('synced', resolve)
    provider.on('authenticationFailed', ({ reason }) => reject(new Error(`the relay refused: ${reason}`)))
  })
  return {
    entries: document.getMap(entriesMap),
    synced,
    close: () => {
      provider.destroy()
      websocketProvider.destroy()
    },
  }
}

/** The facilitator: opens every entry that arrives, and resolves when `count` have opened. */
async function facilitatorOf(live, url, count) {
  const keys = await live.createKeyPair(false)
  const publicKey = await live.exportPublicKey(keys.publicKey)
  const room = live.createRoomId()
  const member = join(url, room, live.ENTRIES_MAP)
  const opened = new Set()
  const problems = []
  let resolveAll
  const all = new Promise((resolve) => {
    resolveAll = resolve
  })
  member.entries.observe((event) => {
    for (const key of event.keysChanged) {
      live
        .openEntry({ key, value: member.entries.get(key), facilitatorPrivateKey: keys.privateKey, room })
        .then((result) => {
          if (!result.ok) problems.push(result.problem)
          else if (!opened.has(key)) {
            opened.add(key)
            if (opened.size === count) resolveAll(performance.now())
          }
        })
    }
  })
  await member.synced
  return { room, publicKey, member, all, problems }
}

/**
 * One round: the facilitator and every participant in the room first, as people open the invitation before they
 * finish; then each participant seals and sends at `sendAt(index)` ms.
 */
async function round({ live, url, shareCodes, sendAt, relay }) {
  const facilitator = await facilitatorOf(live, url, shareCodes.length)
  const participants = shareCodes.map(() => join(url, facilitator.room, live.ENTRIES_MAP))
  try {
    await withTimeout(Promise.all(participants.map((member) => member.synced)), 'joining the room')
    const start = performance.now()
    let lastSend = start
    const sends = participants.map(
      (member, index) =>
        new Promise((resolve, reject) => {
          setTimeout(() => {
            live
              .createKeyPair(true)
              .then((participant) =>
                live.sealEntry({
                  shareCode: shareCodes[index],
                  participant,
                  facilitatorKey: facilitator.publicKey,
                  room: facilitator.room,
                }),
              )
              .then(({ key, value }) => {
                lastSend = Math.max(lastSend, performance.now())
                member.entries.set(key, value)
                resolve(value.length)
              }, reject)
          }, sendAt(index))
        }),
    )
    const sizes = await Promise.all(sends)
    const done = await withTimeout(facilitator.all, `the facilitator opening ${shareCodes.length} entries`)
    if (facilitator.problems.length > 0) {
      throw new Error(`the facilitator could not open: ${facilitator.problems.join(', ')}`)
    }
    const full = await relay.memory()
    return {
      firstSendToAllMs: done - start,
      lastSendToAllMs: done - lastSend,
      entryChars: Math.max(...sizes),
      memoryWithEveryone: full,
    }
  } finally {
    for (const member of [facilitator.member, ...participants]) member.close()
  }
}

/** Runs both rounds against one relay process and prints the section; returns its figures. */
export async function liveSessionSection({ domain, responses, print = (text = '') => console.log(text) }) {
  const shareCodes = responses
    .slice(0, PARTICIPANTS)
    .map((response) => domain.encodeShareCode(response, domain.QUESTION_BANK))
  if (shareCodes.length < PARTICIPANTS) throw new Error(`the live bench needs ${PARTICIPANTS} responses`)
  const relay = await startRelayProcess()
  try {
    const idle = await relay.memory()
    const spread = await round({
      live: domain.live,
      url: relay.url,
      shareCodes,
      relay,
      sendAt: (index) => (index * WINDOW_MS) / (PARTICIPANTS - 1),
    })
    const burst = await round({ live: domain.live, url: relay.url, shareCodes, relay, sendAt: () => 0 })
    // Everyone gone: the relay keeps both rooms until their time is up.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const afterwards = await relay.memory()

    print(
      `## Live session: ${PARTICIPANTS} participants through the relay (Node providers, one relay process)`,
    )
    print()
    print(
      table(
        ['sends', 'first send to the facilitator having opened 50', 'last send to 50 opened'],
        [
          [
            `spread over ${WINDOW_MS / 1000} s`,
            formatMs(spread.firstSendToAllMs),
            formatMs(spread.lastSendToAllMs),
          ],
          ['all at once', formatMs(burst.firstSendToAllMs), formatMs(burst.lastSendToAllMs)],
        ],
      ),
    )
    print()
    print(
      table(
        ['relay process', 'RSS', 'heap used', 'connections', 'rooms kept'],
        [
          ['idle, before', idle],
          ['the first room full: 51 connections, 50 entries', spread.memoryWithEveryone],
          ['the second room full (the first one left)', burst.memoryWithEveryone],
          ['everyone gone (both rooms kept)', afterwards],
        ].map(([label, memory]) => [
          label,
          formatMb(memory.rss),
          formatMb(memory.heapUsed),
          memory.connections,
          memory.rooms,
        ]),
      ),
    )
    print()
    print(
      `Each entry is a share code sealed by src/domain/live/live-entry.ts (${spread.entryChars} characters at most); the facilitator opens each with its private key before it counts. Heap measured after a full garbage collection.`,
    )
    print()
    return { participants: PARTICIPANTS, windowMs: WINDOW_MS, idle, spread, burst, afterwards }
  } finally {
    await relay.stop()
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { loadDomain } = await import('./domain.mjs')
  const { createResponses } = await import('./fixtures.mjs')
  const domain = await loadDomain(fileURLToPath(new URL('../..', import.meta.url)))
  await liveSessionSection({ domain, responses: createResponses(domain, PARTICIPANTS) })
}

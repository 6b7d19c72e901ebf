// The live session's relay (issue 27): Hocuspocus configured, with no sync protocol of our own. It passes Yjs
// updates between the browsers of one room and keeps each room until its time is up. Entries arrive encrypted for
// the facilitator, so the relay holds ciphertext only; it logs settings and counts, never a room's content.
// Runs under plain Node (`npm run relay`), outside the app's bundle: nothing in src/ may import it.
import { Server } from '@hocuspocus/server'
import { pathToFileURL } from 'node:url'
import * as Y from 'yjs'

export const DEFAULT_SETTINGS = Object.freeze({
  host: '127.0.0.1',
  port: 1234,
  sqlite: undefined,
  redisUrl: undefined,
  roomTtlHours: 24,
  maxBytes: 512_000,
  maxConnections: 200,
})

/** The room ids the app makes: random, and long enough that a room cannot be found by guessing. */
const ROOM_NAME = /^[A-Za-z0-9_-]{16,64}$/

/**
 * A message carries its room's name and types around the Yjs update, so the largest one allowed (a client sending
 * a whole room back after a reconnect) exceeds the room's limit by this much.
 */
const MESSAGE_OVERHEAD_BYTES = 4096

/** How often expired rooms are forgotten: a fraction of their lifetime, at least every minute. */
const sweepIntervalMs = (ttlMs) => Math.max(50, Math.min(ttlMs / 4, 60_000))

/** @typedef {typeof DEFAULT_SETTINGS} RelaySettings */

const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`

/**
 * The settings from the environment, each checked, so a typo stops the relay instead of running it with a default.
 * @param {Record<string, string | undefined>} env
 * @returns {RelaySettings}
 */
export function readSettings(env) {
  const number = (name, fallback, { integer = false, min = 0 } = {}) => {
    const raw = env[name]
    if (raw === undefined || raw.trim() === '') return fallback
    const value = Number(raw)
    if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
      throw new Error(
        `${name} must be ${integer ? 'a whole number' : 'a number'} of at least ${min}, not "${raw}"`,
      )
    }
    return value
  }
  const text = (name) => (env[name]?.trim() ? env[name].trim() : undefined)
  const roomTtlHours = number('RELAY_ROOM_TTL_HOURS', DEFAULT_SETTINGS.roomTtlHours)
  if (roomTtlHours <= 0) throw new Error('RELAY_ROOM_TTL_HOURS must be more than 0')
  return {
    host: text('RELAY_HOST') ?? DEFAULT_SETTINGS.host,
    port: number('RELAY_PORT', DEFAULT_SETTINGS.port, { integer: true }),
    sqlite: text('RELAY_SQLITE'),
    redisUrl: text('RELAY_REDIS_URL'),
    roomTtlHours,
    maxBytes: number('RELAY_MAX_BYTES', DEFAULT_SETTINGS.maxBytes, { integer: true, min: 1024 }),
    maxConnections: number('RELAY_MAX_CONNECTIONS', DEFAULT_SETTINGS.maxConnections, {
      integer: true,
      min: 1,
    }),
  }
}

/** A missing optional extension stops the relay with the command that installs it. */
async function importExtension(name, setting) {
  try {
    return await import(name)
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') {
      throw new Error(`${setting} needs ${name}: npm install ${name}@3.4.4`, { cause: error })
    }
    throw error
  }
}

/** The Redis extension's options from a redis:// or rediss:// URL, so no Redis client is imported here. */
function redisOptions(url) {
  const parsed = new URL(url)
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new Error(`RELAY_REDIS_URL must start with redis:// or rediss://, not "${parsed.protocol}"`)
  }
  const db = Number(parsed.pathname.slice(1) || 0)
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(db > 0 ? { db } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  }
}

/** Reads lib0's unsigned varint, the number format of the Yjs messages, from `bytes` at `offset`. */
function readVarUint(bytes, offset) {
  let value = 0
  let shift = 0
  for (let at = offset; at < bytes.length; at += 1) {
    const byte = bytes[at]
    value += (byte & 0x7f) * 2 ** shift
    if (byte < 0x80) return { value, next: at + 1 }
    shift += 7
  }
  throw new Error('truncated message')
}

const MESSAGE_SYNC = 0
const MESSAGE_SYNC_REPLY = 4
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

/**
 * The Yjs update a message from a client would apply to its room, or undefined for any other message (state
 * vectors, awareness, authentication). Layout: room name, message type, sync type, update (y-protocols).
 * @param {Uint8Array} message
 */
function updateOf(message) {
  const nameLength = readVarUint(message, 0)
  const type = readVarUint(message, nameLength.next + nameLength.value)
  if (type.value !== MESSAGE_SYNC && type.value !== MESSAGE_SYNC_REPLY) return undefined
  const syncType = readVarUint(message, type.next)
  if (syncType.value !== SYNC_STEP_2 && syncType.value !== SYNC_UPDATE) return undefined
  const length = readVarUint(message, syncType.next)
  return message.subarray(length.next, length.next + length.value)
}

/**
 * Rooms' first-seen times beside the SQLite extension's documents, so a restart keeps counting their age. A document
 * without a first-seen row belongs to a forgotten room (the extension may store a room once more as it unloads it),
 * so pruning deletes it.
 */
function sqliteRooms(sqlite) {
  const { db } = sqlite
  const run = (sql, params = {}) =>
    new Promise((resolve, reject) => db.run(sql, params, (error) => (error ? reject(error) : resolve())))
  const all = (sql, params = {}) =>
    new Promise((resolve, reject) =>
      db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows))),
    )
  const prune = () => run('DELETE FROM "documents" WHERE "name" NOT IN (SELECT "name" FROM "relay_rooms")')
  return {
    async load() {
      // The extension creates its table without waiting; created here too, it is there before the first prune.
      await run(sqlite.configuration.schema)
      await run(
        'CREATE TABLE IF NOT EXISTS "relay_rooms" ("name" TEXT PRIMARY KEY, "first_seen" INTEGER NOT NULL)',
      )
      await prune()
      const rows = await all('SELECT "name", "first_seen" FROM "relay_rooms"')
      return rows.map((row) => [String(row.name), Number(row.first_seen)])
    },
    add: (name, firstSeen) =>
      run('INSERT OR IGNORE INTO "relay_rooms" ("name", "first_seen") VALUES ($name, $firstSeen)', {
        $name: name,
        $firstSeen: firstSeen,
      }),
    async forget(name) {
      await run('DELETE FROM "relay_rooms" WHERE "name" = $name', { $name: name })
      await prune()
    },
    prune,
  }
}

/**
 * Starts a relay; `port: 0` takes any free port. The returned port is the one it listens on.
 * @param {Partial<RelaySettings>} [overrides]
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function startRelay(overrides = {}, { log = (line) => console.log(line) } = {}) {
  const settings = { ...DEFAULT_SETTINGS, ...overrides }
  const ttlMs = settings.roomTtlHours * 3_600_000
  /** Room name -> when it was first seen and, without SQLite, its document as one Yjs update. */
  const rooms = new Map()
  /** Rooms whose time is up, refused for one more lifetime so a screen left open cannot bring them back. */
  const ended = new Map()
  let openSockets = 0

  const extensions = []
  let sqlite
  if (settings.sqlite !== undefined) {
    const { SQLite } = await importExtension('@hocuspocus/extension-sqlite', 'RELAY_SQLITE')
    sqlite = new SQLite({ database: settings.sqlite })
    extensions.push(sqlite)
  }
  if (settings.redisUrl !== undefined) {
    const { Redis } = await importExtension('@hocuspocus/extension-redis', 'RELAY_REDIS_URL')
    extensions.push(new Redis(redisOptions(settings.redisUrl)))
  }
  let storedRooms
  let ready = Promise.resolve()

  const forgetStored = async (name) => {
    if (storedRooms !== undefined) await storedRooms.forget(name)
  }

  /** @type {import('@hocuspocus/server').Extension} */
  const relay = {
    extensionName: 'calms-relay',
    onUpgrade({ socket }) {
      if (openSockets >= settings.maxConnections) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n', () =>
          socket.destroy(),
        )
        // Hocuspocus stops an upgrade on a rejection without an error, and answers nothing more.
        return Promise.reject()
      }
      openSockets += 1
      socket.once('close', () => {
        openSockets -= 1
      })
      return Promise.resolve()
    },
    async onConnect({ documentName }) {
      await ready
      if (!ROOM_NAME.test(documentName)) throw new Error('not a room id')
      if (ended.has(documentName)) throw new Error('this room has ended')
      if (!rooms.has(documentName)) {
        const firstSeen = Date.now()
        rooms.set(documentName, { firstSeen, state: undefined })
        await storedRooms?.add(documentName, firstSeen)
      }
    },
    async onLoadDocument({ documentName, document }) {
      const state = rooms.get(documentName)?.state
      if (sqlite === undefined && state !== undefined) Y.applyUpdate(document, state)
    },
    // In memory a loaded room is its own copy: it is kept once unloaded, whichever relay holds Redis's store lock.
    async beforeUnloadDocument({ documentName, document }) {
      const room = rooms.get(documentName)
      if (sqlite === undefined && room !== undefined) room.state = Y.encodeStateAsUpdate(document)
    },
    async beforeHandleMessage({ document, update: message }) {
      const update = updateOf(message)
      if (update === undefined) return
      const current = Y.encodeStateAsUpdate(document)
      if (current.length + update.length <= settings.maxBytes) return
      if (Y.mergeUpdates([current, update]).length > settings.maxBytes) {
        throw { code: 1009, reason: 'the room is full' }
      }
    },
    async afterUnloadDocument({ documentName }) {
      if (ended.has(documentName)) await forgetStored(documentName)
    },
  }

  const server = new Server(
    {
      name: null,
      port: settings.port,
      address: settings.host,
      quiet: true,
      stopOnSignals: false,
      extensions: [...extensions, relay],
    },
    { maxPayload: settings.maxBytes + MESSAGE_OVERHEAD_BYTES },
  )
  await server.listen()
  if (sqlite !== undefined) {
    storedRooms = sqliteRooms(sqlite)
    ready = storedRooms.load().then((rows) => {
      for (const [name, firstSeen] of rows) rooms.set(name, { firstSeen, state: undefined })
    })
    await ready
  }
  const instance = server.hocuspocus

  const forget = async (name, now) => {
    rooms.delete(name)
    ended.set(name, now + ttlMs)
    if (instance.documents.has(name)) instance.closeConnections(name)
    // A loaded room is forgotten once unloaded (afterUnloadDocument): unloading stores it one last time.
    else await forgetStored(name)
  }
  let lastCounts = ''
  const sweep = async () => {
    const now = Date.now()
    for (const [name, endsAt] of ended) if (endsAt <= now) ended.delete(name)
    for (const [name, room] of rooms) if (now - room.firstSeen >= ttlMs) await forget(name, now)
    await storedRooms?.prune()
    const counts = `relay: ${plural(openSockets, 'connection')}, ${plural(rooms.size, 'room')}`
    if (counts !== lastCounts) log(counts)
    lastCounts = counts
  }
  const sweeping = setInterval(() => {
    sweep().catch((error) => log(`relay: could not forget expired rooms (${error.message})`))
  }, sweepIntervalMs(ttlMs))

  const port = server.address.port
  log(
    `relay: listening on ws://${settings.host}:${port} (rooms ${sqlite ? 'in SQLite' : 'in memory'}` +
      `${settings.redisUrl ? ', shared through Redis' : ''}, forgotten after ${settings.roomTtlHours} h; ` +
      `at most ${settings.maxBytes} bytes a room and ${settings.maxConnections} connections)`,
  )
  return {
    port,
    /** Counts for the bench and the log; never names or content. */
    stats: () => ({ connections: openSockets, rooms: rooms.size, documents: instance.getDocumentsCount() }),
    async close() {
      clearInterval(sweeping)
      await server.destroy()
      sqlite?.db?.close()
    },
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let relay
  try {
    relay = await startRelay(readSettings(process.env))
  } catch (error) {
    console.error(`relay: ${error.message}`)
    process.exit(1)
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      relay.close().then(
        () => process.exit(0),
        () => process.exit(1),
      )
    })
  }
}

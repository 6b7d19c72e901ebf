// The live session's relay (src/relay/server.mjs) as its own process, on a port of the test's: started as
// `npm run relay` starts it, stopped by its own process id, and started again on the same port.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const HOST = '127.0.0.1'
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const LISTENING = 'relay: listening on '
const START_TIMEOUT_MS = 15_000
const STOP_TIMEOUT_MS = 5_000

export interface RunningRelay {
  /** ws://127.0.0.1:<port> */
  url: string
  port: number
  /** Everything the relay printed so far, stdout and stderr, across restarts. */
  output: () => string
  stop: () => Promise<void>
  /** Stops the relay if it runs and starts it again on the same port, with the same settings. */
  restart: () => Promise<void>
}

export interface RelayOptions {
  port?: number
  env?: Record<string, string>
  /** The command that starts it: `node src/relay/server.mjs` unless a test starts it as `npm run relay`. */
  command?: readonly [string, ...string[]]
}

/** A port nothing listens on now: the system's pick, given back at once. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, HOST, () => {
      const address = probe.address()
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port)
        else reject(new Error('no port from the system'))
      })
    })
  })
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

/**
 * Signals the relay's process group: the relay itself, or npm with the shell and Node it started. Detached, the
 * group's id is the child's own process id, so nothing else on the machine is touched.
 */
function signal(child: ChildProcess, name: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, name)
  } catch {
    // Already gone between the check and the signal.
  }
}

export async function startRelay(options: RelayOptions = {}): Promise<RunningRelay> {
  const port = options.port ?? (await freePort())
  const [command, ...args] = options.command ?? ['node', 'src/relay/server.mjs']
  let log = ''
  let child: ChildProcess | undefined

  const start = async () => {
    const started = spawn(command, args, {
      cwd: REPO_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RELAY_HOST: HOST, ...options.env, RELAY_PORT: String(port) },
    })
    child = started
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`the relay did not listen on ${port} within ${START_TIMEOUT_MS} ms:\n${log}`))
      }, START_TIMEOUT_MS)
      const read = (chunk: Buffer) => {
        const before = log.length
        log += chunk.toString()
        if (log.indexOf(LISTENING, Math.max(0, before - LISTENING.length)) !== -1) {
          clearTimeout(timer)
          resolve()
        }
      }
      started.stdout.on('data', read)
      started.stderr.on('data', read)
      started.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`the relay exited (${String(code)}) before it listened:\n${log}`))
      })
    })
  }

  const stop = async () => {
    const running = child
    if (running === undefined) return
    child = undefined
    const gone = exited(running)
    signal(running, 'SIGTERM')
    const timer = setTimeout(() => signal(running, 'SIGKILL'), STOP_TIMEOUT_MS)
    await gone
    clearTimeout(timer)
  }

  await start()
  return {
    url: `ws://${HOST}:${port}`,
    port,
    output: () => log,
    stop,
    restart: async () => {
      await stop()
      await start()
    },
  }
}

// Builds the app, serves dist/ on 127.0.0.1, runs the browser tests in Chromium and stops the server it started.
import { spawn, spawnSync } from 'node:child_process'
import { connect } from 'node:net'

const host = '127.0.0.1'
const port = Number(process.env.E2E_PORT ?? 4183)

function portAnswers() {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

async function waitForServer(timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await portAnswers()) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`the preview server did not answer on ${host}:${port} within ${timeoutMs} ms`)
}

// A stale server from an earlier run would answer the tests with old code.
if (await portAnswers()) {
  console.error(
    `Port ${port} on ${host} already answers; stop whatever serves it (or set E2E_PORT) and retry.`,
  )
  process.exit(1)
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', host, '--port', String(port), '--strictPort'],
  { stdio: ['ignore', 'inherit', 'inherit'] },
)
const stopServer = () => {
  if (server.exitCode === null) server.kill('SIGTERM')
}
process.on('exit', stopServer)
process.on('SIGINT', () => process.exit(130))
process.on('SIGTERM', () => process.exit(143))

let status = 1
try {
  await waitForServer(30_000)
  const extra = process.argv.slice(2).filter((a) => a !== '--no-build')
  const run = spawnSync('./node_modules/.bin/vitest', ['run', '--project', 'e2e', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: `http://${host}:${port}/` },
  })
  status = run.status ?? 1
} finally {
  stopServer()
}
process.exit(status)

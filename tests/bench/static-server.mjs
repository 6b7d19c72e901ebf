// A static host in a few lines: serves a build folder gzip-compressed, as a CDN would, and logs every path asked for.
import { createServer } from 'node:http'
import { createSecureServer } from 'node:http2'
import { readFile } from 'node:fs/promises'
import { createServer as createNetServer } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Static hosts compress at 6-9; the highest level gives the smallest, stable size to compare builds by. */
export const GZIP_LEVEL = 9

const HOST = '127.0.0.1'
// Other engineers' servers use 4183, 4190-4199, 4300 and 5173; the bench keeps to its own range.
const FIRST_PORT = 4400
const LAST_PORT = 4499

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

function listen(server, port) {
  return new Promise((resolvePort, reject) => {
    const onError = (error) => reject(error)
    server.once('error', onError)
    server.listen(port, HOST, () => {
      server.off('error', onError)
      resolvePort(port)
    })
  })
}

/** Binds the first free port of the bench's range. */
async function listenInRange(server) {
  for (let port = FIRST_PORT; port <= LAST_PORT; port += 1) {
    try {
      return await listen(server, port)
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error
    }
  }
  throw new Error(`no free port on ${HOST} between ${FIRST_PORT} and ${LAST_PORT}`)
}

/** A port of the range that is free now, for a process that binds it itself (Chromium's debugging port). */
export async function findFreePort() {
  const probe = createNetServer()
  const port = await listenInRange(probe)
  await new Promise((done) => probe.close(done))
  return port
}

/**
 * Serves `root` on 127.0.0.1; `requested` lists the paths asked for, in order, until the caller clears it. Over
 * plain HTTP/1.1, unless `tls` ({ key, cert }) is given: then over HTTPS and HTTP/2, as CDNs serve a static site.
 * Browsers open at most six HTTP/1.1 connections to a host, so a page of many chunks waits in line there.
 */
export async function serve(root, { tls } = {}) {
  const base = resolve(root)
  const cache = new Map()
  const requested = []

  async function load(path) {
    if (!cache.has(path)) {
      const file = resolve(join(base, path))
      if (!file.startsWith(base + sep)) throw new Error(`outside the build folder: ${path}`)
      const raw = await readFile(file)
      cache.set(path, { raw, gzipped: gzipSync(raw, { level: GZIP_LEVEL }) })
    }
    return cache.get(path)
  }

  const handle = async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', `http://${HOST}`)
    const path = pathname === '/' ? '/index.html' : decodeURIComponent(pathname)
    requested.push(path)
    let file
    try {
      file = await load(path)
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      // Every load in the bench is meant to be cold; a fresh browser context already has an empty cache.
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip && { 'Content-Encoding': 'gzip' }),
    })
    response.end(gzip ? file.gzipped : file.raw)
  }
  const server =
    tls === undefined ? createServer(handle) : createSecureServer({ ...tls, allowHTTP1: true }, handle)
  const sessions = new Set()
  server.on('session', (session) => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
  })
  const port = await listenInRange(server)

  return {
    url: `${tls === undefined ? 'http' : 'https'}://${HOST}:${port}/`,
    requested,
    /** The file as served: its text, its size and its gzip size at GZIP_LEVEL. */
    async file(path) {
      const { raw, gzipped } = await load(path)
      return { text: raw.toString('utf8'), bytes: raw.length, gzipBytes: gzipped.length }
    },
    close: () =>
      new Promise((done) => {
        if (tls === undefined) server.closeAllConnections()
        for (const session of sessions) session.destroy()
        server.close(done)
      }),
  }
}

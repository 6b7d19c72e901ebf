// A static host of a test's own, on a port of its own: it serves one build folder and can switch to another while
// the browser keeps running, as a deployment of a new version does.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'

const HOST = '127.0.0.1'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
}

export interface FolderServer {
  url: string
  /** Serves another folder from the next request on. */
  switchTo: (root: string) => void
  close: () => Promise<void>
}

export async function serveFolder(root: string, port: number): Promise<FolderServer> {
  let base = resolve(root)
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', `http://${HOST}`)
    const file = resolve(join(base, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)))
    if (!file.startsWith(base + sep)) {
      response.writeHead(403).end()
      return
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          // As a static host serves an app that updates: the browser asks again before it reuses anything.
          'Cache-Control': 'no-cache',
        })
        response.end(body)
      },
      () => response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found'),
    )
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, HOST, () => done())
  })
  return {
    url: `http://${HOST}:${port}/`,
    switchTo: (next) => {
      base = resolve(next)
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

// The relay in a process of its own for the live-session bench, so its memory is measured apart from the 51
// providers that talk to it. Forked with an IPC channel: it reports its port, then its memory on request.
import { startRelay } from '../../src/relay/server.mjs'

const relay = await startRelay({ port: 0 }, { log: () => undefined })

process.on('message', (message) => {
  if (message === 'memory') {
    // Collected first, so the heap holds what the relay keeps rather than what it has not yet freed.
    globalThis.gc?.()
    const { rss, heapUsed } = process.memoryUsage()
    process.send({ memory: { rss, heapUsed, ...relay.stats() } })
  } else if (message === 'stop') {
    relay.close().then(() => process.exit(0))
  }
})
process.send({ port: relay.port })

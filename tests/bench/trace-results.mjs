// node tests/bench/trace-results.mjs [--runs N] [--lighthouse]: where the results page's main-thread time goes on a slow phone.
// Builds the app into a temp folder, loads `#/results` with a finished self-check stored, at 4x CPU and a 390x844
// viewport, with the V8 CPU profiler on, and prints the long tasks (> 50 ms, their blocking part) and the self time
// per source (a library, or a module of ours, found through the build's source maps) and per function until the
// page has been quiet for 2 s. The figures name what to split or defer.
/* global document, requestAnimationFrame */
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import { rmSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CPU_THROTTLING_RATE, launchBrowser } from './browser.mjs'
import { build } from 'vite'
import { loadDomain } from './domain.mjs'
import { createResponses, serializeSelfCheck, SELF_CHECK_STORAGE_KEY } from './fixtures.mjs'
import { formatMs, median, table } from './report.mjs'
import { runLighthouse } from './lighthouse.mjs'
import { serve } from './static-server.mjs'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const args = process.argv.slice(2)
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3
// `--lighthouse` also runs Lighthouse once and prints its own breakdown of the main thread's work.
const LIGHTHOUSE_TOO = args.includes('--lighthouse')
// `--detail` names the functions, not only the sources, that took most of each stretch of work.
const DETAIL = args.includes('--detail')
const QUIET_MS = 2000
const TOP = 12

/** Self time (ms) of every node of a V8 CPU profile, grouped by `keyOf(callFrame)`. */
function selfTimes(profile, keyOf) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const totals = new Map()
  for (let index = 0; index < profile.samples.length; index += 1) {
    const node = byId.get(profile.samples[index])
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000
    const key = keyOf(node.callFrame)
    totals.set(key, (totals.get(key) ?? 0) + ms)
  }
  return totals
}

/** Source maps of the build, by file name, to name the library or module a minified frame comes from. */
const maps = new Map()
async function loadMaps(outDir, server) {
  for (const path of server.requested.filter((requested) => requested.endsWith('.js'))) {
    const name = path.split('/').pop()
    // Vite's own runtime helpers come without a map; their frames keep the file's name.
    const map = await readFile(join(outDir, `${path}.map`), 'utf8').catch(() => undefined)
    if (map !== undefined) maps.set(name, new TraceMap(map))
  }
}

const scriptName = (url) => (url.split('/').pop() ?? url).replace(/-[\w-]{8}\.js$/, '.js')

/** A library by its package name; a module of ours by its path under src/. */
function sourceOf(frame) {
  if (frame.url === '') return { source: frame.functionName || '(native)', name: frame.functionName }
  const map = maps.get(frame.url.split('/').pop())
  const position =
    map && originalPositionFor(map, { line: frame.lineNumber + 1, column: Math.max(0, frame.columnNumber) })
  const path = position?.source ?? frame.url
  const library = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  const source = library
    ? library[1]
    : path.startsWith('http')
      ? scriptName(path)
      : path.replace(/^.*?\/src\//, 'src/')
  return { source, name: position?.name ?? frame.functionName, line: position?.line }
}
const bySource = (frame) => sourceOf(frame).source

/**
 * The profile cut at every idle sample: each stretch of work is one task, or a few back to back. For every stretch
 * over 50 ms, its length and the three sources that took most of it.
 */
function busyStretches(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const stretches = []
  let current
  for (let index = 0; index < profile.samples.length; index += 1) {
    const frame = byId.get(profile.samples[index]).callFrame
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000
    if (frame.functionName === '(idle)') {
      current = undefined
      continue
    }
    if (current === undefined) {
      current = { ms: 0, sources: new Map() }
      stretches.push(current)
    }
    const source = DETAIL ? byFunction(frame) : bySource(frame)
    current.ms += ms
    current.sources.set(source, (current.sources.get(source) ?? 0) + ms)
  }
  return stretches
    .filter((stretch) => stretch.ms > 50)
    .map((stretch) => {
      const top = [...stretch.sources].sort((a, b) => b[1] - a[1]).slice(0, DETAIL ? 8 : 3)
      return `${Math.round(stretch.ms)} ms: ${top.map(([source, ms]) => `${source} ${Math.round(ms)}`).join(', ')}`
    })
}
const byFunction = (frame) => {
  const { source, name, line } = sourceOf(frame)
  const chunk = scriptName(frame.url)
  return line === undefined || line === null
    ? source
    : `${name || '(anonymous)'} ${source}:${line} (${chunk})`
}

const blocking = (run) => run.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)

async function traceOnce(browser, url, storage) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  })
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) globalThis.localStorage.setItem(key, value)
    // Long tasks observed from the first script on; buffered entries cover those before the observer ran.
    globalThis.__longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        globalThis.__longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
    // The moment the scores table is in the page, checked once a frame: a query per frame costs next to nothing.
    const watch = () => {
      if (document.querySelector('table caption') === null) requestAnimationFrame(watch)
      else globalThis.__textAt = performance.now()
    }
    requestAnimationFrame(watch)
  }, storage)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE })
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await page.goto(url, { waitUntil: 'load' })
  // Waited for from Node, not by polling in the page: Playwright's own polling would show up in the profile.
  let textAt
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    await new Promise((resolveWait) => setTimeout(resolveWait, QUIET_MS))
    const state = await page.evaluate(() => ({
      textAt: globalThis.__textAt,
      now: performance.now(),
      lastEnd: globalThis.__longTasks.reduce((end, task) => Math.max(end, task.start + task.duration), 0),
    }))
    textAt = state.textAt
    if (textAt !== undefined && state.now - state.lastEnd > QUIET_MS) break
  }
  const { profile } = await cdp.send('Profiler.stop')
  const longTasks = await page.evaluate(() => globalThis.__longTasks)
  await context.close()
  return { profile, longTasks, textAt }
}

/** Lighthouse's own figures from its trace: work by kind, script time by file, and its long tasks. */
async function lighthouseBreakdown(url, storage) {
  const result = await runLighthouse({
    url,
    storage,
    name: 'results',
    userDataDir: await mkdtemp(join(work, 'lighthouse-profile-')),
    outputDir: work,
  })
  if (!result.ok) {
    console.log(`Lighthouse could not run: ${result.error}`)
    return
  }
  const lhr = JSON.parse(await readFile(join(work, 'lighthouse-results.json'), 'utf8'))
  const { metrics, scores } = result
  console.log()
  console.log(
    `## Lighthouse: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}; ` +
      `FCP ${formatMs(metrics.fcpMs)}, LCP ${formatMs(metrics.lcpMs)}, TBT ${formatMs(metrics.tbtMs)}, CLS ${metrics.cls.toFixed(3)}`,
  )
  const items = (id) => lhr.audits[id]?.details?.items ?? []
  console.log()
  console.log(
    table(
      ['main-thread work (Lighthouse, 4x)', 'ms'],
      items('mainthread-work-breakdown').map((item) => [item.groupLabel, Math.round(item.duration)]),
    ),
  )
  console.log()
  console.log(
    table(
      ['script', 'total ms', 'evaluation ms', 'parse/compile ms'],
      items('bootup-time').map((item) => [
        scriptName(item.url),
        Math.round(item.total),
        Math.round(item.scripting),
        Math.round(item.scriptParseCompile),
      ]),
    ),
  )
  console.log()
  console.log(
    table(
      ['long task (Lighthouse)', 'start ms', 'ms'],
      items('long-tasks').map((item) => [
        scriptName(item.url),
        Math.round(item.startTime),
        Math.round(item.duration),
      ]),
    ),
  )
}

const work = await mkdtemp(join(tmpdir(), 'calms-trace-'))
let browser
let server
try {
  await build({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(work, 'app'), emptyOutDir: true, sourcemap: true },
  })
  const domain = await loadDomain(repoRoot)
  const storage = {
    [SELF_CHECK_STORAGE_KEY]: serializeSelfCheck(domain, createResponses(domain, 1)[0]),
  }
  server = await serve(join(work, 'app'))
  browser = await launchBrowser()
  const runs = []
  for (let run = 0; run < RUNS; run += 1)
    runs.push(await traceOnce(browser, `${server.url}#/results`, storage))
  await loadMaps(join(work, 'app'), server)

  console.log(
    `# Results page trace (${RUNS} loads, 4x CPU, 390x844, until ${QUIET_MS / 1000} s without a long task)`,
  )
  console.log()
  console.log(
    table(
      ['load', 'scores table seen', 'long tasks (ms)', 'blocking (sum of ms over 50)'],
      runs.map((run, index) => [
        index + 1,
        formatMs(run.textAt),
        run.longTasks.map((task) => Math.round(task.duration)).join(', ') || 'none',
        formatMs(blocking(run)),
      ]),
    ),
  )
  const middle = [...runs].sort((a, b) => blocking(a) - blocking(b))[Math.floor(runs.length / 2)]
  console.log()
  console.log(`## Work between idle moments over 50 ms, load ${runs.indexOf(middle) + 1} (median blocking)`)
  console.log()
  for (const line of busyStretches(middle.profile)) console.log(`- ${line}`)
  for (const [title, keyOf] of [
    ['Self time per library or module (median ms)', bySource],
    ['Self time per function (median ms)', byFunction],
  ]) {
    const perRun = runs.map((run) => selfTimes(run.profile, keyOf))
    const keys = new Set(perRun.flatMap((totals) => [...totals.keys()]))
    const rows = [...keys]
      .map((key) => [key, median(perRun.map((totals) => totals.get(key) ?? 0))])
      .filter(([key]) => key !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
    console.log()
    console.log(`## ${title}`)
    console.log()
    console.log(
      table(
        ['what', 'ms'],
        rows.map(([key, ms]) => [key, Math.round(ms)]),
      ),
    )
  }
  if (LIGHTHOUSE_TOO) {
    await browser.close()
    browser = undefined
    await lighthouseBreakdown(`${server.url}#/results`, storage)
  }
} finally {
  await browser?.close()
  await server?.close()
  rmSync(work, { recursive: true, force: true })
}

// npm run bench: how much JavaScript and time the app costs next to a bare React "hello world" (the floor).
// `--budget` builds and checks the first-load JavaScript budget only (CI); `--json <file>` also writes the figures.
// Sizes are asserted; timings are only reported, because the machines that run this are shared.
// `--only team,lighthouse` runs the first-load section and only the named timing sections (paint,
// first-question, team, present, live, coach, lighthouse), for work on one of them.
import { rmSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchBrowser, openPage, timeUntil, CPU_THROTTLING_RATE } from './browser.mjs'
import { buildApp, buildFloor } from './builds.mjs'
import { loadDomain } from './domain.mjs'
import { FIRST_ANSWER_RUNS, firstAnswerSection } from './first-tap.mjs'
import {
  createResponses,
  serializeSelfCheck,
  serializeTeamSession,
  SELF_CHECK_STORAGE_KEY,
  TEAM_STORAGE_KEY,
} from './fixtures.mjs'
import { captionVisibleAt, firstContentfulPaint, firstRadioReadyAt } from './in-page.mjs'
import { LIGHTHOUSE, runLighthouse } from './lighthouse.mjs'
import { liveSessionSection } from './live-session.mjs'
import { presentModeSection } from './present-mode.mjs'
import { coachViewSection } from './coach-view.mjs'
import { teamScaleSection } from './team-scale.mjs'
import { formatKb, formatMs, formatRatio, median, table } from './report.mjs'
import { GZIP_LEVEL, serve } from './static-server.mjs'
import { selfSignedCertificate } from './tls.mjs'

const reactVersion = createRequire(import.meta.url)('react/package.json').version
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const args = process.argv.slice(2)
const budgetOnly = args.includes('--budget')
const jsonPath = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined
const TIMING_SECTIONS = ['paint', 'first-question', 'team', 'present', 'live', 'coach', 'lighthouse']
const onlySections = args.includes('--only')
  ? (args[args.indexOf('--only') + 1] ?? '').split(',')
  : TIMING_SECTIONS
const unknownSections = onlySections.filter((name) => !TIMING_SECTIONS.includes(name))
if (unknownSections.length > 0) {
  console.error(
    `--only takes a comma-separated list of ${TIMING_SECTIONS.join(', ')}; not: ${unknownSections.join(', ')}`,
  )
  process.exit(2)
}
const runs = (section) => !budgetOnly && onlySections.includes(section)
if (args.includes('--json') && jsonPath === undefined) {
  console.error('--json needs a file name: npm run bench -- --json bench.json')
  process.exit(2)
}

/** First-load JS (gzip) as a multiple of the floor's: React itself is unavoidable, the rest is ours. */
const BUDGET = { start: 1.3, step1: 1.65, resultsPhone: 2.6 }
/** A class name recharts writes into every radar; minifiers keep strings, so it marks recharts code in any chunk. */
const RECHARTS_MARKER = 'recharts-polar-grid'
const RUNS = 5
/** Lighthouse runs per page: its performance score moves by several points from one run to the next. */
const LIGHTHOUSE_RUNS = 3
const TEAM_SIZE = 1000
/** Enough people for every team figure (spread, roles), few enough that the team row measures code, not data. */
const SMALL_TEAM_SIZE = 12
const TEAM_TABLE_CAPTION = 'Team scores by CALMS pillar'

const log = (message) => console.error(`[bench] ${message}`)
const print = (text = '') => console.log(text)
const figures = {}

const work = await mkdtemp(join(tmpdir(), 'calms-bench-'))
const removeWork = () => rmSync(work, { recursive: true, force: true })
// An interrupted run must not leave builds and browser profiles behind in /tmp.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    removeWork()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  })
}

/** A text as a bundle may spell it: as written, or escaped inside a JS string. */
const spellings = (text) => [text, JSON.stringify(text).slice(1, -1)]

async function measureRoute(browser, server, route, olderBankTexts = []) {
  server.requested.length = 0
  const { page, errors, close } = await openPage(browser, { storage: route.storage, phone: route.phone })
  try {
    await page.goto(server.url + route.hash, { waitUntil: 'load' })
    await route.ready(page)
    // Chunks fetched right after the screen appears (lazy services, prefetches) are part of its first load too.
    await page.waitForLoadState('networkidle')
  } finally {
    await close()
  }
  const scripts = [...new Set(server.requested.filter((path) => path.endsWith('.js')))]
  const files = await Promise.all(scripts.map((path) => server.file(path)))
  return {
    files: scripts,
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    recharts: files.some((file) => file.text.includes(RECHARTS_MARKER)),
    olderBankTexts: olderBankTexts.filter((text) =>
      files.some((file) => spellings(text).some((spelling) => file.text.includes(spelling))),
    ),
    errors,
  }
}

async function waitUntilEnabled(locator) {
  await locator.waitFor()
  if (!(await locator.isEnabled())) throw new Error('the start button is disabled')
}

async function firstLoadSection(browser, app, floor, storage, olderBankTexts) {
  const routes = [
    {
      key: 'start',
      label: 'start page `#/`',
      hash: '#/',
      ready: (page) => waitUntilEnabled(page.getByRole('link', { name: 'Start self-check' })),
    },
    {
      key: 'step1',
      label: 'questionnaire step 1 `#/step/1`',
      hash: '#/step/1',
      ready: (page) => timeUntil(page, firstRadioReadyAt),
    },
    {
      key: 'results',
      label: 'results `#/results` (a finished self-check stored; until the radar is drawn)',
      hash: '#/results',
      storage: { [SELF_CHECK_STORAGE_KEY]: storage.selfCheck },
      // The radar loads once near the screen; the bench's wide window draws it after the text, and the figure
      // counts it, so the results row still holds recharts.
      ready: (page) => page.locator('.radar .recharts-surface').first().waitFor(),
    },
    {
      key: 'resultsPhone',
      label: 'results `#/results` on a phone (390x844; the radar not yet scrolled near)',
      hash: '#/results',
      storage: { [SELF_CHECK_STORAGE_KEY]: storage.selfCheck },
      phone: true,
      ready: (page) => timeUntil(page, captionVisibleAt, 'Scores by CALMS pillar'),
    },
    {
      key: 'team',
      label: `team \`#/team\` (${SMALL_TEAM_SIZE} responses stored)`,
      hash: '#/team',
      storage: { [TEAM_STORAGE_KEY]: storage.smallTeam },
      ready: (page) => timeUntil(page, captionVisibleAt, TEAM_TABLE_CAPTION),
    },
  ]
  const floorLoad = await measureRoute(browser, floor, {
    hash: '',
    ready: (page) => page.getByRole('heading', { name: 'Hello world' }).waitFor(),
  })
  const loads = {}
  for (const route of routes) loads[route.key] = await measureRoute(browser, app, route, olderBankTexts)

  const ratio = (key) => loads[key].gzipBytes / floorLoad.gzipBytes
  print(`## First-load JavaScript (gzip level ${GZIP_LEVEL}, kB = 1000 bytes)`)
  print()
  print(
    table(
      ['route', 'JS files', 'gzip', 'ratio to floor', 'recharts loaded'],
      [
        ['floor: React hello world', floorLoad.files.length, formatKb(floorLoad.gzipBytes), '1.00x', 'no'],
        ...routes.map((route) => [
          route.label,
          loads[route.key].files.length,
          formatKb(loads[route.key].gzipBytes),
          formatRatio(ratio(route.key)),
          loads[route.key].recharts ? 'yes' : 'no',
        ]),
      ],
    ),
  )
  print()
  for (const [key, load] of Object.entries({ floor: floorLoad, ...loads })) {
    if (load.errors.length > 0) print(`Page errors on ${key}: ${load.errors.join('; ')}`)
  }

  figures.firstLoad = {
    gzipLevel: GZIP_LEVEL,
    floor: floorLoad,
    ...Object.fromEntries(
      routes.map((route) => [route.key, { ...loads[route.key], ratio: ratio(route.key) }]),
    ),
  }

  const checks = [
    {
      name: `start page JS <= ${BUDGET.start}x floor`,
      ok: ratio('start') <= BUDGET.start,
      actual: `${formatRatio(ratio('start'))} (${formatKb(loads.start.gzipBytes)}, limit ${formatKb(BUDGET.start * floorLoad.gzipBytes)})`,
    },
    {
      name: `questionnaire step 1 JS <= ${BUDGET.step1}x floor`,
      ok: ratio('step1') <= BUDGET.step1,
      actual: `${formatRatio(ratio('step1'))} (${formatKb(loads.step1.gzipBytes)}, limit ${formatKb(BUDGET.step1 * floorLoad.gzipBytes)})`,
    },
    {
      name: `results on a phone JS <= ${BUDGET.resultsPhone}x floor`,
      ok: ratio('resultsPhone') <= BUDGET.resultsPhone,
      actual: `${formatRatio(ratio('resultsPhone'))} (${formatKb(loads.resultsPhone.gzipBytes)}, limit ${formatKb(BUDGET.resultsPhone * floorLoad.gzipBytes)})`,
    },
    {
      name: "no recharts code on the results' first screen on a phone",
      ok: !loads.resultsPhone.recharts,
      actual: loads.resultsPhone.recharts
        ? `recharts loaded (a chunk contains "${RECHARTS_MARKER}")`
        : 'no chunk contains recharts',
    },
    ...['start', 'step1'].map((key) => ({
      name: `no recharts code on ${key === 'start' ? 'the start page' : 'questionnaire step 1'}`,
      ok: !loads[key].recharts,
      actual: loads[key].recharts
        ? `recharts loaded (a chunk contains "${RECHARTS_MARKER}")`
        : 'no chunk contains recharts',
    })),
    ...['start', 'step1'].map((key) => ({
      name: `no text of an older bank's question on ${key === 'start' ? 'the start page' : 'questionnaire step 1'}`,
      ok: olderBankTexts.length > 0 && loads[key].olderBankTexts.length === 0,
      actual:
        olderBankTexts.length === 0
          ? 'no older bank texts to look for: is bank-v1.ts still there?'
          : loads[key].olderBankTexts.length === 0
            ? `none of ${olderBankTexts.length} texts found`
            : `found: "${loads[key].olderBankTexts[0]}" and ${loads[key].olderBankTexts.length - 1} more`,
    })),
  ]
  print('## Budget')
  print()
  print(
    table(
      ['check', 'result', 'measured'],
      checks.map((c) => [c.name, c.ok ? 'pass' : 'FAIL', c.actual]),
    ),
  )
  print()
  figures.budget = checks
  return checks.filter((check) => !check.ok)
}

/**
 * The offline copy: what the service worker fetches once the page is usable, listed in the sw.js that
 * vite-plugin-pwa generates, and the worker itself with the workbox runtime it imports.
 */
async function precacheSection(app) {
  const worker = (await app.file('/sw.js')).text
  const urls = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1])
  const runtime = /define\(\["\.\/(workbox-[\w-]+)"\]/.exec(worker)?.[1]
  if (urls.length === 0 || runtime === undefined) {
    throw new Error('sw.js holds no precache list or workbox runtime: has the service worker build changed?')
  }
  const sum = async (paths) => {
    const files = await Promise.all(paths.map((path) => app.file(path)))
    return {
      count: files.length,
      bytes: files.reduce((total, file) => total + file.bytes, 0),
      gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
    }
  }
  const precache = await sum(urls.map((url) => `/${url}`))
  const scripts = await sum(urls.filter((url) => url.endsWith('.js')).map((url) => `/${url}`))
  const serviceWorker = await sum(['/sw.js', `/${runtime}.js`])
  print(`## Offline copy (service worker precache, fetched after the first load, gzip level ${GZIP_LEVEL})`)
  print()
  print(
    table(
      ['what', 'files', 'size', 'gzip'],
      [
        [
          'everything precached (lazy screens, CSS, HTML, icons, manifest)',
          precache.count,
          formatKb(precache.bytes),
          formatKb(precache.gzipBytes),
        ],
        ['of which JavaScript', scripts.count, formatKb(scripts.bytes), formatKb(scripts.gzipBytes)],
        [
          'the service worker and its workbox runtime',
          serviceWorker.count,
          formatKb(serviceWorker.bytes),
          formatKb(serviceWorker.gzipBytes),
        ],
      ],
    ),
  )
  print()
  figures.precache = { precache, scripts, serviceWorker }
}

async function loadCold(browser, url, { storage, throttle }, measure) {
  const { page, close } = await openPage(browser, { storage, throttle })
  try {
    await page.goto(url, { waitUntil: 'commit' })
    return await measure(page)
  } finally {
    await close()
  }
}

async function paintSection(browser, app, floor) {
  const fcp = { app: [], floor: [] }
  // Alternating, so a slow moment of a shared machine hits both builds alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, server] of [
      ['app', app],
      ['floor', floor],
    ]) {
      fcp[name].push(
        await loadCold(browser, server.url, { throttle: true }, (page) =>
          timeUntil(page, firstContentfulPaint),
        ),
      )
    }
  }
  const appFcp = median(fcp.app)
  const floorFcp = median(fcp.floor)
  print(`## First contentful paint (median of ${RUNS} cold loads, ${CPU_THROTTLING_RATE}x CPU throttling)`)
  print()
  print(
    table(
      ['page', 'FCP', 'runs'],
      [
        ['app start page', formatMs(appFcp), fcp.app.map(Math.round).join(', ')],
        ['floor', formatMs(floorFcp), fcp.floor.map(Math.round).join(', ')],
      ],
    ),
  )
  print()
  print(
    `App / floor: ${formatRatio(appFcp / floorFcp)} (goal <= 0.80x: the prerendered page paints before any JS runs)`,
  )
  print()
  figures.firstContentfulPaint = {
    throttling: CPU_THROTTLING_RATE,
    runs: fcp,
    appMs: appFcp,
    floorMs: floorFcp,
  }
}

async function firstQuestionSection(browser, app) {
  const times = []
  for (let run = 0; run < RUNS; run += 1) {
    times.push(
      await loadCold(browser, `${app.url}#/step/1`, { throttle: true }, (page) =>
        timeUntil(page, firstRadioReadyAt),
      ),
    )
  }
  print(
    `## Time until the first question can be answered (\`#/step/1\`, ${CPU_THROTTLING_RATE}x CPU throttling)`,
  )
  print()
  print(
    `Navigation start to the first radio visible and enabled: median ${formatMs(median(times))} of ${RUNS} cold loads (${times.map(Math.round).join(', ')} ms).`,
  )
  print()
  figures.firstQuestion = { throttling: CPU_THROTTLING_RATE, runs: times, medianMs: median(times) }
}

async function teamSection(browser, app, domain, team) {
  const scale = await teamScaleSection({
    browser,
    url: app.url,
    domain,
    responses: team.responses,
    runs: RUNS,
    encode: (response) => domain.encodeShareCode(response, domain.QUESTION_BANK),
  })
  const timeInNode = (task) =>
    Array.from({ length: RUNS }, () => {
      const start = performance.now()
      task()
      return performance.now() - start
    })
  const parse = timeInNode(() => domain.parseStoredTeamSession(team.raw, domain.getBank))
  const aggregate = timeInNode(() => domain.aggregateTeam(team.responses, domain.QUESTION_BANK))

  print(`## Team view of ${TEAM_SIZE} responses (${formatKb(team.raw.length)} in localStorage)`)
  print()
  print(
    table(
      ['measure', 'median', 'runs (ms)'],
      [
        [
          `read and check the stored view (\`parseStoredTeamSession\`), Node`,
          formatMs(median(parse)),
          parse.map((ms) => ms.toFixed(1)).join(', '),
        ],
        [
          '`aggregateTeam` alone, Node',
          formatMs(median(aggregate)),
          aggregate.map((ms) => ms.toFixed(1)).join(', '),
        ],
      ],
    ),
  )
  print()
  figures.team = {
    size: TEAM_SIZE,
    storedBytes: team.raw.length,
    ...scale,
    parseMs: parse,
    aggregateMs: aggregate,
  }
}

/**
 * Lighthouse on the start page and the results, served as the other sections are (HTTP/1.1), and the results once
 * more over HTTP/2 (`appOverHttp2`, when a certificate could be made): a CDN serves a static site over HTTP/2, where
 * the results' chunks do not wait in line for one of six connections, as Lighthouse's simulation makes them over
 * HTTP/1.1.
 */
async function lighthouseSection(app, appOverHttp2, storage) {
  const resultsStorage = { [SELF_CHECK_STORAGE_KEY]: storage.selfCheck }
  const pages = [
    { name: 'start', label: 'start page `#/`', url: app.url },
    {
      name: 'results',
      label: 'results `#/results` (a finished self-check stored)',
      url: `${app.url}#/results`,
      storage: resultsStorage,
    },
    ...(appOverHttp2 === undefined
      ? []
      : [
          {
            name: 'results-http2',
            label: 'the same results over HTTPS and HTTP/2, as a CDN serves them',
            url: `${appOverHttp2.url}#/results`,
            storage: resultsStorage,
            selfSigned: true,
          },
        ]),
  ]
  const results = {}
  const performanceRuns = {}
  for (const entry of pages) {
    const runsOfPage = []
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run += 1) {
      log(`Lighthouse on ${entry.name}, run ${run} of ${LIGHTHOUSE_RUNS}`)
      runsOfPage.push(
        await runLighthouse({
          ...entry,
          name: `${entry.name}-${run}`,
          userDataDir: await mkdtemp(join(work, `lighthouse-profile-${entry.name}-${run}-`)),
          outputDir: work,
        }),
      )
    }
    const ok = runsOfPage.filter((result) => result.ok)
    performanceRuns[entry.name] = ok.map((result) => result.scores.performance)
    // The run with the median performance score, as Lighthouse's own docs advise: one run swings by ten points.
    const byScore = [...ok].sort((a, b) => a.scores.performance - b.scores.performance)
    results[entry.name] = byScore[Math.floor((byScore.length - 1) / 2)] ?? runsOfPage[0]
  }
  print(
    `## Lighthouse ${LIGHTHOUSE.split('@')[1]} (mobile defaults: simulated slow 4G, 4x CPU; the median of ${LIGHTHOUSE_RUNS} runs by performance)`,
  )
  print()
  const ok = pages.filter((entry) => results[entry.name].ok)
  if (ok.length > 0) {
    print(
      table(
        [
          'page',
          'protocol',
          'performance (each run)',
          'accessibility',
          'best practices',
          'FCP',
          'LCP',
          'TBT',
          'CLS',
        ],
        ok.map((entry) => {
          const { scores, metrics, protocol } = results[entry.name]
          return [
            entry.label,
            protocol ?? '?',
            `${scores.performance} (${performanceRuns[entry.name].join(', ')})`,
            scores.accessibility,
            scores['best-practices'],
            formatMs(metrics.fcpMs),
            formatMs(metrics.lcpMs),
            formatMs(metrics.tbtMs),
            metrics.cls.toFixed(3),
          ]
        }),
      ),
    )
    print()
  }
  print(
    "Each attaches to a Chromium of ours; for results its localStorage holds a finished self-check and Lighthouse runs with --disable-storage-reset. Over HTTPS that Chromium accepts the bench's own self-signed certificate.",
  )
  for (const entry of pages) {
    const result = results[entry.name]
    if (!result.ok) print(`Lighthouse could not run on ${entry.name}: ${result.error}`)
    else if (result.failing.length > 0)
      print(`Audits below 100 on ${entry.name}: ${result.failing.join(', ')}`)
    if (result.ok && result.errors.length > 0)
      print(`Lighthouse runtime error on ${entry.name}: ${result.errors}`)
  }
  print()
  figures.lighthouse = { ...results, performanceRuns }
}

const started = performance.now()
let browser
const servers = []
try {
  log('building the app and the floor')
  const buildStart = performance.now()
  await buildApp(repoRoot, join(work, 'app'))
  const appBuildMs = performance.now() - buildStart
  await buildFloor(repoRoot, join(work, 'floor-src'), join(work, 'floor'))
  const floorBuildMs = performance.now() - buildStart - appBuildMs

  const domain = await loadDomain(repoRoot)
  const teamResponses = createResponses(domain, TEAM_SIZE)
  const storage = {
    selfCheck: serializeSelfCheck(domain, teamResponses[0]),
    smallTeam: serializeTeamSession(domain, teamResponses.slice(0, SMALL_TEAM_SIZE)),
  }

  const app = await serve(join(work, 'app'))
  servers.push(app)
  const certificate = runs('lighthouse') ? selfSignedCertificate(work) : undefined
  const appOverHttp2 = certificate?.ok ? await serve(join(work, 'app'), { tls: certificate.tls }) : undefined
  if (appOverHttp2 !== undefined) servers.push(appOverHttp2)
  const floor = await serve(join(work, 'floor'))
  servers.push(floor)
  browser = await launchBrowser()

  print(`# CALMS Radar bench${budgetOnly ? ' (budget only)' : ''}`)
  print()
  print(
    `Builds: app ${formatMs(appBuildMs)} (repo vite.config.ts), floor ${formatMs(floorBuildMs)} (React ${reactVersion} hello world, same React plugin and base). Served gzip-compressed from 127.0.0.1; Chromium ${browser.version()}.`,
  )
  print()
  log('measuring first-load JavaScript')
  const failures = await firstLoadSection(browser, app, floor, storage, domain.olderBankTexts)
  await precacheSection(app)

  if (runs('paint')) {
    log('measuring first contentful paint')
    await paintSection(browser, app, floor)
  }
  if (runs('first-question')) {
    log('measuring time to the first question')
    await firstQuestionSection(browser, app)
    figures.firstAnswer = await firstAnswerSection(browser, app, floor, { runs: FIRST_ANSWER_RUNS, print })
  }
  if (runs('team')) {
    log(`measuring the team view of ${TEAM_SIZE} responses`)
    await teamSection(browser, app, domain, {
      responses: teamResponses,
      raw: serializeTeamSession(domain, teamResponses),
    })
  }
  if (runs('present')) {
    log('measuring the first slide of present mode')
    figures.present = await presentModeSection({
      browser,
      url: app.url,
      domain,
      responses: teamResponses,
      runs: RUNS,
    })
  }
  if (runs('live')) {
    log('measuring the live session relay with 50 participants')
    figures.live = await liveSessionSection({ domain, responses: teamResponses, print })
  }
  if (runs('coach')) {
    log("measuring the coach's view adding 50 and 200 teams")
    figures.coach = await coachViewSection({
      browser,
      url: app.url,
      domain,
      // 200 teams of 20 people; the first 1,000 are the team view's people too.
      responses: [...teamResponses, ...createResponses(domain, 3000, 20261205)],
      runs: RUNS,
    })
  }
  await browser.close()
  browser = undefined
  if (runs('lighthouse')) {
    if (certificate?.ok === false) print(`Lighthouse over HTTP/2 left out: ${certificate.reason}.`)
    await lighthouseSection(app, appOverHttp2, storage)
  }

  print(`Total bench time: ${Math.round((performance.now() - started) / 1000)} s`)
  if (jsonPath !== undefined) await writeFile(jsonPath, `${JSON.stringify(figures, null, 2)}\n`)
  if (failures.length > 0) {
    console.error(
      `\nFirst-load JavaScript budget exceeded:\n${failures.map((f) => `  - ${f.name}: ${f.actual}`).join('\n')}\n` +
        'Move the new code behind a lazy import (React.lazy / import()) or make it smaller; see the table above.',
    )
    process.exitCode = 1
  }
} finally {
  await browser?.close()
  await Promise.all(servers.map((server) => server.close()))
  removeWork()
}

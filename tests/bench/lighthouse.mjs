// Lighthouse through npm exec, so the app's lockfile never carries it; version 13 needs Node 22.
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROME_PATH, CHROMIUM_ARGS } from './browser.mjs'
import { findFreePort } from './static-server.mjs'

export const LIGHTHOUSE = 'lighthouse@12.2.3'
const CATEGORIES = ['performance', 'accessibility', 'best-practices']
const TIMEOUT_MS = 180_000

function run(command, args, env) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolveRun({ code, signal, output })
    })
    child.on('error', (error) => {
      clearTimeout(timer)
      resolveRun({ code: null, signal: null, output: error.message })
    })
  })
}

/**
 * Lighthouse (its default: a mobile device with simulated slow 4G and 4x CPU) on `url`. It attaches to a Chromium
 * we launch, because only then can `storage` be put into localStorage first: a page on the same origin is opened
 * to write it, and Lighthouse is told not to reset storage. Without `storage` it resets storage as usual.
 * `selfSigned` lets that Chromium accept the bench's own certificate (an `https` url of static-server.mjs).
 */
export async function runLighthouse({ url, storage, userDataDir, outputDir, name, selfSigned = false }) {
  const port = await findFreePort()
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      ...(selfSigned ? ['--ignore-certificate-errors'] : []),
      `--remote-debugging-port=${port}`,
    ],
    // Lighthouse emulates its own screen; a playwright viewport on the same tab would fight it.
    viewport: null,
  })
  try {
    if (storage !== undefined) {
      const page = context.pages()[0] ?? (await context.newPage())
      // The icon is on the app's origin but loads none of its scripts, so no app code is cached beforehand.
      await page.goto(new URL('favicon.svg', url).href)
      await page.evaluate((entries) => {
        for (const [key, value] of Object.entries(entries)) globalThis.localStorage.setItem(key, value)
      }, storage)
    }
    const outputPath = join(outputDir, `lighthouse-${name}.json`)
    const result = await run(
      'npm',
      [
        'exec',
        '--yes',
        LIGHTHOUSE,
        '--',
        url,
        `--port=${port}`,
        '--output=json',
        `--output-path=${outputPath}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--quiet',
        ...(storage === undefined ? [] : ['--disable-storage-reset']),
      ],
      { ...process.env, CHROME_PATH },
    )
    if (result.code !== 0) {
      const reason = result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`
      return { ok: false, error: `${reason}: ${result.output.trim().split('\n').slice(-5).join(' | ')}` }
    }
    return { ok: true, ...summarize(JSON.parse(await readFile(outputPath, 'utf8'))) }
  } finally {
    await context.close()
  }
}

/** The three scores, the load metrics behind performance, and the audits that cost points. */
function summarize(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)]))
  const metric = (id) => lhr.audits[id]?.numericValue
  const failing = CATEGORIES.flatMap((id) =>
    lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `${ref.id} (${Math.round(lhr.audits[ref.id].score * 100)})`),
  )
  const errors = lhr.runtimeError ? [lhr.runtimeError.message] : []
  // The protocol the page itself came over, so a table can say which transport its figures rest on.
  const documentRequest = lhr.audits['network-requests']?.details?.items?.[0]
  return {
    protocol: documentRequest?.protocol,
    scores,
    metrics: {
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
    },
    failing,
    errors,
  }
}

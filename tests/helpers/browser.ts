import { AxeBuilder } from '@axe-core/playwright'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4183/'

export interface OpenBrowser {
  context: BrowserContext
  page: Page
  problems: string[]
  close: () => Promise<void>
}

interface OpenOptions {
  viewport?: { width: number; height: number }
  colorScheme?: 'light' | 'dark'
  reducedMotion?: 'reduce' | 'no-preference'
}

/**
 * Launches Debian's Chromium (never a downloaded one) and records console errors, page errors and failed requests
 * of every page and service worker in it.
 */
export async function openBrowser(options: OpenOptions = {}): Promise<OpenBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'calms-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  })
  const problems: string[] = []
  // On the context, not the page: a page never sees what its service worker fetches (the precache), nor the
  // worker's own console; the context hears every page and every worker.
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`))
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown'
    // A test's own goto or reload cancels what the page still had in flight (often the favicon): that is the
    // test navigating, not the app failing. Refused, blocked (CSP) and 4xx/5xx requests are still problems.
    if (reason === 'net::ERR_ABORTED') return
    problems.push(`request failed: ${request.url()} (${reason})`)
  })
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close()
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}

/**
 * The problems of a page that reached the results of a live invitation whose relay does not exist: the results
 * card joins the room, so the browser logs its failed WebSocket connection, which is what the test set up.
 */
export const withoutUnreachableRelay = (problems: readonly string[], relay: string): string[] =>
  problems.filter((problem) => !problem.includes(`WebSocket connection to '${relay}`))

/** Runs axe with the WCAG 2.x A and AA rules and returns one readable line per violation. */
export async function findAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

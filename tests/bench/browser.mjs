// Debian's Chromium driven by playwright-core, with the flags the browser tests use; never a downloaded browser.
import { chromium } from 'playwright-core'

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

// Without the background-networking flags Chromium floods the closed network with refused connections.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A mid-range phone runs JavaScript about four times slower than a developer's laptop. */
export const CPU_THROTTLING_RATE = 4

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS })
}

/**
 * A page in a fresh context with service workers blocked, so no load shares a cache with another. `storage` is written to localStorage before
 * the app's first script runs, as if the person had used the app before; `phone` opens it on a 390x844 touch screen.
 */
export async function openPage(browser, { storage = {}, throttle = false, phone = false } = {}) {
  // A first visit measures what the page needs; the service worker's precache (fetched after load, reported on its
  // own) would otherwise count every chunk of the build as first-load JavaScript.
  const context = await browser.newContext({
    ...(phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 800 } }),
    serviceWorkers: 'block',
  })
  if (Object.keys(storage).length > 0) {
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) globalThis.localStorage.setItem(key, value)
    }, storage)
  }
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  if (throttle) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE })
  }
  return { page, errors, close: () => context.close() }
}

/**
 * Polls in the page once per frame until `readyAt(arg)` returns a time (it returns `performance.now()`, ms since
 * navigation start, once its condition holds, else false) and resolves with that time.
 */
export async function timeUntil(page, readyAt, arg, timeout = 60_000) {
  const handle = await page.waitForFunction(readyAt, arg, { polling: 'raf', timeout })
  return handle.jsonValue()
}

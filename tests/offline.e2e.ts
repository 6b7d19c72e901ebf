// Offline and installable: after one visit every route works with the network cut, because the service worker has
// precached the whole build (lazy screens included). A feature that adds a route adds it to OFFLINE_ROUTES.
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import { buildShareLink, encodeShareCode } from '../src/domain/formats/share-code.ts'
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { JOURNEY, openRoute, pageHeading, readScores, walkJourney } from './helpers/self-check.ts'

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** Someone else's answers, as the link they would send: Culture at level 2 everywhere, the rest unanswered. */
const otherLink = buildShareLink(
  baseUrl,
  encodeShareCode(
    {
      bankVersion: QUESTION_BANK.bankVersion,
      answers: Object.fromEntries(
        QUESTION_BANK.questions.filter((q) => q.pillar === 'culture').map((q) => [q.id, 2]),
      ),
      dora: {},
      alias: 'Remote Ravi',
      createdAt: '2026-11-20T09:00:00Z',
    },
    QUESTION_BANK,
  ),
)

/** Every route of the app with the heading that shows it has loaded. */
const OFFLINE_ROUTES = [
  { hash: '#/', heading: 'CALMS Radar' },
  { hash: '#/join/Payments%20retro', heading: 'CALMS Radar' },
  { hash: '#/self-check', heading: 'Culture' },
  { hash: '#/self-check/quick', heading: 'Culture' },
  { hash: '#/self-check/full', heading: 'Culture' },
  { hash: '#/step/4', heading: 'Measurement' },
  { hash: '#/step/6', heading: 'DORA outcomes' },
  { hash: '#/results', heading: 'Results' },
  { hash: '#/team', heading: 'Team' },
  { hash: new URL(otherLink).hash, heading: 'Shared answers' },
  { hash: '#/no-such-page', heading: 'Page not found' },
] as const

/** The first visit: the page loads, the worker installs, precaches everything and takes control. */
async function visitOnce(page: Page): Promise<void> {
  await openRoute(page, '#/', 'CALMS Radar')
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  })
}

/** A fresh load of the document (not a hash change, which the open page would handle without the network). */
async function load(page: Page, hash: string, heading: string): Promise<void> {
  await page.goto('about:blank')
  await openRoute(page, hash, heading)
}

test('after one visit, every route loads with the network cut, served by the service worker', async () => {
  browser = await openBrowser()
  const { context, page, problems } = browser
  await visitOnce(page)
  await context.setOffline(true)
  const fromNetwork: string[] = []
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url())
  })
  for (const route of OFFLINE_ROUTES) await load(page, route.hash, route.heading)
  // Answered by the worker's precache, not by a browser cache that happened to keep them.
  expect(fromNetwork).toEqual([])
  expect(problems).toEqual([])
})

test('offline from the first reload: a whole self-check, a copied share link, another link opened, the team view and an export', async () => {
  browser = await openBrowser()
  const { context, page, problems } = browser
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin })
  await visitOnce(page)
  await context.setOffline(true)
  await page.reload()
  await pageHeading(page, 'CALMS Radar').waitFor()

  await walkJourney(page)
  expect(await readScores(page.getByRole('table').first())).toMatchObject(JOURNEY.expectedScores)

  await page.getByRole('button', { name: 'Copy share link' }).click()
  await page.getByText('Share link copied. Paste it to your facilitator.').waitFor()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(await page.getByLabel('Your share link').inputValue())
  expect(copied).toMatch(/#\/r\/1\./)

  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download answers CSV', exact: true }).click()
  expect((await downloaded).suggestedFilename()).toMatch(/-answers\.csv$/)

  await load(page, new URL(otherLink).hash, 'Shared answers')
  await page.getByRole('button', { name: 'Add to my team view' }).click()
  await page.getByRole('link', { name: 'Team', exact: true }).click()
  await pageHeading(page, 'Team').waitFor()
  await page.getByRole('heading', { name: 'Responses (1)' }).waitFor()
  await page.getByText('Remote Ravi').first().waitFor()

  // The copied link opens too, still offline, in a page of its own.
  const second = await context.newPage()
  await second.goto(copied)
  await pageHeading(second, 'Shared answers').waitFor()
  expect(problems).toEqual([])
})

test("installable from any sub-path: a manifest with relative start and scope, theme colours, and PNG icons drawn at build, the page's own too", async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await openRoute(page, '#/', 'CALMS Radar')
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('meta[name="theme-color"]')].map(
        (meta) => `${meta.getAttribute('media') ?? ''} ${meta.getAttribute('content') ?? ''}`,
      ),
    ),
  ).toEqual(['(prefers-color-scheme: light) #f4f6f8', '(prefers-color-scheme: dark) #1e2226'])
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(manifestHref).toBe('./manifest.webmanifest')

  const manifestUrl = new URL(manifestHref ?? '', baseUrl).href
  const manifest = (await (await page.request.get(manifestUrl)).json()) as {
    name: string
    short_name: string
    start_url: string
    scope: string
    display: string
    theme_color: string
    icons: { src: string; sizes: string; type: string; purpose?: string }[]
  }
  expect(manifest).toMatchObject({
    name: 'CALMS Radar',
    short_name: 'CALMS Radar',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#f4f6f8',
  })
  expect(manifest.icons.map((icon) => `${icon.src} ${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual([
    'favicon.svg any any',
    'icon-192.png 192x192 any',
    'icon-512.png 512x512 any',
    'icon-maskable-512.png 512x512 maskable',
  ])
  // The page's own icons are PNGs: Chromium draws an SVG one on the page's main thread while the app starts.
  const pageIcons = await page.locator('link[rel="icon"]').evaluateAll((links) =>
    links.map((link) => ({
      src: link.getAttribute('href') ?? '',
      sizes: link.getAttribute('sizes') ?? '',
      type: link.getAttribute('type') ?? '',
    })),
  )
  expect(pageIcons.map((icon) => `${icon.src} ${icon.sizes} ${icon.type}`)).toEqual([
    './favicon-32.png 32x32 image/png',
    './icon-192.png 192x192 image/png',
  ])
  const icons = [
    ...manifest.icons,
    { src: 'apple-touch-icon.png', sizes: '180x180', type: 'image/png' },
    ...pageIcons,
  ]
  for (const icon of icons.filter((i) => i.type === 'image/png')) {
    const png = await (await page.request.get(new URL(icon.src, manifestUrl).href)).body()
    // A PNG's IHDR chunk holds its width and height as 32-bit big-endian numbers at bytes 16 and 20.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes)
  }
  expect(problems).toEqual([])
})

/** What this origin holds: localStorage keys, cache names and service worker scopes. */
async function originData(page: Page): Promise<{ keys: string[]; caches: string[]; workers: string[] }> {
  return page.evaluate(async () => ({
    keys: Object.keys(localStorage).sort(),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
  }))
}

/**
 * The live sessions' key pairs this browser keeps in IndexedDB (src/browser/live-keys.ts), by name. `add` puts one
 * there first, as starting a live session does (a stand-in value: only its name is counted).
 */
async function liveKeyNames(page: Page, add?: string): Promise<string[]> {
  return page.evaluate(
    (added) =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('calms-radar-live')
        opening.onupgradeneeded = () => opening.result.createObjectStore('keys')
        opening.onerror = () => reject(opening.error ?? new Error('IndexedDB did not open'))
        opening.onsuccess = () => {
          const transaction = opening.result.transaction('keys', 'readwrite')
          const store = transaction.objectStore('keys')
          if (added !== undefined) store.put('a key pair', added)
          const names = store.getAllKeys()
          transaction.oncomplete = () => {
            opening.result.close()
            resolve(names.result.map(String))
          }
        }
      }),
    add,
  )
}

test('"Clear this device" leaves nothing of CALMS Radar behind: entries, unreadable copies, live session keys, caches and the worker', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await visitOnce(page)
  await walkJourney(page)
  await page.evaluate(() => {
    localStorage.setItem('calms-radar:team:unreadable:2026-11-20T09:00:00.000Z', '{"state":')
    localStorage.setItem('another-app:settings', 'keep me')
  })
  expect(await liveKeyNames(page, 'facilitator:Payments retro')).toEqual(['facilitator:Payments retro'])
  const before = await originData(page)
  expect(before.keys).toContain('calms-radar:self-check')
  expect(before.caches.filter((name) => name.startsWith('calms-radar-'))).not.toEqual([])
  expect(before.workers).toEqual([baseUrl])

  const region = page.getByRole('region', { name: 'Back up or move your data' })
  await region.getByRole('button', { name: 'Clear this device' }).click()
  const question = region.getByRole('group', {
    name: /^Remove everything CALMS Radar keeps in this browser\?/,
  })
  await question.waitFor()
  expect(await findAxeViolations(page)).toEqual([])

  const backup = page.waitForEvent('download')
  await question.getByRole('button', { name: 'Download backup first' }).click()
  expect((await backup).suggestedFilename()).toMatch(/^calms-radar-backup-\d{4}-\d\d-\d\d\.json$/)
  await question.getByRole('button', { name: 'Remove everything' }).click()
  await region
    .getByText(
      'Removed from this browser: your self-check, the live session, 1 unreadable copy kept aside and the offline ' +
        'copy of the app.',
    )
    .waitFor()
  await page.getByText(/You have not answered any question yet/).waitFor()
  expect(await findAxeViolations(page)).toEqual([])

  expect(await originData(page)).toEqual({ keys: ['another-app:settings'], caches: [], workers: [] })
  expect(await liveKeyNames(page)).toEqual([])
  // A new visit starts clean: the page writes nothing of the old answers back.
  await page.reload()
  await pageHeading(page, 'Results').waitFor()
  await page.getByText(/You have not answered any question yet/).waitFor()
  expect((await originData(page)).keys).toEqual(['another-app:settings'])
  expect(problems).toEqual([])
})

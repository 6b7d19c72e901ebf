import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import {
  baseUrl,
  withoutUnreachableRelay,
  findAxeViolations,
  openBrowser,
  type OpenBrowser,
} from './helpers/browser.ts'
import { answerStep, openRoute, waitForResults, waitForStep } from './helpers/self-check.ts'

let browser: OpenBrowser

beforeEach(async () => {
  browser = await openBrowser()
})

afterEach(async () => {
  await browser.close()
})

test('the built app loads with its heading and both start links with their times, and no console error or failed request', async () => {
  const { page, problems } = browser
  await page.goto(baseUrl)
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'CALMS Radar' }).count()).toBe(1)
  expect(await page.getByRole('link', { name: 'Start self-check' }).isVisible()).toBe(true)
  expect(await page.getByRole('link', { name: 'Start quick check' }).isVisible()).toBe(true)
  // Each button is described by what it asks and how long it takes.
  expect(
    await page.getByRole('link', { name: 'Start quick check', description: /about 10 minutes/ }).count(),
  ).toBe(1)
  expect(
    await page.getByRole('link', { name: 'Start self-check', description: /about 20 minutes/ }).count(),
  ).toBe(1)
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

/**
 * Holds back the app's entry script by `ms`, as a slow phone takes that long to start the app. The answer says
 * whether it has been let through yet: until then the app cannot have started.
 */
async function delayAppEntry(context: BrowserContext, ms: number): Promise<{ released: () => boolean }> {
  let released = false
  await context.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms))
    released = true
    await route.continue()
  })
  return { released: () => released }
}

/**
 * Whether the app's code has run: React marks the element it renders into when the app makes its root there. The
 * prerendered page's own script changes the page too (the invitation, a first step, "Loading…"), so the page
 * cannot tell.
 */
const appStarted = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('root')
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'))
  })

// A self-check with answers, so the results page has something to show.
const SELF_CHECK = JSON.stringify({
  version: 2,
  state: {
    bankVersion: 1,
    answers: { 'culture-dev-on-call': 0, 'automation-ci-every-commit': 1, 'lean-change-size': 4 },
    dora: {},
    answeredAt: { 'culture-dev-on-call': 1, 'automation-ci-every-commit': 1, 'lean-change-size': 1 },
    lastStep: 1,
    resetAt: 0,
  },
})

/** Every page of the context opens with SELF_CHECK stored, unless a page before it stored answers of its own. */
async function storeSelfCheck(context: BrowserContext): Promise<void> {
  await context.addInitScript((selfCheck) => {
    if (location.protocol === 'about:') return
    if (localStorage.getItem('calms-radar:self-check') === null) {
      localStorage.setItem('calms-radar:self-check', selfCheck)
    }
  }, SELF_CHECK)
}

test('a tap on "Start quick check" before the app has started shows the first question at once, and the app keeps its answer', async () => {
  const { page, context, problems } = browser
  const entry = await delayAppEntry(context, 4000)
  await page.goto(baseUrl, { waitUntil: 'commit' })
  await page.getByRole('link', { name: 'Start quick check' }).click()
  await waitForStep(page, 1, 'quick')
  const first = page.getByRole('radiogroup').first()
  await first.getByRole('radio').nth(3).check()
  // Answered on the prerendered page's own step: the app's script has not even arrived.
  expect(entry.released()).toBe(false)
  expect(await page.getByText(/^1 of \d+ questions answered$/).count()).toBe(1)
  expect(await page.getByRole('button', { name: 'Next' }).count()).toBe(0)
  expect(await findAxeViolations(page)).toEqual([])

  // The app's own step, with "Next", in its place: the answer is the app's now, kept and counted.
  await page.getByRole('button', { name: 'Next' }).waitFor({ timeout: 20_000 })
  expect(await first.getByRole('radio').nth(3).isChecked()).toBe(true)
  expect(await page.getByText(/^1 of \d+ questions answered$/).count()).toBe(1)
  const stored = await page.evaluate(() => localStorage.getItem('calms-radar:self-check'))
  expect((JSON.parse(stored ?? '{}') as { state?: { answers?: unknown } }).state?.answers).toEqual({
    'culture-dev-on-call': 3,
  })
  expect(new URL(page.url()).hash).toBe('#/step/1')
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

test('a start choice reached by keyboard before the app has started keeps the focus when the app starts, and Enter opens it', async () => {
  const { page, context, problems } = browser
  const entry = await delayAppEntry(context, 3000)
  await page.goto(baseUrl, { waitUntil: 'commit' })
  await page.getByRole('link', { name: 'Start self-check' }).waitFor()
  // From the top of the page, as a keyboard user arrives: the skip link, the brand, the main navigation, then the
  // start page's own links, until the start choice has the focus.
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '')
  for (let tab = 0; tab < 20 && !(await focusedText()).startsWith('Start self-check'); tab += 1)
    await page.keyboard.press('Tab')
  expect(await focusedText()).toMatch(/^Start self-check/)
  expect(entry.released()).toBe(false)

  await expect.poll(() => appStarted(page), { timeout: 20_000 }).toBe(true)
  // The app's own link, in place of the prerendered one, has the focus.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#root') !== null)).toBe(true)
  expect(await focusedText()).toMatch(/^Start self-check/)
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Next' }).waitFor()
  await waitForStep(page, 1, 'full')
  expect(problems).toEqual([])
})

test('from a join link, the invitation shows before the app starts, nothing moves when it does, and a tap keeps it', async () => {
  await browser.close()
  browser = await openBrowser({ viewport: { width: 390, height: 844 } })
  const { page, context, problems } = browser
  await storeSelfCheck(context)
  await delayAppEntry(context, 1500)
  await page.goto(new URL('#/join/Payments%20retro', baseUrl).href, { waitUntil: 'commit' })
  const start = page.getByRole('link', { name: 'Start quick check' })
  await start.waitFor()
  const banner = page.getByText(
    'You are invited to the session \u201cPayments retro\u201d. Answer the self-check',
  )
  // The page's own script fills the banner once the page is parsed, before its first paint: the link can be in the
  // DOM a moment earlier.
  await banner.waitFor()
  expect(await appStarted(page)).toBe(false)
  const before = await start.boundingBox()

  await expect.poll(() => appStarted(page), { timeout: 20_000 }).toBe(true)
  expect(await banner.isVisible()).toBe(true)
  // The stored answers are from before each answer had its time, so the day is not known. The section comes with
  // the app, below the start choices: it moves none of them.
  await page.getByRole('region', { name: 'Your results from an earlier visit' }).waitFor()
  expect(await start.boundingBox()).toEqual(before)
  // Nothing on the page moved, before the app started or since (the layout shifts the browser recorded).
  const shifted = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(
            list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0),
          )
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(0), 500)
      }),
  )
  expect(shifted).toBe(0)
  expect(await findAxeViolations(page)).toEqual([])

  // A tap before the app has started keeps the invitation too: the link carries it. A new page, for a fresh load
  // (the same address again would only be a move within the page).
  const tapped = await context.newPage()
  await page.close()
  await tapped.goto(new URL('#/join/Payments%20retro', baseUrl).href, { waitUntil: 'commit' })
  await tapped.getByRole('link', { name: 'Start quick check' }).click()
  expect(await appStarted(tapped)).toBe(false)
  // The stored answers were given without an invitation: before they go on as this session's, the person is asked.
  await tapped.getByRole('heading', { level: 1, name: 'You have answers from an earlier session' }).waitFor()
  await tapped.getByRole('button', { name: 'Review my earlier answers' }).click()
  // The stored self-check is a full check with answers (none saved reads as full): the quick check never takes it
  // over, so it goes on where it was left, step 1, and says so.
  await waitForStep(tapped, 1, 'full')
  await tapped.getByText(/^You are continuing your full check/).waitFor()
  await openRoute(tapped, '#/results', 'Results')
  await waitForResults(tapped)
  await tapped
    .getByRole('region', { name: 'Send your answers to Payments retro' })
    .getByRole('button', { name: 'Copy share link' })
    .waitFor()
  expect(problems).toEqual([])
})

test("a start choice tapped as soon as it shows, before the app has started, keeps a live session's invitation every time", async () => {
  await browser.close()
  for (const attempt of [1, 2, 3]) {
    // A new browser each time: a service worker installed by the try before would serve the app without delay.
    browser = await openBrowser({ viewport: { width: 390, height: 844 } })
    const { page, context, problems } = browser
    const room = `Attempt${attempt}RoomAttempt${attempt}Room`.slice(0, 22)
    const query = `?relay=${encodeURIComponent('wss://relay.example.org')}&room=${room}&fk=B${'k'.repeat(86)}`
    await delayAppEntry(context, 1500)
    await page.goto(new URL(`#/join/quick/Retro%20${attempt}${query}`, baseUrl).href, { waitUntil: 'commit' })
    await page.getByRole('link', { name: 'Start quick check' }).click()
    expect(await appStarted(page)).toBe(false)
    await waitForStep(page, 1, 'quick')
    await page.getByRole('radio').first().check()
    // Checked on the prerendered page's own step, perhaps: the app stores it once it has started.
    await page.getByRole('button', { name: 'Next' }).waitFor()
    const stored = await page.evaluate(() => localStorage.getItem('calms-radar:self-check') ?? '')
    expect(stored).toContain('"culture-dev-on-call":0')
    expect(stored).toContain(`"invitation":"Retro ${attempt}"`)
    expect(stored).toContain(`"room":"${room}"`)
    await openRoute(page, '#/results', 'Results')
    await waitForResults(page)
    await page.getByRole('region', { name: `Send your answers to Retro ${attempt}` }).waitFor()
    expect(withoutUnreachableRelay(problems, 'wss://relay.example.org')).toEqual([])
    if (attempt < 3) await browser.close()
  }
})

test('the questionnaire loads when a person points at a start choice, not with the start page', async () => {
  const { page } = browser
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname)
  })
  await page.goto(baseUrl)
  await page.getByRole('heading', { level: 1, name: 'CALMS Radar' }).waitFor()
  await page.waitForLoadState('networkidle')
  const questionnaire = (path: string) => /\/questionnaire-page-[\w-]+\.js$/.test(path)
  expect(scripts.filter(questionnaire)).toEqual([])
  await page.getByRole('link', { name: 'Start self-check' }).hover()
  await expect.poll(() => scripts.filter(questionnaire).length).toBe(1)
  // Loaded, not opened: the person has not chosen yet.
  expect(await page.getByRole('heading', { level: 1, name: 'CALMS Radar' }).isVisible()).toBe(true)
})

test('before the app has started, pointing at a start choice already loads the questionnaire', async () => {
  const { page, context } = browser
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname)
  })
  await delayAppEntry(context, 3000)
  await page.goto(baseUrl, { waitUntil: 'commit' })
  await page.getByRole('link', { name: 'Start quick check' }).waitFor()
  expect(scripts.filter((path) => path.includes('questionnaire-page-'))).toEqual([])
  await page.getByRole('link', { name: 'Start quick check' }).hover()
  await expect.poll(() => scripts.filter((path) => path.includes('questionnaire-page-')).length).toBe(1)
  expect(await appStarted(page)).toBe(false)
})

test('a results link shows "Loading…" until the app starts, never the start page and its start choices', async () => {
  const { page, context, problems } = browser
  await storeSelfCheck(context)
  const entry = await delayAppEntry(context, 3000)
  await page.goto(new URL('#/results', baseUrl).href, { waitUntil: 'commit' })
  await page.getByText('Loading\u2026').waitFor()
  expect(entry.released()).toBe(false)
  expect(await page.getByRole('link', { name: 'Start quick check' }).count()).toBe(0)
  expect(await page.getByRole('heading', { level: 1, name: 'CALMS Radar' }).count()).toBe(0)
  expect(await page.getByRole('link', { name: 'Results' }).isVisible()).toBe(true)
  await waitForResults(page)
  expect(problems).toEqual([])
})

test('moving to a screen whose code is slow keeps the page, marked busy with "Loading…", until the screen shows', async () => {
  const { page, context, problems } = browser
  await context.route(/\/assets\/team-page-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000))
    await route.continue()
  })
  await page.goto(baseUrl)
  await page.getByRole('link', { name: 'Start quick check' }).waitFor()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
  // The start page stays, usable, instead of a blank "Loading…" page; the status shows after a moment.
  await page.getByRole('status').filter({ hasText: 'Loading\u2026' }).waitFor({ state: 'visible' })
  expect(await page.getByRole('main').getAttribute('aria-busy')).toBe('true')
  expect(await page.getByRole('link', { name: 'Start quick check' }).isVisible()).toBe(true)
  expect(await findAxeViolations(page)).toEqual([])
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
  expect(await page.getByRole('main').getAttribute('aria-busy')).toBeNull()
  expect(await page.getByRole('status').filter({ hasText: 'Loading\u2026' }).count()).toBe(0)
  expect(problems).toEqual([])
})

test('a returning person sees "Your results from" today, continues, starts fresh with the answers kept, and "Start quick check" never turns a full check quick', async () => {
  const { page, problems } = browser
  await page.goto(baseUrl)
  await page.getByRole('link', { name: 'Start self-check' }).click()
  await waitForStep(page, 1, 'full')
  await answerStep(page, 2)
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await waitForStep(page, 2, 'full')

  await openRoute(page, '#/', 'CALMS Radar')
  const today = await page.evaluate(() => {
    const date = new Date()
    return `${date.getDate()} ${date.toLocaleString('en-GB', { month: 'long' })} ${date.getFullYear()}`
  })
  const returning = page.getByRole('region', { name: `Your results from ${today}` })
  await returning.waitFor()
  expect(await returning.getByText(/^Your full check: \d+ of \d+ questions answered\.$/).count()).toBe(1)
  expect(await findAxeViolations(page)).toEqual([])

  // "Start quick check" over the full check goes on with it where it was, at step 2, and says so.
  await page.getByRole('link', { name: 'Start quick check' }).click()
  await waitForStep(page, 2, 'full')
  await page.getByText(/^You are continuing your full check, with every answer kept\./).waitFor()
  expect(await findAxeViolations(page)).toEqual([])
  await page.getByRole('link', { name: 'Start fresh on the start page' }).click()

  await returning.getByRole('link', { name: 'Continue' }).click()
  await waitForStep(page, 2, 'full')
  await openRoute(page, '#/', 'CALMS Radar')
  await returning.getByRole('link', { name: 'See results' }).click()
  await waitForResults(page)
  await openRoute(page, '#/', 'CALMS Radar')

  await returning.getByRole('button', { name: 'Start fresh' }).click()
  const kept = page.getByRole('heading', { level: 2, name: 'Started fresh' })
  await kept.waitFor()
  expect(await kept.evaluate((element) => element === document.activeElement)).toBe(true)
  await page
    .getByRole('status')
    .filter({ hasText: /Kept when starting fresh/ })
    .waitFor()
  expect(await findAxeViolations(page)).toEqual([])

  // With no answer left, the quick check is taken as chosen, from its first step.
  await page.getByRole('link', { name: 'Start quick check' }).click()
  await waitForStep(page, 1, 'quick')
  await answerStep(page, 3)
  await openRoute(page, '#/results', 'Results')
  await waitForResults(page)
  const compareWith = page.getByRole('combobox', { name: 'Compare with' })
  await compareWith.scrollIntoViewIfNeeded()
  expect(
    await compareWith.getByRole('option', { name: /^\d{4}-\d\d-\d\d Kept when starting fresh$/ }).count(),
  ).toBe(1)
  expect(problems).toEqual([])
})

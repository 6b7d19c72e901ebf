// Shared steps of the self-check browser tests: reach a page, answer a step, read the results.
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { baseUrl } from './browser.ts'

/** The titles of the six steps, in order: the five CALMS pillars, then the DORA outcomes. */
export const STEP_TITLES = [
  'Culture',
  'Automation',
  'Lean',
  'Measurement',
  'Sharing',
  'DORA outcomes',
] as const
export const STEP_COUNT = STEP_TITLES.length

/**
 * What to choose in a question: a number is the position of a maturity option (0 = least mature, level 0;
 * 4 = most mature, level 4) or, on the DORA step, of a band (0 = best); a string names an option exactly.
 */
export type Pick = number | string

/** Every question of the page: a fieldset whose legend starts with its number ("1. ..."). */
export function questionGroups(page: Page): Locator {
  return page.getByRole('radiogroup', { name: /^\d+\.\s/ })
}

export function pageHeading(page: Page, name: string | RegExp): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true })
}

/**
 * Waits until the app has replaced the prerendered start page (whose banner slot has an id the app's own banner has
 * not); on any other address the slot is gone before the first paint. The app carries the focus over to its own
 * page (src/browser/prerendered-focus.ts, tested in start-page.e2e.ts), but a click whose pointer goes down on the
 * prerendered page and up on the app's is lost, so tests that act on the start page wait for this first.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('prerendered-invitation') === null)
}

/** Opens the app at a route ('#/step/3', '#/results', ...) and waits for its page heading, the app started. */
export async function openRoute(page: Page, hash: string, heading: string): Promise<void> {
  await page.goto(new URL(hash, baseUrl).href)
  await pageHeading(page, heading).waitFor()
  await waitForApp(page)
}

/**
 * Waits until step `number` (1-6) shows: its heading, "Step n of 6" (with " · quick check" at the quick depth) and
 * its questions.
 */
export async function waitForStep(
  page: Page,
  number: number,
  depth: 'quick' | 'full' = 'full',
): Promise<void> {
  const title = STEP_TITLES[number - 1]
  if (title === undefined) throw new Error(`there is no step ${number}`)
  await pageHeading(page, title).waitFor()
  const stepLine = `Step ${number} of ${STEP_COUNT}${depth === 'quick' ? ' · quick check' : ''}`
  await page.getByText(stepLine, { exact: true }).waitFor()
  await questionGroups(page).first().waitFor()
}

/** The radio of a question that `pick` names. */
export function choiceIn(group: Locator, pick: Pick): Locator {
  return typeof pick === 'number'
    ? group.getByRole('radio').nth(pick)
    : group.getByRole('radio', { name: pick, exact: true })
}

/**
 * Answers every question of the current step with the mouse and returns how many questions it answered.
 * `pick` is one choice for all questions, or a function of the question's position (0-based).
 */
export async function answerStep(page: Page, pick: Pick | ((index: number) => Pick)): Promise<number> {
  const groups = questionGroups(page)
  await groups.first().waitFor()
  const count = await groups.count()
  for (let index = 0; index < count; index += 1) {
    const choice = typeof pick === 'function' ? pick(index) : pick
    await choiceIn(groups.nth(index), choice).check()
  }
  return count
}

/** The picks of the full mouse journey and the scores they must give, computed by hand from the scoring rules. */
export const JOURNEY = {
  // Culture all level 4 (100), automation all level 2 (50), lean all level 1 (25), measurement all
  // "Don't know" (no scored answer, so "not enough answers", never 0), sharing all level 3 (75).
  pillarPicks: [4, 2, 1, "Don't know", 3] as const,
  expectedScores: {
    Culture: '100',
    Automation: '50',
    Lean: '25',
    Measurement: 'not enough answers',
    Sharing: '75',
  },
  // Deployment frequency "between once per day and once per week" (band 1), lead time "between one day and one
  // week" (band 2), change failure rate 16-20% (band 3), failed deployment recovery time "between one hour and
  // one day" (band 1): exactly the High profile of the 2024 report, High in both throughput and stability.
  doraPicks: ['Daily to weekly', '1 day to 1 week', '16-20%', '1 hour to 1 day'] as const,
  expectedVerdict: 'DORA 2024 cluster: High (throughput High, stability High).',
  expectedRadarName:
    'CALMS pillar scores, 0 to 100: Culture 100, Automation 50, Lean 25, Measurement not enough answers, Sharing 75',
} as const

export interface JourneyRecord {
  /** Questions answered per step, in step order. */
  answered: number[]
}

/**
 * The full journey with the mouse from the start page to the results; `onStep` runs on each step when it shows,
 * before it is answered (for axe), and `onStart` on the start page.
 */
export async function walkJourney(
  page: Page,
  hooks: { onStart?: () => Promise<void>; onStep?: (step: number) => Promise<void> } = {},
): Promise<JourneyRecord> {
  await openRoute(page, '#/', 'CALMS Radar')
  await hooks.onStart?.()
  await page.getByRole('link', { name: 'Start self-check' }).click()
  const answered: number[] = []
  for (let step = 1; step <= STEP_COUNT; step += 1) {
    await waitForStep(page, step)
    await hooks.onStep?.(step)
    const pillarPick = JOURNEY.pillarPicks[step - 1]
    answered.push(await answerStep(page, (index) => pillarPick ?? JOURNEY.doraPicks[index] ?? "Don't know"))
    const last = step === STEP_COUNT
    await page.getByRole('button', { name: last ? 'See results' : 'Next', exact: true }).click()
  }
  await waitForResults(page)
  return { answered }
}

/** Waits for the results page with its table and a drawn radar. */
export async function waitForResults(page: Page): Promise<void> {
  await pageHeading(page, 'Results').waitFor()
  await page.getByRole('table').first().waitFor()
  // On a narrow screen the radar is drawn only once it comes near the screen.
  // Scrolled to again on every poll: the placeholder may not be there yet at the first try, and sections rendered
  // later above it can push it back below the screen. In one step in the page: on a wide screen the drawing may
  // replace its placeholder at any moment.
  await page.waitForFunction(
    () => {
      if (document.querySelector('.radar .recharts-polygon') !== null) return true
      document.querySelector('.radar')?.scrollIntoView({ block: 'nearest' })
      return false
    },
    undefined,
    { polling: 100 },
  )
}

/** The cells of a pillar's (or practice's) row in a score table: score, answered / asked, don't know, n/a. */
export async function rowCells(table: Locator, label: string): Promise<string[]> {
  const row = table.getByRole('row', { name: new RegExp(`^${label}\\b`) })
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim())
}

/** The score column of every row, by label, as shown. */
export async function readScores(table: Locator): Promise<Record<string, string>> {
  const rows = table.getByRole('row').filter({ has: table.page().getByRole('rowheader') })
  const scores: Record<string, string> = {}
  for (const row of await rows.all()) {
    const label = (await row.getByRole('rowheader').textContent())?.trim() ?? ''
    scores[label] = (await row.getByRole('cell').first().textContent())?.trim() ?? ''
  }
  return scores
}

/** No horizontal scroll: the page is no wider than the viewport. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
}

/** Polls until the locator's count passes `min`; a clearer failure than a timeout. */
export async function expectCountAbove(locator: Locator, min: number): Promise<void> {
  await expect.poll(() => locator.count()).toBeGreaterThan(min)
}

/** A short description of the focused element, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return 'body'
    const name =
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement ? (element.labels?.[0]?.textContent ?? element.value) : null) ??
      element.textContent
    return `${element.tagName.toLowerCase()} "${name.trim().slice(0, 40)}"`
  })
}

export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement)
}

/**
 * Moves keyboard focus to `target` with Tab, or with Shift+Tab when the target comes before the focused element,
 * and fails with the path focus took when it cannot get there in `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  await target.waitFor()
  const targetIsBefore = await target.evaluate((element) => {
    const active = document.activeElement
    if (!active || active === document.body) return false
    return Boolean(active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING)
  })
  const key = targetIsBefore ? 'Shift+Tab' : 'Tab'
  const path: string[] = []
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(target)) return
    await page.keyboard.press(key)
    path.push(await describeFocus(page))
  }
  if (await isFocused(target)) return
  throw new Error(`${key} x${max} did not reach the target; focus went: ${path.join(' > ')}`)
}

/** The computed outline of the focused element: a visible focus indicator needs a style and a width. */
export async function focusOutline(page: Page): Promise<{ style: string; width: string }> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element) return { style: 'none', width: '0px' }
    const style = getComputedStyle(element)
    return { style: style.outlineStyle, width: style.outlineWidth }
  })
}

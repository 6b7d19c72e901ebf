// The results page on a phone: the text results (scores table, "Try first") paint before any recharts code is
// fetched, the radar loads once scrolled near, and printing draws the radar and every section rendered later even
// when none of them was ever scrolled to. Axe on the page with the radar drawn.
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { openRoute } from './helpers/self-check.ts'

const PHONE = { width: 390, height: 844 }
/** A class name recharts writes into every radar: any script holding it is recharts code. */
const RECHARTS_MARKER = 'recharts-polar-grid'

// A finished full check: every question at level 2 or 3.
const SELF_CHECK = JSON.stringify({
  version: 2,
  state: {
    bankVersion: QUESTION_BANK.bankVersion,
    answers: Object.fromEntries(
      QUESTION_BANK.questions.map((question, index) => [question.id, 2 + (index % 2)]),
    ),
    dora: {},
    answeredAt: Object.fromEntries(QUESTION_BANK.questions.map((question) => [question.id, 1])),
    lastStep: 6,
    resetAt: 0,
  },
})

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** Opens the results on a phone and lists, as they arrive, the page's scripts that hold recharts. */
async function openResults(): Promise<{ page: Page; problems: string[]; rechartsScripts: string[] }> {
  browser = await openBrowser({ viewport: PHONE })
  await browser.context.addInitScript((selfCheck) => {
    if (location.protocol !== 'about:') localStorage.setItem('calms-radar:self-check', selfCheck)
  }, SELF_CHECK)
  const { page, problems } = browser
  const rechartsScripts: string[] = []
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return
    void response
      .text()
      .then((text) => {
        if (text.includes(RECHARTS_MARKER)) rechartsScripts.push(response.url())
      })
      .catch(() => undefined)
  })
  await openRoute(page, '#/results', 'Results')
  return { page, problems, rechartsScripts }
}

test('on a phone the text results show before recharts is fetched, and the radar loads once scrolled near', async () => {
  const { page, problems, rechartsScripts } = await openResults()
  await page.getByRole('table', { name: 'Scores by CALMS pillar' }).waitFor()
  expect(rechartsScripts).toEqual([])
  // The radar's box holds its place below the first screen, named as the chart is, with no drawing yet.
  const radar = page.getByRole('img', { name: /^CALMS pillar scores, 0 to 100: / })
  const box = await radar.boundingBox()
  expect(box?.y ?? 0).toBeGreaterThan(PHONE.height - 100)
  // "Try first" and the sections rendered after the first paint arrive without any scrolling.
  await page.getByRole('heading', { name: 'Try first', exact: true }).waitFor({ state: 'attached' })
  await page.getByRole('heading', { name: 'Export your results' }).waitFor({ state: 'attached' })
  await page.waitForLoadState('networkidle')
  expect(rechartsScripts).toEqual([])
  expect(await page.locator('.radar svg').count()).toBe(0)

  await radar.scrollIntoViewIfNeeded()
  await radar.locator('.recharts-polygon').first().waitFor({ state: 'attached' })
  expect(rechartsScripts.length).toBeGreaterThan(0)
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

test('printing a phone-sized results page draws the radar and every later section, none scrolled to', async () => {
  const { page, problems, rechartsScripts } = await openResults()
  await page.getByRole('table', { name: 'Scores by CALMS pillar' }).waitFor()
  expect(rechartsScripts).toEqual([])
  await page.emulateMedia({ media: 'print' })
  await page.locator('.radar .recharts-surface').waitFor({ state: 'attached' })
  for (const heading of ['Try first', 'Action plan', 'Compare over time', 'Export your results']) {
    // Attached is enough: print styles leave some sections off paper (an empty plan), but each was rendered.
    await page
      .getByRole('heading', { name: heading, exact: true, includeHidden: true })
      .waitFor({ state: 'attached' })
  }
  // The PDF as paper gets it: the radar drawn (a vector path in its page), on at most two A4 pages as ever.
  const pdf = await page.pdf({ format: 'A4' })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0
  expect(pages).toBeGreaterThan(0)
  expect(pages).toBeLessThanOrEqual(2)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  expect(problems).toEqual([])
})

// The report a team can act on, in a real browser: "Try first" with at most three steps and every other step once
// under a collapsed "All next steps"; the printed report on at most two A4 pages, a worst-case full check with
// targets and a plan of three included; and a quick check that names no pillar on one answer. Axe on each.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { openRoute, questionGroups, STEP_COUNT, waitForResults, waitForStep } from './helpers/self-check.ts'

/** The PDFs stay here after a run, to look at (tests/.artifacts is ignored by git). */
const ARTIFACTS = join(import.meta.dirname, '.artifacts', 'report')

// A full check walked by mouse, then a PDF: slower than most tests on a shared machine.
const SLOW = 180_000

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** Pages in a PDF that Chromium wrote: one page object each ("/Type /Page", not "/Type /Pages"). */
const countPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0

async function printToPdf(page: Page, fileName: string): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' })
  await mkdir(ARTIFACTS, { recursive: true })
  await writeFile(join(ARTIFACTS, fileName), pdf)
  return countPages(pdf)
}

/**
 * A check from step 1 to the results: every pillar question gets `pillarPick(index)` (a maturity position, or
 * "Don't know"), every DORA metric the band `doraPick` places among its options (the best first).
 */
async function walkCheck(
  page: Page,
  depth: 'quick' | 'full',
  pillarPick: (index: number) => number | "Don't know",
  doraPick: 'middle' | 'worst' | "Don't know",
): Promise<void> {
  await openRoute(page, `#/self-check/${depth}`, 'Culture')
  for (let step = 1; step <= STEP_COUNT; step += 1) {
    await waitForStep(page, step, depth)
    const groups = questionGroups(page)
    const count = await groups.count()
    for (let index = 0; index < count; index += 1) {
      const group = groups.nth(index)
      const pick = step === STEP_COUNT ? doraPick : pillarPick(index)
      if (typeof pick === 'number') {
        await group.getByRole('radio').nth(pick).check()
        continue
      }
      if (pick === "Don't know") {
        await group.getByRole('radio', { name: "Don't know", exact: true }).check()
        continue
      }
      // The bands, then "Don't know": the worst band is the last but one.
      const bands = (await group.getByRole('radio').count()) - 1
      await group
        .getByRole('radio')
        .nth(pick === 'worst' ? bands - 1 : Math.floor(bands / 2))
        .check()
    }
    await page
      .getByRole('button', { name: step === STEP_COUNT ? 'See results' : 'Next', exact: true })
      .click()
  }
  await waitForResults(page)
}

/** Every step text on the page, "Try first" and "All next steps" alike. */
const allStepTexts = (page: Page) => page.locator('.step-text').allTextContents()

test(
  'a middle-level full check: "Try first" holds three steps from its answers, the rest once each, two pages of print',
  async () => {
    browser = await openBrowser()
    const { page, problems } = browser
    // Every pillar question at level 2 (50): all 19 practices tie at 50.
    await walkCheck(page, 'full', () => 2, 'middle')

    const steps = page.getByRole('region', { name: 'Try first' })
    const list = steps.getByRole('list', { name: 'Try first' })
    // The plan's code loads with the section, after the first screen: count once the list is there.
    await list.waitFor()
    const items = list.getByRole('listitem')
    const count = await items.count()
    expect(count).toBeGreaterThanOrEqual(1)
    expect(count).toBeLessThanOrEqual(3)
    for (const text of await items.allTextContents()) expect(text).toMatch(/From your answer ".+" to ".+"\./)
    await steps
      .getByText(
        'Nineteen practices tie at 50; these three come first because the lesson introduces them first.',
      )
      .waitFor()
    // Five pillars and nineteen practices tie as gaps: two sentences, not 24 findings.
    const gaps = page.getByRole('region', { name: 'Gaps' })
    expect(await gaps.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Five pillars tie at 50: Culture; Automation; Lean; Measurement; Sharing\.$/),
      expect.stringMatching(/^Nineteen practices tie at 50: /),
    ])

    // The rest waits collapsed; opened, every one of the 32 steps is on the page once.
    const all = steps.locator('details')
    expect(await all.getAttribute('open')).toBeNull()
    expect(await findAxeViolations(page)).toEqual([])
    await steps.getByText('All next steps', { exact: true }).click()
    const texts = await allStepTexts(page)
    expect(texts).toHaveLength(32)
    expect(new Set(texts).size).toBe(texts.length)
    expect(await findAxeViolations(page)).toEqual([])

    // Opened on screen, the list still stays off the paper.
    expect(await printToPdf(page, 'middle-full.pdf')).toBeLessThanOrEqual(2)
    expect(problems).toEqual([])
  },
  SLOW,
)

test(
  'a worst-level full check with targets and a plan of three prints on at most two pages',
  async () => {
    browser = await openBrowser()
    const { page, problems } = browser
    await walkCheck(page, 'full', () => 0, 'worst')

    await page.getByRole('button', { name: 'Set targets' }).click()
    const targets = { Culture: '75', Automation: '75', Lean: '60', Measurement: '60', Sharing: '50' }
    for (const [pillar, target] of Object.entries(targets)) {
      await page.getByRole('textbox', { name: `${pillar} target` }).fill(target)
    }
    await page.getByRole('button', { name: 'Save targets' }).click()
    await page.getByText('Targets saved.').waitFor()

    // Culture and Automation are furthest below target (75 - 0); Culture gives two places, Automation the third.
    const steps = page.getByRole('region', { name: 'Try first' })
    const tryFirst = steps.getByRole('list', { name: 'Try first' })
    const plan = page.getByRole('region', { name: 'Action plan' })
    for (let added = 1; added <= 3; added += 1) {
      await tryFirst.getByRole('button', { name: 'Add to plan' }).first().click()
      await plan.getByRole('heading', { name: `Experiments (${added})` }).waitFor()
    }
    expect(await tryFirst.getByText('In the plan', { exact: true }).count()).toBe(3)
    expect(await findAxeViolations(page)).toEqual([])

    expect(await printToPdf(page, 'worst-full-targets-plan.pdf')).toBeLessThanOrEqual(2)
    expect(problems).toEqual([])
  },
  SLOW,
)

test('a quick check with one scored answer per pillar names no pillar a strength or a gap', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  // Each pillar's first quick question at level 0, the rest "Don't know": every pillar rests on one scored answer.
  await walkCheck(page, 'quick', (index) => (index === 0 ? 0 : "Don't know"), "Don't know")

  const strengths = page.getByRole('region', { name: 'Strengths' })
  const gaps = page.getByRole('region', { name: 'Gaps' })
  await strengths.getByText('No pillar or practice stands out as a strength yet.').waitFor()
  const named = await gaps.getByRole('listitem').allTextContents()
  expect(named.length).toBeGreaterThan(0)
  for (const text of named) expect(text).not.toMatch(/\(pillar\)|pillars tie/)
  // The practices each of those questions asks about are named on their one answer, and say so.
  for (const text of named) expect(text).toContain('(one answer)')
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

// Snapshots in a real browser: a baseline saved after the journey, answers changed, the comparison in the table
// and the radar's name, the snapshot kept over a reload, and axe with a comparison shown in light and dark.
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import {
  answerStep,
  openRoute,
  rowCells,
  waitForResults,
  waitForStep,
  walkJourney,
} from './helpers/self-check.ts'

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

async function compareWithBaseline(page: Page): Promise<void> {
  const compareWith = page.getByRole('combobox', { name: 'Compare with' })
  const baseline = compareWith.getByRole('option', { name: /^\d{4}-\d\d-\d\d Baseline$/ })
  await compareWith.selectOption({ label: (await baseline.textContent()) ?? '' })
  await page.getByRole('columnheader', { name: 'Change' }).waitFor()
}

test('a baseline compared with changed answers shows the change, survives a reload and passes axe', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await walkJourney(page)

  await page.getByRole('textbox', { name: 'Snapshot name' }).fill('Baseline')
  await page.getByRole('button', { name: 'Save snapshot', exact: true }).click()
  await page.getByText(/^Snapshot "\d{4}-\d\d-\d\d Baseline" saved\./).waitFor()

  // Lean goes from every answer at level 1 (25) to every answer at level 3 (75): +50. The rest stays.
  await openRoute(page, '#/step/3', 'Lean')
  await waitForStep(page, 3)
  await answerStep(page, 3)
  await openRoute(page, '#/results', 'Results')
  await waitForResults(page)
  await compareWithBaseline(page)

  const table = page.getByRole('table', { name: 'Scores by CALMS pillar' })
  // Score now, score in the snapshot, change, then answered / asked, don't know, not applicable.
  expect((await rowCells(table, 'Lean')).slice(0, 3)).toEqual(['75', '25', '+50'])
  expect((await rowCells(table, 'Culture')).slice(0, 3)).toEqual(['100', '100', 'no change'])
  expect((await rowCells(table, 'Measurement')).slice(0, 3)).toEqual([
    'not enough answers',
    'not enough answers',
    '-',
  ])
  const radar = page.getByRole('img', { name: /^CALMS pillar scores, 0 to 100: / })
  expect(await radar.getAttribute('aria-label')).toMatch(
    /Lean 75, .*, compared with \d{4}-\d\d-\d\d Baseline: Culture 100, Automation 50, Lean 25, Measurement not enough answers, Sharing 75$/,
  )
  // The comparison outline is drawn dashed.
  expect(await page.locator('.series-comparison .recharts-polygon').getAttribute('stroke-dasharray')).toBe(
    '8 4',
  )
  expect(await findAxeViolations(page)).toEqual([])

  // A reload keeps the snapshot; which one is compared is not kept.
  await page.reload()
  await waitForResults(page)
  await expect.poll(() => page.getByRole('combobox', { name: 'Compare with' }).inputValue()).toBe('')
  await compareWithBaseline(page)
  expect((await rowCells(table, 'Lean')).slice(0, 3)).toEqual(['75', '25', '+50'])

  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

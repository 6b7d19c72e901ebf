import { afterEach, beforeEach, expect, test } from 'vitest'
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'

let browser: OpenBrowser

beforeEach(async () => {
  browser = await openBrowser()
})

afterEach(async () => {
  await browser.close()
})

test('the built app loads with its heading and both start buttons with their times, and no console error or failed request', async () => {
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

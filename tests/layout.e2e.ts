// Layout in a phone and a laptop viewport: no page scrolls sideways. And the app works with reduced motion.
import { afterEach, expect, test } from 'vitest'
import { baseUrl, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import {
  answerStep,
  horizontalOverflow,
  openRoute,
  pageHeading,
  waitForResults,
  waitForStep,
} from './helpers/self-check.ts'

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

test.each([
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
])('at $width x $height no page scrolls horizontally', async (viewport) => {
  browser = await openBrowser({ viewport })
  const { page, problems } = browser
  const overflowing: string[] = []
  const measure = async (name: string) => {
    const { scrollWidth, innerWidth } = await horizontalOverflow(page)
    if (scrollWidth > innerWidth)
      overflowing.push(`${name}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`)
  }

  await openRoute(page, '#/', 'CALMS Radar')
  await measure('start page')

  await openRoute(page, '#/step/1', 'Culture')
  await waitForStep(page, 1)
  await measure('step 1')
  // Some answers, so the results have scores, a polygon and gaps with long question texts.
  await answerStep(page, (index) => index % 5)
  // The step with the skip alert and field errors.
  await openRoute(page, '#/step/2', 'Automation')
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await page.getByRole('alert').filter({ hasText: 'no answer yet' }).waitFor()
  await measure('step 2 with skip alert and field errors')

  await openRoute(page, '#/step/6', 'DORA outcomes')
  await waitForStep(page, 6)
  await measure('step 6')
  await answerStep(page, 1)

  await openRoute(page, '#/results', 'Results')
  await waitForResults(page)
  await measure('results, by pillar')
  await page.getByRole('button', { name: 'By practice' }).click()
  await page.getByRole('table', { name: 'Scores by lesson practice' }).waitFor()
  await measure('results, by practice')

  expect(overflowing).toEqual([])
  expect(problems).toEqual([])
})

test('with prefers-reduced-motion: reduce the app loads and the self-check opens', async () => {
  browser = await openBrowser({ reducedMotion: 'reduce' })
  const { page, problems } = browser
  await page.goto(baseUrl)
  await pageHeading(page, 'CALMS Radar').waitFor()
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true)
  await page.getByRole('link', { name: 'Start self-check' }).click()
  await waitForStep(page, 1)
  expect(await pageHeading(page, 'Culture').isVisible()).toBe(true)
  expect(problems).toEqual([])
})

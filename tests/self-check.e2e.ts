// The self-check from start page to results in a real browser: hand-computed scores, persistence, history,
// deep links, and axe on every screen in light, dark and phone-sized views.
import { afterEach, describe, expect, test } from 'vitest'
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import {
  JOURNEY,
  STEP_COUNT,
  choiceIn,
  openRoute,
  pageHeading,
  questionGroups,
  readScores,
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

async function open(options: Parameters<typeof openBrowser>[0] = {}): Promise<OpenBrowser> {
  browser = await openBrowser(options)
  return browser
}

describe('the mouse journey', () => {
  test('answers on every step give the hand-computed scores, radar and DORA cluster, without console errors', async () => {
    const { page, problems } = await open()
    const { answered } = await walkJourney(page)
    expect(answered.length).toBe(STEP_COUNT)

    const table = page.getByRole('table', { name: 'Scores by CALMS pillar' })
    expect(await readScores(table)).toEqual(JOURNEY.expectedScores)
    // Measurement: every question "Don't know", so none scored, all counted as "Don't know".
    const measurementAsked = answered[3] ?? 0
    expect(await rowCells(table, 'Measurement')).toEqual([
      'not enough answers',
      `${measurementAsked} / ${measurementAsked}`,
      String(measurementAsked),
      '0',
    ])
    // Overall: the mean of all scored answers, each question weighing the same.
    const [culture = 0, automation = 0, lean = 0, , sharing = 0] = answered
    const overall = Math.round(
      (culture * 100 + automation * 50 + lean * 25 + sharing * 75) / (culture + automation + lean + sharing),
    )
    expect(await page.getByText(`Overall ${overall} out of 100`).count()).toBe(1)

    const radar = page.getByRole('img', { name: /^CALMS pillar scores/ })
    expect(await radar.getAttribute('aria-label')).toBe(JOURNEY.expectedRadarName)
    expect(await page.locator('.radar .recharts-polygon').count()).toBeGreaterThan(0)

    const dora = page.getByRole('region', { name: 'Delivery outcomes (DORA)' })
    // All four metrics answered: the verdict is the whole sentence, without "from 2 of the 4 metrics".
    expect(await dora.textContent()).toContain(JOURNEY.expectedVerdict)

    // The other view shows the practices with a radar of its own.
    await page.getByRole('button', { name: 'By practice' }).click()
    await page.getByRole('table', { name: 'Scores by lesson practice' }).waitFor()
    expect(await page.getByRole('button', { name: 'By practice' }).getAttribute('aria-pressed')).toBe('true')
    await page.getByRole('img', { name: /^Scores by lesson practice, 0 to 100: / }).waitFor()

    expect(problems).toEqual([])
  })

  test('a reload on the results keeps the numbers, and Back and Forward move between the steps', async () => {
    const { page, problems } = await open()
    await walkJourney(page)
    const table = page.getByRole('table', { name: 'Scores by CALMS pillar' })

    await page.reload()
    await waitForResults(page)
    expect(await readScores(table)).toEqual(JOURNEY.expectedScores)
    expect(await page.getByRole('img', { name: /^CALMS pillar scores/ }).getAttribute('aria-label')).toBe(
      JOURNEY.expectedRadarName,
    )

    await page.goBack()
    await waitForStep(page, 6)
    await page.goBack()
    await waitForStep(page, 5)
    // The step shows the answers given on the way: sharing at level 3.
    expect(await choiceIn(questionGroups(page).first(), 3).isChecked()).toBe(true)
    await page.goForward()
    await waitForStep(page, 6)
    await page.goForward()
    await waitForResults(page)
    expect(await readScores(table)).toEqual(JOURNEY.expectedScores)

    expect(problems).toEqual([])
  })

  test('a deep link to step 3 opens the Lean step', async () => {
    const { page, problems } = await open()
    await page.goto(new URL('#/step/3', baseUrl).href)
    await waitForStep(page, 3)
    expect(await pageHeading(page, 'Lean').isVisible()).toBe(true)
    expect(await page.getByText('Step 3 of 6', { exact: true }).isVisible()).toBe(true)
    expect(problems).toEqual([])
  })
})

describe('accessibility (axe, WCAG 2.x A and AA)', () => {
  test('the start page, every step, a step with the skip alert and field errors, and both radar views', async () => {
    const { page, problems } = await open()
    const violations: Record<string, string[]> = {}
    const check = async (name: string) => {
      violations[name] = await findAxeViolations(page)
    }

    await walkJourney(page, {
      onStart: () => check('start page'),
      onStep: async (step) => {
        await check(`step ${step}`)
        if (step !== 1) return
        // Next with nothing answered: the skip alert and an error on every question.
        await page.getByRole('button', { name: 'Next', exact: true }).click()
        const alert = page.getByRole('alert').filter({ hasText: 'no answer yet' })
        await alert.waitFor()
        const questions = await questionGroups(page).count()
        expect(await alert.textContent()).toContain(`${questions} questions on this step have no answer yet.`)
        expect(await alert.getByRole('button', { name: 'Skip unanswered and continue' }).isVisible()).toBe(
          true,
        )
        expect(await page.locator('.field-error').count()).toBe(questions)
        await check('step 1 with skip alert and field errors')
      },
    })
    await check('results, by pillar')
    await page.getByRole('button', { name: 'By practice' }).click()
    await page.getByRole('table', { name: 'Scores by lesson practice' }).waitFor()
    await check('results, by practice')

    expect(violations).toEqual({
      'start page': [],
      'step 1': [],
      'step 1 with skip alert and field errors': [],
      'step 2': [],
      'step 3': [],
      'step 4': [],
      'step 5': [],
      'step 6': [],
      'results, by pillar': [],
      'results, by practice': [],
    })
    expect(problems).toEqual([])
  })

  test.each([
    { view: 'dark mode', options: { colorScheme: 'dark' as const } },
    { view: 'a 375x667 phone', options: { viewport: { width: 375, height: 667 } } },
  ])('the results in $view, in both radar views', async ({ options }) => {
    const { page, problems } = await open(options)
    await walkJourney(page)
    const violations: Record<string, string[]> = {}
    violations['by pillar'] = await findAxeViolations(page)
    await page.getByRole('button', { name: 'By practice' }).click()
    await page.getByRole('table', { name: 'Scores by lesson practice' }).waitFor()
    violations['by practice'] = await findAxeViolations(page)
    // A step as well: the questions are where most of the time is spent.
    await openRoute(page, '#/step/1', 'Culture')
    violations['step 1'] = await findAxeViolations(page)
    expect(violations).toEqual({ 'by pillar': [], 'by practice': [], 'step 1': [] })
    expect(problems).toEqual([])
  })
})

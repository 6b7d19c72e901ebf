// The quick check in a real browser: chosen on the start page, it asks only the bank's quick questions on each of
// the six steps, scores on them and says so on the results; "Continue to the full check" keeps every answer and
// asks the rest; a reload or "#/self-check" keeps the quick depth. Per-step counts come from the bank itself.
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { isQuickQuestion } from '../src/domain/bank/check-depth.ts'
import { PILLAR_LABELS, PILLARS } from '../src/domain/bank/pillars.ts'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import {
  JOURNEY,
  STEP_COUNT,
  answerStep,
  choiceIn,
  openRoute,
  pageHeading,
  questionGroups,
  readScores,
  rowCells,
  waitForResults,
  waitForStep,
} from './helpers/self-check.ts'

// A quick walk and a full one in the same browser: more than most tests do on a shared machine.
const SLOW = 180_000

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** Each pillar's questions in bank order, and which of them the quick check asks. */
const PILLAR_QUESTIONS = PILLARS.map((pillar) => {
  const all = QUESTION_BANK.questions.filter((question) => question.pillar === pillar)
  return { pillar, label: PILLAR_LABELS[pillar], all, quick: all.filter(isQuickQuestion) }
})
const QUICK_TOTAL = PILLAR_QUESTIONS.reduce((sum, { quick }) => sum + quick.length, 0)
const FULL_TOTAL = QUESTION_BANK.questions.length
const DORA_COUNT = 4

/*
 * The quick check answers each pillar's quick questions at one level, the full check then answers the rest at
 * level 2 (50). With bank v2's counts (quick of all: Culture 3 of 6, Automation 5 of 8, Lean 2 of 7, Measurement
 * 2 of 6, Sharing 2 of 5), by hand:
 * - quick: Culture 100, Automation 50, Lean 25, Measurement 75, Sharing 0; overall (300 + 250 + 50 + 150 + 0) / 14
 *   = 53.6 -> 54.
 * - full: Culture (300 + 150) / 6 = 75, Automation (250 + 150) / 8 = 50, Lean (50 + 250) / 7 = 42.9 -> 43,
 *   Measurement (150 + 200) / 6 = 58.3 -> 58, Sharing (0 + 150) / 5 = 30; overall 1650 / 32 = 51.6 -> 52.
 */
const QUICK_LEVELS = [4, 2, 1, 3, 0] as const
const REST_LEVEL = 2
const QUICK_SCORES = { Culture: '100', Automation: '50', Lean: '25', Measurement: '75', Sharing: '0' }
const FULL_SCORES = { Culture: '75', Automation: '50', Lean: '43', Measurement: '58', Sharing: '30' }
const QUICK_BASIS =
  'These results rest on the quick check: 14 of 32 questions. The full check asks the other 18, about 10 minutes more, marked “New” on each step, and keeps every answer you gave.'

/** The names the step's question groups carry: "1. When your service fails, who is alerted first?" ... */
async function groupNames(page: Page): Promise<string[]> {
  const groups = questionGroups(page)
  await groups.first().waitFor()
  const names: string[] = []
  for (const group of await groups.all()) {
    names.push(await group.evaluate((element) => element.querySelector('legend')?.textContent ?? ''))
  }
  return names
}

const numbered = (texts: readonly string[]) => texts.map((text, index) => `${index + 1}. ${text}`)

/** "N of M questions answered" on a questionnaire step. */
function progressLine(page: Page) {
  return page.getByText(/^\d+ of \d+ questions answered$/)
}

/** From the start page through the six quick steps to the results; axe runs on step 1 before it is answered. */
async function walkQuickCheck(page: Page, onFirstStep?: () => Promise<void>): Promise<void> {
  await openRoute(page, '#/', 'CALMS Radar')
  await page.getByRole('link', { name: 'Start quick check' }).click()
  let answered = 0
  for (let step = 1; step <= STEP_COUNT; step += 1) {
    await waitForStep(page, step, 'quick')
    expect(await progressLine(page).textContent()).toBe(
      `${answered} of ${QUICK_TOTAL + DORA_COUNT} questions answered`,
    )
    const pillar = PILLAR_QUESTIONS[step - 1]
    if (step === 1) await onFirstStep?.()
    if (pillar) {
      // Only the quick questions of this pillar, in bank order, numbered from 1.
      expect(await groupNames(page)).toEqual(numbered(pillar.quick.map((question) => question.text)))
      answered += await answerStep(page, QUICK_LEVELS[step - 1] ?? 0)
    } else {
      answered += await answerStep(page, (index) => JOURNEY.doraPicks[index] ?? "Don't know")
    }
    const last = step === STEP_COUNT
    await page.getByRole('button', { name: last ? 'See results' : 'Next', exact: true }).click()
  }
  expect(answered).toBe(QUICK_TOTAL + DORA_COUNT)
  await waitForResults(page)
}

test('the bank asks 14 of its 32 questions in the quick check: Culture 3, Automation 5, Lean 2, Measurement 2, Sharing 2', () => {
  // The hand-computed scores above rest on these counts.
  expect(PILLAR_QUESTIONS.map(({ label, quick, all }) => `${label} ${quick.length}/${all.length}`)).toEqual([
    'Culture 3/6',
    'Automation 5/8',
    'Lean 2/7',
    'Measurement 2/6',
    'Sharing 2/5',
  ])
  expect([QUICK_TOTAL, FULL_TOTAL]).toEqual([14, 32])
})

test(
  'a quick check asks only the quick questions on each of the six steps and its results say what they rest on',
  async () => {
    browser = await openBrowser()
    const { page, problems } = browser
    const violations: Record<string, string[]> = {}
    await walkQuickCheck(page, async () => {
      violations['quick step 1'] = await findAxeViolations(page)
    })

    expect(await page.getByText(/^These results rest on the quick check/).textContent()).toBe(QUICK_BASIS)
    expect(await page.getByText(/^Overall \d+ out of 100/).textContent()).toMatch(
      /^Overall 54 out of 100, from 14 scored answers to 14 questions\./,
    )
    const table = page.getByRole('table', { name: 'Scores by CALMS pillar' })
    expect(await readScores(table)).toEqual(QUICK_SCORES)
    // Culture is scored on the three questions the quick check asked, not on six.
    expect(await rowCells(table, 'Culture')).toEqual(['100', '3 / 3', '0', '0'])
    expect(await page.getByRole('img', { name: /^CALMS pillar scores/ }).getAttribute('aria-label')).toBe(
      'CALMS pillar scores, 0 to 100: Culture 100, Automation 50, Lean 25, Measurement 75, Sharing 0',
    )
    const dora = page.getByRole('region', { name: 'Delivery outcomes (DORA)' })
    expect(await dora.textContent()).toContain(JOURNEY.expectedVerdict)
    expect(await page.getByRole('button', { name: 'Continue to the full check' }).isVisible()).toBe(true)
    violations['quick results'] = await findAxeViolations(page)

    expect(violations).toEqual({ 'quick step 1': [], 'quick results': [] })
    expect(problems).toEqual([])
  },
  SLOW,
)

test(
  '"Continue to the full check" keeps every quick answer, asks the rest from step 1 and scores on all 32',
  async () => {
    browser = await openBrowser()
    const { page, problems } = browser
    await walkQuickCheck(page)

    await page.getByRole('button', { name: 'Continue to the full check' }).click()
    // Culture has open questions, so the full check goes on at step 1, with no quick-check suffix.
    await waitForStep(page, 1)
    expect(await page.getByText(/ · quick check$/).count()).toBe(0)
    expect(await progressLine(page).textContent()).toBe(
      `${QUICK_TOTAL + DORA_COUNT} of ${FULL_TOTAL + DORA_COUNT} questions answered`,
    )

    let answered = QUICK_TOTAL + DORA_COUNT
    for (let step = 1; step < STEP_COUNT; step += 1) {
      await waitForStep(page, step)
      const pillar = PILLAR_QUESTIONS[step - 1]
      if (!pillar) throw new Error(`no pillar for step ${step}`)
      // The questions the quick check did not ask say "New" in their names.
      expect(await groupNames(page)).toEqual(
        numbered(
          pillar.all.map((question) => (isQuickQuestion(question) ? question.text : `${question.text} New`)),
        ),
      )
      const groups = questionGroups(page)
      const quickLevel = QUICK_LEVELS[step - 1] ?? 0
      for (const [index, question] of pillar.all.entries()) {
        const group = groups.nth(index)
        if (isQuickQuestion(question)) {
          // The quick answer is still there and is left alone.
          expect(await choiceIn(group, quickLevel).isChecked(), question.id).toBe(true)
          continue
        }
        expect(await group.getByRole('radio', { checked: true }).count(), question.id).toBe(0)
        await choiceIn(group, REST_LEVEL).check()
        answered += 1
        await expect
          .poll(() => progressLine(page).textContent())
          .toBe(`${answered} of ${FULL_TOTAL + DORA_COUNT} questions answered`)
      }
      await page.getByRole('button', { name: 'Next', exact: true }).click()
    }
    // The DORA answers of the quick check stand as they are.
    await waitForStep(page, STEP_COUNT)
    for (const [index, band] of JOURNEY.doraPicks.entries()) {
      expect(await choiceIn(questionGroups(page).nth(index), band).isChecked(), band).toBe(true)
    }
    await page.getByRole('button', { name: 'See results', exact: true }).click()

    await waitForResults(page)
    expect(await page.getByText(/^Overall \d+ out of 100/).textContent()).toMatch(
      /^Overall 52 out of 100, from 32 scored answers to 32 questions\./,
    )
    const table = page.getByRole('table', { name: 'Scores by CALMS pillar' })
    expect(await readScores(table)).toEqual(FULL_SCORES)
    expect(await rowCells(table, 'Culture')).toEqual(['75', '6 / 6', '0', '0'])
    expect(await page.getByText(/These results rest on the quick check/).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Continue to the full check' }).count()).toBe(0)
    expect(problems).toEqual([])
  },
  SLOW,
)

test('a reload in the middle of a quick check, and "#/self-check", go on at the quick depth', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await openRoute(page, '#/', 'CALMS Radar')
  await page.getByRole('link', { name: 'Start quick check' }).click()
  await waitForStep(page, 1, 'quick')
  const cultureQuick = PILLAR_QUESTIONS[0]?.quick.length ?? 0
  expect(await answerStep(page, 3)).toBe(cultureQuick)
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await waitForStep(page, 2, 'quick')
  await choiceIn(questionGroups(page).first(), 1).check()
  const total = `of ${QUICK_TOTAL + DORA_COUNT} questions answered`
  await expect.poll(() => progressLine(page).textContent()).toBe(`${cultureQuick + 1} ${total}`)

  await page.reload()
  await waitForStep(page, 2, 'quick')
  const automationQuick = PILLAR_QUESTIONS[1]?.quick.map((question) => question.text) ?? []
  expect(await groupNames(page)).toEqual(numbered(automationQuick))
  expect(await choiceIn(questionGroups(page).first(), 1).isChecked()).toBe(true)
  expect(await progressLine(page).textContent()).toBe(`${cultureQuick + 1} ${total}`)

  // "#/self-check" (the results page's "Start the self-check" link) goes on where the person left, quick still:
  // from within the app, and opened fresh in a new document, which reads the depth from storage.
  await page.goto(new URL('#/results', baseUrl).href)
  await pageHeading(page, 'Results').waitFor()
  await page.goto(new URL('#/self-check', baseUrl).href)
  await waitForStep(page, 2, 'quick')
  expect(await questionGroups(page).count()).toBe(automationQuick.length)
  await page.goto('about:blank')
  await page.goto(new URL('#/self-check', baseUrl).href)
  await waitForStep(page, 2, 'quick')
  expect(await groupNames(page)).toEqual(numbered(automationQuick))
  expect(await progressLine(page).textContent()).toBe(`${cultureQuick + 1} ${total}`)
  expect(problems).toEqual([])
})

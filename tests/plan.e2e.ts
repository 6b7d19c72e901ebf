// Targets and an action plan in a real browser, with the clock under the test's control: a quick check at low
// levels, targets set, three experiments added and a fourth refused, the Markdown checklist, then "five weeks
// later" a re-check at higher levels whose results show each experiment's signal moved up. Axe on every new state.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { isQuickQuestion } from '../src/domain/bank/check-depth.ts'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import { WIP_LIMIT_MESSAGE } from '../src/domain/plan/action-plan.ts'
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import {
  answerStep,
  openRoute,
  rowCells,
  STEP_COUNT,
  waitForResults,
  waitForStep,
} from './helpers/self-check.ts'

// Two walks through the quick check and a plan in between: more than most tests do on a shared machine.
const SLOW = 240_000

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const DAY = 24 * 60 * 60 * 1000
const PLAN_DAY = new Date('2026-12-01T09:00:00Z')
const FIVE_WEEKS_LATER = new Date(PLAN_DAY.getTime() + 35 * DAY)

/** The quick check from step 1 to the results, every pillar question at `level`, DORA "Don't know". */
async function quickCheckAt(page: Page, level: number): Promise<void> {
  for (let step = 1; step <= STEP_COUNT; step += 1) {
    await waitForStep(page, step, 'quick')
    await answerStep(page, step === STEP_COUNT ? "Don't know" : level)
    await page
      .getByRole('button', { name: step === STEP_COUNT ? 'See results' : 'Next', exact: true })
      .click()
  }
  await waitForResults(page)
}

async function downloadText(page: Page, name: string): Promise<string> {
  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name, exact: true }).click()
  return (await readFile(await (await downloaded).path())).toString('utf8')
}

// With every quick answer at level 1 each practice and pillar scores 25, and the largest gaps to the targets below
// are Culture's and Automation's (75 - 25 = 50): their eight quick practices tie. "Try first" takes them in the order
// the lesson introduces them: shared ownership and blameless post-mortems (Culture's two places), then automation
// as a first-class citizen. Each practice asks one quick question.
const TRIED_FIRST = ['culture-dev-on-call', 'culture-blame-in-reviews', 'automation-repeated-toil'].map(
  (id) => {
    const question = QUESTION_BANK.questions.find((candidate) => candidate.id === id)
    if (question === undefined || !isQuickQuestion(question)) throw new Error(`${id} is not a quick question`)
    return question
  },
)

test(
  'targets, a plan of three with a fourth refused, its checklist, and five weeks later a re-check that moved',
  async () => {
    browser = await openBrowser()
    const { page, problems } = browser
    await page.clock.setFixedTime(PLAN_DAY)

    await openRoute(page, '#/self-check/quick', 'Culture')
    await quickCheckAt(page, 1)

    // Targets, by keyboard alone: the form opens on its first field, Tab moves on, Enter saves.
    await page.getByRole('button', { name: 'Set targets' }).click()
    const culture = page.getByRole('textbox', { name: 'Culture target' })
    await expect.poll(() => culture.evaluate((element) => element === document.activeElement)).toBe(true)
    for (const target of ['75', '75', '60', '62', '50']) {
      await page.keyboard.type(target)
      await page.keyboard.press('Tab')
    }
    await page.getByRole('button', { name: 'Save targets' }).click()
    // 62 is not a step of 5: refused with the reason, and nothing saved.
    const measurement = page.getByRole('textbox', { name: 'Measurement target' })
    expect(await measurement.getAttribute('aria-invalid')).toBe('true')
    expect(await findAxeViolations(page)).toEqual([])
    await measurement.fill('60')
    await measurement.press('Enter')
    await page.getByText('Targets saved.').waitFor()

    const table = page.getByRole('table', { name: 'Scores by CALMS pillar' })
    // Score, target, gap to target, then answered / asked, don't know, not applicable.
    expect((await rowCells(table, 'Culture')).slice(0, 3)).toEqual(['25', '75', '50'])
    expect((await rowCells(table, 'Sharing')).slice(0, 3)).toEqual(['25', '50', '25'])
    await page
      .getByRole('img', {
        name: /; targets: Culture 75, Automation 75, Lean 60, Measurement 60, Sharing 50$/,
      })
      .waitFor()
    expect(await page.locator('.series-target .recharts-polygon').count()).toBe(1)
    const gaps = page
      .getByRole('heading', { name: 'Largest gaps to target' })
      .locator('xpath=following-sibling::ol[1]')
    expect(await gaps.getByRole('listitem').allTextContents()).toEqual([
      'Culture: 50 below the target of 75 (now 25)',
      'Automation: 50 below the target of 75 (now 25)',
      'Lean: 35 below the target of 60 (now 25)',
      'Measurement: 35 below the target of 60 (now 25)',
      'Sharing: 25 below the target of 50 (now 25)',
    ])

    // "Try first" says why these three of the eight that tie.
    const steps = page.getByRole('region', { name: 'Try first' })
    await steps
      .getByText(
        "Eight practices tie at 50 below their pillar's target; these three come first because the lesson " +
          'introduces them first.',
      )
      .waitFor()

    // Its three experiments go in; a fourth, from "All next steps", is refused with why and how to make room.
    const plan = page.getByRole('region', { name: 'Action plan' })
    const tryFirst = steps.getByRole('list', { name: 'Try first' })
    for (let added = 1; added <= 3; added += 1) {
      await tryFirst.getByRole('button', { name: 'Add to plan' }).first().click()
      await plan.getByRole('heading', { name: `Experiments (${added})` }).waitFor()
    }
    expect(await tryFirst.getByText('In the plan', { exact: true }).count()).toBe(3)
    await steps.getByText('All next steps', { exact: true }).click()
    await steps.getByRole('button', { name: 'Add to plan' }).first().click()
    await steps.getByRole('alert').getByText(WIP_LIMIT_MESSAGE).waitFor()
    expect(await plan.getByRole('heading', { name: 'Experiments (3)' }).count()).toBe(1)
    const signals = await plan
      .getByRole('article')
      .evaluateAll((cards) => cards.map((card) => card.querySelector('dd:nth-of-type(2)')?.textContent ?? ''))
    expect(signals).toEqual(TRIED_FIRST.map((question) => `Question: ${question.text}`))
    expect(await findAxeViolations(page)).toEqual([])

    const markdown = await downloadText(page, 'Download plan (Markdown)')
    const items = markdown.split('\n').filter((line) => line.startsWith('- [ ] '))
    expect(items).toHaveLength(3)
    expect(markdown).toContain('  - Re-check on: 2026-12-29')
    expect(markdown.split('\n').filter((line) => line.startsWith('  - Signal: Question: '))).toHaveLength(3)

    // "Print plan": the radar and the three experiments on one A4 page. The dialog is left out (headless), the
    // PDF is what paper would get; closing the dialog ("afterprint") brings the page back.
    await page.evaluate(() => {
      window.print = () => undefined
    })
    await page.getByRole('button', { name: 'Print plan' }).click()
    expect(await page.evaluate(() => document.documentElement.dataset['print'])).toBe('plan')
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length).toBe(1)
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    expect(await page.evaluate(() => document.documentElement.dataset['print'])).toBeUndefined()

    // Five weeks later: the re-check date (four weeks after the plan) has passed.
    await page.clock.setFixedTime(FIVE_WEEKS_LATER)
    // The start page says so too, below its prerendered content.
    await openRoute(page, '#/', 'CALMS Radar')
    await page
      .getByRole('region', { name: 'Time to re-check' })
      .getByRole('button', { name: 'Re-check now' })
      .waitFor()
    expect(await findAxeViolations(page)).toEqual([])
    await openRoute(page, '#/results', 'Results')
    await waitForResults(page)
    const notice = page.getByRole('region', { name: 'Time to re-check' })
    await notice.getByText('3 experiments wait to see whether their signal moved', { exact: false }).waitFor()
    expect(await findAxeViolations(page)).toEqual([])
    await notice.getByRole('button', { name: 'Re-check now' }).click()

    await quickCheckAt(page, 3)
    // The results open compared with the snapshot taken when the plan was made.
    const compareWith = page.getByRole('combobox', { name: 'Compare with' })
    expect(await compareWith.locator('option:checked').textContent()).toBe('2026-12-01 Plan made')
    expect((await rowCells(table, 'Culture')).slice(0, 3)).toEqual(['75', '25', '+50'])
    const cards = page.getByRole('region', { name: 'Action plan' }).getByRole('article')
    // The plan renders after the text results, once scrolled near or soon after the page settles.
    await cards.first().waitFor()
    expect(await cards.count()).toBe(3)
    for (let index = 0; index < 3; index += 1) {
      // Each signal is one quick question: level 1 (25) when the plan was made, level 3 (75) now.
      await cards.nth(index).getByText('up: 25 -> 75', { exact: true }).waitFor()
    }
    // This re-check answers the date: the notice has gone.
    expect(await page.getByRole('region', { name: 'Time to re-check' }).count()).toBe(0)
    expect(await findAxeViolations(page)).toEqual([])

    // Deciding: the first is done, with what was learned.
    const first = cards.nth(0)
    await first.getByRole('textbox', { name: 'What we learned' }).fill('Pairing on call spread the knowledge')
    await first.getByRole('button', { name: 'Mark done' }).click()
    await first.getByText('Done', { exact: true }).waitFor()
    expect(problems).toEqual([])
  },
  SLOW,
)

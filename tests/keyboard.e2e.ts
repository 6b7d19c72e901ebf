// The whole self-check with the keyboard only: no mouse click, every control reached with Tab / Shift+Tab,
// radios chosen with Space and the arrow keys, buttons pressed with Enter.
import { afterEach, beforeEach, expect, test } from 'vitest'
import { baseUrl, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import {
  STEP_COUNT,
  focusOutline,
  isFocused,
  pageHeading,
  questionGroups,
  readScores,
  tabTo,
  waitForResults,
  waitForStep,
  waitForApp,
} from './helpers/self-check.ts'

let browser: OpenBrowser

beforeEach(async () => {
  browser = await openBrowser()
})

afterEach(async () => {
  await browser.close()
})

test('a keyboard-only journey answers the first question of each step, skips the rest and reaches the results', async () => {
  const { page, problems } = browser
  await page.goto(baseUrl)
  await pageHeading(page, 'CALMS Radar').waitFor()
  await waitForApp(page)

  const start = page.getByRole('link', { name: 'Start self-check' })
  await tabTo(page, start)
  // A keyboard user must see where focus is.
  const startOutline = await focusOutline(page)
  expect(startOutline.style).not.toBe('none')
  expect(startOutline.width).not.toBe('0px')
  await page.keyboard.press('Enter')

  for (let step = 1; step <= STEP_COUNT; step += 1) {
    await waitForStep(page, step)
    const last = step === STEP_COUNT
    if (step === 1) {
      // After the move the new page's heading has focus, so reading starts at the top of the step.
      expect(await isFocused(pageHeading(page, 'Culture'))).toBe(true)
    }

    const questions = await questionGroups(page).count()
    const first = questionGroups(page).first()
    const radios = first.getByRole('radio')

    if (step === 1) {
      // "Why it matters" opens from the keyboard.
      const why = first.getByText('Why it matters', { exact: true })
      await tabTo(page, why)
      await page.keyboard.press('Enter')
      await expect
        .poll(() => first.locator('details').evaluate((details) => (details as HTMLDetailsElement).open))
        .toBe(true)
    }

    // Tab enters an unanswered radio group on its first option; Space chooses it, ArrowDown moves to the next.
    await tabTo(page, radios.first())
    await page.keyboard.press('Space')
    expect(await radios.first().isChecked()).toBe(true)
    await page.keyboard.press('ArrowDown')
    expect(await radios.nth(1).isChecked()).toBe(true)
    expect(await radios.first().isChecked()).toBe(false)
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowDown')
    expect(await radios.nth(1).isChecked()).toBe(true)

    const next = page.getByRole('button', { name: last ? 'See results' : 'Next', exact: true })
    await tabTo(page, next)
    if (step === 1) {
      const nextOutline = await focusOutline(page)
      expect(nextOutline.style).not.toBe('none')
      expect(nextOutline.width).not.toBe('0px')
      // Shift+Tab goes back to Back, Tab returns to Next.
      await page.keyboard.press('Shift+Tab')
      expect(await isFocused(page.getByRole('button', { name: 'Back', exact: true }))).toBe(true)
      await page.keyboard.press('Tab')
      expect(await isFocused(next)).toBe(true)
    }
    await page.keyboard.press('Enter')

    const alert = page.getByRole('alert').filter({ hasText: 'no answer yet' })
    await alert.waitFor()
    const unanswered = questions - 1
    expect(await alert.textContent()).toContain(
      unanswered === 1
        ? '1 question on this step has no answer yet.'
        : `${unanswered} questions on this step have no answer yet.`,
    )
    const skip = alert.getByRole('button', {
      name: last ? 'Skip unanswered and see results' : 'Skip unanswered and continue',
    })
    await tabTo(page, skip, 100)
    await page.keyboard.press('Enter')
  }

  await waitForResults(page)
  expect(await isFocused(pageHeading(page, 'Results'))).toBe(true)
  // Only the first question of each pillar, at level 1: every pillar scores 25, on one answer of bank v2's 6, 8, 7,
  // 6 and 5 questions, fewer than half of those that apply, so every score is uncertain and says what it rests on.
  expect(await readScores(page.getByRole('table', { name: 'Scores by CALMS pillar' }))).toEqual({
    Culture: '25 (uncertain, based on 1 of 6 answers)',
    Automation: '25 (uncertain, based on 1 of 8 answers)',
    Lean: '25 (uncertain, based on 1 of 7 answers)',
    Measurement: '25 (uncertain, based on 1 of 6 answers)',
    Sharing: '25 (uncertain, based on 1 of 5 answers)',
  })
  expect(problems).toEqual([])
})

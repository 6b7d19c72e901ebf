// A team's targets and plan across two retros in a real browser, with the clock under the test's control: three
// stored responses at a low level, a Culture target, an experiment, then five weeks later "Re-check now" (a new
// round), three pasted responses at a higher level, and the comparison with the round the plan was made on
// showing the experiment's signal moved up. Axe on every new state.
import { afterEach, expect, test } from 'vitest'
import type { Level } from '../src/domain/bank/answers.ts'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import type { Response } from '../src/domain/formats/response.ts'
import { buildShareLink, encodeShareCode } from '../src/domain/formats/share-code.ts'
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { openRoute, rowCells } from './helpers/self-check.ts'

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const DAY = 24 * 60 * 60 * 1000
const PLAN_DAY = new Date('2026-12-01T09:00:00Z')
const FIVE_WEEKS_LATER = new Date(PLAN_DAY.getTime() + 35 * DAY)

const CULTURE = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')

/** Three people who answer every Culture question at `level` (and nothing else). */
const teamAt = (level: Level, day: string): Response[] =>
  ['Ana', 'Bo', 'Chi'].map((alias, index) => ({
    bankVersion: QUESTION_BANK.bankVersion,
    answers: Object.fromEntries(CULTURE.map((question) => [question.id, level])),
    dora: {},
    alias,
    createdAt: `${day}T1${index}:00:00Z`,
  }))

const TEAM_SESSION = JSON.stringify({
  version: 1,
  state: { sessionName: 'Payments retro', responses: teamAt(1, '2026-11-30') },
})

test('team targets and a plan, and five weeks later a new round whose signal moved up', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await page.clock.setFixedTime(PLAN_DAY)
  await browser.context.addInitScript((team) => {
    // The script also runs in the first blank page, which has no storage.
    if (location.protocol === 'about:') return
    if (localStorage.getItem('calms-radar:team') === null) localStorage.setItem('calms-radar:team', team)
  }, TEAM_SESSION)
  await openRoute(page, '#/team', 'Team')

  // Every Culture answer at level 1: each person scores 25, so does the median, a gap; its next steps are under
  // "Try first".
  const findings = page.getByRole('region', { name: 'Team strengths and gaps' })
  await findings.getByRole('listitem').filter({ hasText: 'Culture (pillar): median 25' }).waitFor()
  expect(await findAxeViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Set targets' }).click()
  await page.getByRole('textbox', { name: 'Culture target' }).fill('75')
  await page.getByRole('button', { name: 'Save targets' }).click()
  await page.getByText('Targets saved.').waitFor()
  const table = page.getByRole('table', { name: 'Team scores by CALMS pillar' })
  // People with a score, median, target, gap to target.
  expect((await rowCells(table, 'Culture')).slice(0, 4)).toEqual(['3', '25', '75', '50'])
  await page.getByRole('img', { name: /^Team radar, 0 to 100: .*; targets: Culture 75$/ }).waitFor()
  expect(await page.locator('.series-target .recharts-polygon').count()).toBe(1)
  await page.getByText('Culture: 50 below the target of 75 (now 25)').waitFor()
  expect(await findAxeViolations(page)).toEqual([])

  const plan = page.getByRole('region', { name: 'Action plan' })
  await page
    .getByRole('region', { name: 'Try first' })
    .getByRole('button', { name: 'Add to plan' })
    .first()
    .click()
  await plan.getByRole('heading', { name: 'Experiments (1)' }).waitFor()
  expect(await findAxeViolations(page)).toEqual([])

  // Five weeks later the re-check date (four weeks after the plan) has passed.
  await page.clock.setFixedTime(FIVE_WEEKS_LATER)
  await page.reload()
  const notice = page.getByRole('region', { name: 'Time to re-check' })
  await notice.getByText('1 experiment waits to see whether its signal moved', { exact: false }).waitFor()
  expect(await findAxeViolations(page)).toEqual([])
  await notice.getByRole('button', { name: 'Re-check now' }).click()
  await page.getByRole('heading', { name: 'Responses (0)' }).waitFor()
  // The round is the one the plan was made on: kept once, as that snapshot.
  await notice
    .getByText('This round is kept as the snapshot "2026-12-01 Plan made".', { exact: false })
    .waitFor()
  expect(await page.getByLabel('Session name').inputValue()).toBe('Payments retro')
  expect(await findAxeViolations(page)).toEqual([])

  const links = teamAt(3, '2027-01-04').map((response) =>
    buildShareLink(baseUrl, encodeShareCode(response, QUESTION_BANK)),
  )
  await page.getByLabel('Paste share links or codes, one per line').fill(links.join('\n'))
  await page.getByRole('button', { name: 'Add pasted responses' }).click()
  await page.getByRole('heading', { name: 'Responses (3)' }).waitFor()

  const history = page.getByRole('region', { name: 'Compare over time' })
  await history
    .getByRole('combobox', { name: 'Compare with' })
    .selectOption({ label: '2026-12-01 Plan made' })
  const then = history.getByRole('table', { name: 'Team medians then and now' })
  expect(await rowCells(then, 'Culture')).toEqual(['25', '75', '+50'])
  // Median 75 against the target of 75: reached; the targets and plan stayed through the round.
  expect((await rowCells(table, 'Culture')).slice(0, 4)).toEqual(['3', '75', '75', 'reached'])
  // The signal is one Culture question: median level 1 (25) on the plan's round, level 3 (75) now.
  const card = plan.getByRole('article')
  // The plan renders after the figures, once scrolled near or soon after the page settles.
  await card.first().waitFor()
  expect(await card.count()).toBe(1)
  await card.getByText('up: 25 -> 75', { exact: true }).waitFor()
  expect(await page.getByRole('button', { name: 'Re-check now' }).count()).toBe(0)
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
}, 180_000)

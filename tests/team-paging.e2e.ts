// A team of 120 in a real browser: a team view saved by an earlier release (storage format 1) opens and is
// written back compact and numbered (format 3); the responses list shows pages of 50 with a count and Previous and Next; and
// printing puts all 120 on paper. Axe on each state. The sections below the team table render after it, and print.
import { afterEach, expect, test } from 'vitest'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import type { Response } from '../src/domain/formats/response.ts'
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { openRoute } from './helpers/self-check.ts'

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const CULTURE = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')

/** 120 people, "Person 1" to "Person 120", a minute apart, all at level 2 on Culture. */
const PEOPLE: Response[] = Array.from({ length: 120 }, (_, index) => ({
  bankVersion: QUESTION_BANK.bankVersion,
  answers: Object.fromEntries(CULTURE.map((question) => [question.id, 2])),
  dora: {},
  alias: `Person ${index + 1}`,
  createdAt: new Date(Date.UTC(2026, 10, 30, 9) + index * 60_000).toISOString().replace('.000Z', 'Z'),
}))

const VERSION_1 = JSON.stringify({ version: 1, state: { sessionName: 'All hands', responses: PEOPLE } })

test('120 responses saved by an earlier release: pages of 50, a count, and all of them printed', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await browser.context.addInitScript((team) => {
    // The script also runs in the first blank page, which has no storage.
    if (location.protocol === 'about:') return
    if (localStorage.getItem('calms-radar:team') === null) localStorage.setItem('calms-radar:team', team)
  }, VERSION_1)
  await openRoute(page, '#/team', 'Team')
  await page.getByRole('heading', { name: 'Responses (120)' }).waitFor()

  // Read as it was, and written back in format 3: one character per question instead of each id with its answer,
  // and the respondent numbers 1 to 120 in the order saved.
  const stored = await page.evaluate(() => localStorage.getItem('calms-radar:team'))
  const written = JSON.parse(stored ?? '{}') as {
    version: number
    state: { responses: unknown[]; numbers: number[]; nextNumber: number }
  }
  expect(written.version).toBe(3)
  expect(written.state.responses).toHaveLength(120)
  expect(written.state.numbers).toEqual(PEOPLE.map((_, index) => index + 1))
  expect(written.state.nextNumber).toBe(121)
  expect((stored ?? '').length).toBeLessThan(VERSION_1.length / 2)

  const pages = page.getByRole('navigation', { name: 'Pages of responses' })
  const table = page.getByRole('table', { name: 'Responses in this team view' })
  const names = () => table.getByRole('rowheader').allTextContents()
  await expect.poll(() => pages.getByRole('status').textContent()).toBe('Showing 1–50 of 120 responses')
  expect(await names()).toHaveLength(50)
  expect(
    await pages.getByRole('button', { name: 'Previous page of responses' }).getAttribute('aria-disabled'),
  ).toBe('true')
  expect(await findAxeViolations(page)).toEqual([])

  await pages.getByRole('button', { name: 'Next page of responses' }).click()
  await expect.poll(() => pages.getByRole('status').textContent()).toBe('Showing 51–100 of 120 responses')
  expect((await names())[0]).toBe('Person 51')
  await pages.getByRole('button', { name: 'Next page of responses' }).click()
  await expect.poll(() => pages.getByRole('status').textContent()).toBe('Showing 101–120 of 120 responses')
  expect(await names()).toHaveLength(20)
  expect(await findAxeViolations(page)).toEqual([])

  // Paper: every response, and no page controls.
  await page.emulateMedia({ media: 'print' })
  await expect.poll(async () => (await names()).length).toBe(120)
  expect(await pages.isVisible()).toBe(false)
  await page.emulateMedia({ media: 'screen' })
  await expect.poll(async () => (await names()).length).toBe(20)
  expect((await names())[0]).toBe('Person 101')
  expect(problems).toEqual([])
})

const TEAM_TABLE = 'Team scores by CALMS pillar'
/** Headings of sections below the team table, each rendered after it. */
const LATER_SECTIONS = ['Team strengths and gaps', 'DORA outcomes across the team', 'Action plan']

test('the sections below the team table render after it paints, and every one of them prints', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await browser.context.addInitScript(
    ({ team, texts }) => {
      if (location.protocol === 'about:') return
      localStorage.setItem('calms-radar:team', team)
      // For each text of interest, the number of the DOM change that first brought it into #root.
      const firstSeen: Record<string, number> = {}
      Object.assign(globalThis, { firstSeen })
      let change = 0
      new MutationObserver(() => {
        change += 1
        const root = document.getElementById('root')?.textContent ?? ''
        for (const text of texts)
          if (firstSeen[text] === undefined && root.includes(text)) firstSeen[text] = change
      }).observe(document, { childList: true, subtree: true, characterData: true })
    },
    { team: VERSION_1, texts: [TEAM_TABLE, ...LATER_SECTIONS] },
  )
  await openRoute(page, '#/team', 'Team')
  await page.getByRole('table', { name: TEAM_TABLE }).waitFor()
  await page.getByRole('region', { name: 'Action plan' }).waitFor({ state: 'attached' })
  const firstSeen = await page.evaluate(
    () => (globalThis as unknown as { firstSeen: Record<string, number> }).firstSeen,
  )
  const table = firstSeen[TEAM_TABLE] ?? Infinity
  for (const later of LATER_SECTIONS) expect(firstSeen[later], later).toBeGreaterThan(table)

  await page.emulateMedia({ media: 'print' })
  for (const heading of LATER_SECTIONS)
    await page
      .getByRole('heading', { name: heading, exact: true, includeHidden: true })
      .waitFor({ state: 'attached' })
  expect(problems).toEqual([])
})

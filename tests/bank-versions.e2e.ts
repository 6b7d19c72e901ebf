// Files written by question bank version 1 keep working in the built app: a v1 share link opens read-only and
// joins the team view, and a v1 backup restores the self-check, the team view and both snapshots. Expected values
// are worked out by hand from the fixtures in src/domain/bank/fixtures/v1.
import { join } from 'node:path'
import type { Locator } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import shareLinks from '../src/domain/bank/fixtures/v1/share-links.json' with { type: 'json' }
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { openRoute, pageHeading, rowCells, waitForResults } from './helpers/self-check.ts'

const BACKUP_FILE = join(import.meta.dirname, '../src/domain/bank/fixtures/v1/backup-file.json')

// A building machine shared with other jobs: these walks do more than most, so they get more time of their own.
const SLOW = 180_000

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/**
 * The cells of a response's row, found by its exact name: rowCells' word boundary cannot follow the alias's
 * Arabic letters.
 */
async function responseCells(table: Locator, name: string): Promise<string[]> {
  const header = table.page().getByRole('rowheader', { name, exact: true })
  const row = table.getByRole('row').filter({ has: header })
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim())
}

/** The "#/r/..." fragment of a link made on another host, opened on the app under test. */
function onThisApp(link: string): string {
  const fragment = link.slice(link.indexOf('#'))
  expect(fragment).toMatch(/^#\/r\/1\./)
  return new URL(fragment, baseUrl).href
}

/*
 * Zoë's v1 answers (response-file.json, the "mixed" link and the backup's self-check hold the same ones), as the
 * app shows them: brought to bank v2 (versions/migration-v1-v2.ts), then to bank v3 (migration-v2-v3.ts).
 * v1 -> v2: nine v1 questions are gone (their answers set aside), automation-everything-in-git is
 * automation-config-in-version-control, and the level maps move automation-repeated-toil 1 -> 2 and
 * sharing-published-postmortems 1 -> 0 (owning-mistakes 0, config 2, CI 3 and metrics-use 4 keep their level).
 * v2 -> v3: lean-test-feedback (her 1) is removed and measurement-stability-with-speed's level 2 has no v3 option
 * (both set aside); her other answers keep their levels. v3 asks 32 questions. Levels score 0/25/50/75/100; "Don't
 * know" and "Not applicable" are left out. Score, answered / asked, don't know, not applicable:
 * - Culture 4,2,0 + NA: 150 / 3 = 50, 4 / 6.
 * - Automation 2,2,3,1 + DK + 2 NA: 200 / 4 = 50, 7 / 8.
 * - Lean 3,2,4 + DK: 225 / 3 = 75, 4 / 7; 3 scored of 7 that apply is fewer than half: uncertain.
 * - Measurement 2,0,4 + DK: 150 / 3 = 50, 4 / 6.
 * - Sharing 0,3,0 + DK: 75 / 3 = 25, 4 / 5.
 * Overall: 800 / 16 scored answers = 50.
 */
const ZOE_ROWS = {
  Culture: ['50', '4 / 6', '0', '1'],
  Automation: ['50', '7 / 8', '1', '2'],
  Lean: ['75 (uncertain, based on 3 of 7 answers)', '4 / 7', '1', '0'],
  Measurement: ['50', '4 / 6', '1', '0'],
  Sharing: ['25', '4 / 5', '1', '0'],
}
const ZOE_ALIAS = 'Zoë 🚀 مرحبا'

test(
  'a v1 share link opens read-only with its person and answers, and joins the team view',
  async () => {
    browser = await openBrowser()
    const { page, problems } = browser
    await page.goto(onThisApp(shareLinks.mixed))
    await pageHeading(page, 'Shared answers').waitFor()

    const lead = page.getByText(/^Answers from /)
    expect(await lead.textContent()).toBe(
      `Answers from ${ZOE_ALIAS} (Operations), given on 2026-11-20. This view is read-only: your own self-check is not changed.`,
    )
    const table = page.getByRole('table', { name: 'Shared scores by CALMS pillar' })
    await table.waitFor()
    for (const [pillar, cells] of Object.entries(ZOE_ROWS))
      expect(await rowCells(table, pillar)).toEqual(cells)
    expect(
      await page.getByRole('img', { name: /^Shared CALMS pillar scores/ }).getAttribute('aria-label'),
    ).toBe(
      'Shared CALMS pillar scores, 0 to 100: Culture 50, Automation 50, Lean 75 (uncertain, based on 3 of 7 answers), Measurement 50, Sharing 25',
    )
    expect(await findAxeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Add to my team view' }).click()
    await page.getByRole('status').getByText('Added to your team view.').waitFor()
    await page.getByRole('link', { name: 'Open the team view' }).click()
    await pageHeading(page, 'Team').waitFor()
    await page.getByRole('heading', { name: 'Responses (1)' }).waitFor()
    const responses = page.getByRole('table', { name: 'Responses in this team view' })
    expect(await responseCells(responses, ZOE_ALIAS)).toEqual(['Operations', '2026-11-20', 'Remove'])
    // The opener's own self-check stays empty.
    await openRoute(page, '#/results', 'Results')
    await page.getByText('You have not answered any question yet').waitFor()
    expect(problems).toEqual([])
  },
  SLOW,
)

test(
  'a v1 backup restores the self-check, the team view and both snapshots',
  async () => {
    browser = await openBrowser()
    const { page, problems } = browser
    await openRoute(page, '#/results', 'Results')
    await page.getByLabel('Import JSON backup').setInputFiles(BACKUP_FILE)
    // The self-check as it reads in bank v3: Zoë's 23 answers left there (see above) and 4 DORA answers; three team
    // responses; two snapshots.
    const question = page.getByRole('group', { name: /^Replace your data with this backup\?/ })
    await question.waitFor()
    expect(await question.textContent()).toContain(
      'It was saved on 2026-11-20 by CALMS Radar 0.1.0 and holds a self-check with 27 answers, 2 snapshots and the team view "Payments team retro" with 3 responses.',
    )
    await page.getByRole('button', { name: 'Replace my data' }).click()

    await waitForResults(page)
    expect(await page.getByText(/^Overall \d+ out of 100/).textContent()).toMatch(
      /^Overall 50 out of 100, from 16 scored answers to 32 questions\./,
    )
    const table = page.getByRole('table', { name: 'Scores by CALMS pillar' })
    for (const [pillar, cells] of Object.entries(ZOE_ROWS))
      expect(await rowCells(table, pillar)).toEqual(cells)
    expect(await page.getByLabel('Name or alias (optional)').inputValue()).toBe(ZOE_ALIAS)
    expect(await page.getByLabel('Role (optional)').inputValue()).toBe('operations')

    const compareWith = page.getByRole('combobox', { name: 'Compare with' })
    expect(await compareWith.getByRole('option').allTextContents()).toEqual(
      expect.arrayContaining(['2026-10-21 Baseline, kickoff', '2026-11-20 After two retros']),
    )
    expect(await compareWith.getByRole('option').count()).toBe(3)
    // The kickoff answered every question at level 0. Both sides are scored on the questions v1 and v3 share; every
    // answer Zoë has in v3 is on one of them, so her scores stay as above. Brought to v3, the kickoff's on-call 0 is
    // 1 ("nobody is alerted" is v3's level 0): Culture (25 + 0 + 0 + 0) / 4 = 6.25 -> 6, a change of 43.75 -> +44;
    // Lean 0. On the four Lean questions both banks ask, Zoë's 75 rests on 3 of 4: no longer uncertain.
    await compareWith.selectOption({ label: '2026-10-21 Baseline, kickoff' })
    await page.getByRole('columnheader', { name: 'Change' }).waitFor()
    expect((await rowCells(table, 'Culture')).slice(0, 3)).toEqual(['50', '6', '+44'])
    expect((await rowCells(table, 'Lean')).slice(0, 3)).toEqual(['75', '0', '+75'])
    // "After two retros" holds the same answers as the self-check, brought to v3 the same way.
    await compareWith.selectOption({ label: '2026-11-20 After two retros' })
    await expect
      .poll(async () => (await rowCells(table, 'Automation')).slice(0, 3))
      .toEqual(['50', '50', 'no change'])

    await openRoute(page, '#/team', 'Team')
    expect(await page.getByLabel('Session name').inputValue()).toBe('Payments team retro')
    await page.getByRole('heading', { name: 'Responses (3)' }).waitFor()
    const responses = page.getByRole('table', { name: 'Responses in this team view' })
    expect(await responseCells(responses, 'Best Case')).toEqual(['Developer', '2026-11-20', 'Remove'])
    expect(await responseCells(responses, 'Respondent 2')).toEqual(['not given', '2026-11-20', 'Remove'])
    expect(await responseCells(responses, ZOE_ALIAS)).toEqual(['Operations', '2026-11-20', 'Remove'])
    // Culture in bank v3: Best Case all level 4 (100; owning-mistakes' 4 is set aside), respondent 2 all level 0
    // but on-call 0 -> 1: (25 + 0 + 0 + 0) / 4 = 6.25, Zoë 50: median 50; q1 = 6.25 + 0.5 * 43.75 = 28.125,
    // q3 = 50 + 0.5 * 50 = 75 -> middle half 28 to 75, IQR 46.875 -> 47 (high); 6.25 is 25 or less and 100 is
    // 75 or more: split.
    const team = page.getByRole('table', { name: 'Team scores by CALMS pillar' })
    expect(await rowCells(team, 'Culture')).toEqual(['3', '50', '28 to 75', 'high (47), split'])
    expect(problems).toEqual([])
  },
  SLOW,
)

// The README's three pictures, made by driving each flow it describes, so they show the app as it is today. Each
// test also checks what its screen says, so a picture is never saved of a page that went wrong.
import { mkdir } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import type { Level } from '../src/domain/bank/answers.ts'
import type { Pillar } from '../src/domain/bank/pillars.ts'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import type { Response } from '../src/domain/formats/response.ts'
import { buildShareLink, encodeShareCode } from '../src/domain/formats/share-code.ts'
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import {
  answerStep,
  JOURNEY,
  openRoute,
  rowCells,
  STEP_COUNT,
  waitForResults,
  waitForStep,
} from './helpers/self-check.ts'

const IMAGES = new URL('../docs/images/', import.meta.url)
// Wide enough for the radar beside its table, as most people see it on a laptop; small enough to read in a README.
const VIEWPORT = { width: 1100, height: 760 }

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

async function saveScreenshot(section: Locator, name: string): Promise<void> {
  await mkdir(IMAGES, { recursive: true })
  await section.scrollIntoViewIfNeeded()
  await section.screenshot({ path: new URL(name, IMAGES).pathname, animations: 'disabled' })
}

/** Answers steps 1-5 with one list of levels per pillar step (by question position) and the DORA step with JOURNEY's bands. */
async function answerCheck(page: Page, depth: 'quick' | 'full', levels: number[][]): Promise<void> {
  for (let step = 1; step <= STEP_COUNT; step += 1) {
    await waitForStep(page, step, depth)
    const stepLevels = levels[step - 1] ?? []
    await answerStep(page, (index) =>
      step === STEP_COUNT
        ? (JOURNEY.doraPicks[index] ?? "Don't know")
        : (stepLevels[index % stepLevels.length] ?? 0),
    )
    await page
      .getByRole('button', { name: step === STEP_COUNT ? 'See results' : 'Next', exact: true })
      .click()
  }
  await waitForResults(page)
}

test('self-check: a quick check ends on the results with the radar and its table', async () => {
  browser = await openBrowser({ viewport: VIEWPORT, reducedMotion: 'reduce' })
  const { page, problems } = browser
  await openRoute(page, '#/', 'CALMS Radar')
  await page.getByRole('link', { name: 'Start quick check' }).click()
  // The quick check asks Culture 3 questions, Automation 5, the others 2. Culture 3, 4, 2 -> (75 + 100 + 50) / 3
  // = 75; Automation 2, 1, 3, 2, 2 -> (50 + 25 + 75 + 50 + 50) / 5 = 50; Lean 1, 1 -> 25; Measurement 3, 3 -> 75;
  // Sharing 2, 4 -> (50 + 100) / 2 = 75.
  await answerCheck(page, 'quick', [[3, 4, 2], [2, 1, 3, 2, 2], [1], [3], [2, 4]])

  const table = page.getByRole('table', { name: 'Scores by CALMS pillar' })
  expect((await rowCells(table, 'Culture'))[0]).toBe('75')
  expect((await rowCells(table, 'Automation'))[0]).toBe('50')
  expect((await rowCells(table, 'Lean'))[0]).toBe('25')
  expect((await rowCells(table, 'Measurement'))[0]).toBe('75')
  expect((await rowCells(table, 'Sharing'))[0]).toBe('75')
  await page.getByText(JOURNEY.expectedVerdict).first().waitFor()
  expect(await findAxeViolations(page)).toEqual([])

  await saveScreenshot(page.getByRole('region', { name: 'Your radar' }), 'self-check.png')
  expect(problems).toEqual([])
})

interface Teammate {
  alias: string
  levels: Record<Pillar, Level>
}

// Every question of a pillar at the same level, so each person's pillar score is that level's score.
const TEAM: Teammate[] = [
  { alias: 'Ana', levels: { culture: 3, automation: 2, lean: 1, measurement: 2, sharing: 3 } },
  { alias: 'Bo', levels: { culture: 4, automation: 0, lean: 1, measurement: 3, sharing: 2 } },
  { alias: 'Chi', levels: { culture: 3, automation: 4, lean: 2, measurement: 2, sharing: 4 } },
  { alias: 'Dee', levels: { culture: 3, automation: 1, lean: 1, measurement: 1, sharing: 3 } },
]

function shareLinkOf(person: Teammate, second: number): string {
  const response: Response = {
    bankVersion: QUESTION_BANK.bankVersion,
    answers: Object.fromEntries(
      QUESTION_BANK.questions.map((question) => [question.id, person.levels[question.pillar]]),
    ),
    dora: {},
    alias: person.alias,
    createdAt: new Date(Date.UTC(2026, 10, 20, 9, 30, second)).toISOString().replace('.000Z', 'Z'),
  }
  return buildShareLink(baseUrl, encodeShareCode(response, QUESTION_BANK))
}

test('retrospective: four share links pasted into the team view give its radar and where it disagrees', async () => {
  browser = await openBrowser({ viewport: VIEWPORT, reducedMotion: 'reduce' })
  const { page, problems } = browser
  await openRoute(page, '#/team', 'Team')
  await page.getByLabel('Session name').fill('Payments team, retro')
  await page
    .getByRole('region', { name: '2. Invite' })
    .getByRole('img', { name: /^QR code for / })
    .waitFor()
  await page
    .getByLabel('Paste share links or codes, one per line')
    .fill(TEAM.map((person, index) => shareLinkOf(person, index)).join('\n'))
  await page.getByRole('button', { name: 'Add pasted responses' }).click()
  await page.getByText('4 added.').waitFor()

  const table = page.getByRole('table', { name: 'Team scores by CALMS pillar' })
  // The outcome is said at once; the team's figures follow a moment later (see team-page.tsx).
  await table.waitFor()
  // Culture 75, 100, 75, 75: sorted 75, 75, 75, 100, median 75; q1 at rank 0.75 = 75, q3 at rank 2.25 =
  // 75 + 0.25 * 25 = 81.25, so the middle half is 75 to 81 and the interquartile range 6.25 (low, shown as 6).
  expect(await rowCells(table, 'Culture')).toEqual(['4', '75', '75 to 81', 'low (6)'])
  // Automation 50, 0, 100, 25: one person at 25 or less and another at 75 or more, so split.
  expect((await rowCells(table, 'Automation'))[3]).toMatch(/, split$/)
  await page.getByRole('region', { name: 'Where we disagree' }).getByRole('listitem').first().waitFor()
  expect(await findAxeViolations(page)).toEqual([])

  await saveScreenshot(page.getByRole('region', { name: 'Where the team stands' }), 'retrospective.png')
  expect(problems).toEqual([])
})

test('kickoff: a full check as the baseline, targets, two experiments and a saved snapshot', async () => {
  browser = await openBrowser({ viewport: VIEWPORT, reducedMotion: 'reduce' })
  const { page, problems } = browser
  await openRoute(page, '#/', 'CALMS Radar')
  await page.getByRole('link', { name: 'Start self-check' }).click()
  // Every question of a pillar at one level: Culture 2 (50), Automation 1 (25), Lean 2 (50), Measurement 1 (25),
  // Sharing 3 (75).
  await answerCheck(page, 'full', [[2], [1], [2], [1], [3]])

  await page.getByRole('button', { name: 'Set targets' }).click()
  for (const [pillar, target] of [
    ['Culture', '75'],
    ['Automation', '75'],
    ['Lean', '75'],
    ['Measurement', '50'],
    ['Sharing', '75'],
  ] as const) {
    await page.getByRole('textbox', { name: `${pillar} target` }).fill(target)
  }
  await page.getByRole('button', { name: 'Save targets' }).click()
  await page.getByText('Targets saved.').waitFor()
  const table = page.getByRole('table', { name: 'Scores by CALMS pillar' })
  // Score, target, gap to target: Automation 75 - 25 = 50, Sharing 75 reached.
  expect((await rowCells(table, 'Automation')).slice(0, 3)).toEqual(['25', '75', '50'])
  expect((await rowCells(table, 'Sharing')).slice(0, 3)).toEqual(['75', '75', 'reached'])

  const plan = page.getByRole('region', { name: 'Action plan' })
  const tryFirst = page.getByRole('region', { name: 'Try first' }).getByRole('list', { name: 'Try first' })
  for (let added = 1; added <= 2; added += 1) {
    await tryFirst.getByRole('button', { name: 'Add to plan' }).first().click()
    await plan.getByRole('heading', { name: `Experiments (${added})` }).waitFor()
  }

  await page.getByRole('textbox', { name: 'Snapshot name' }).fill('Baseline, kickoff workshop')
  await page.getByRole('button', { name: 'Save snapshot' }).click()
  await page.getByText(/^Snapshot ".* Baseline, kickoff workshop" saved\./).waitFor()
  expect(await findAxeViolations(page)).toEqual([])

  await saveScreenshot(page.getByRole('region', { name: 'Your radar' }), 'kickoff.png')
  expect(problems).toEqual([])
})

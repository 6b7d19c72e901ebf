// The coach's view (#/coach, issue 28) in a real browser: a team makes its file on the team page under a
// pseudonym, then twelve team files made here from share codes go in at once, the small multiples stand in
// alphabetical order, nothing on the page ranks teams, the common gaps and a team's second round show, a refused
// file is named, both exports hold what the page shows, and axe finds nothing in any of these states.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import type { Level } from '../src/domain/bank/answers.ts'
import { getBank } from '../src/domain/bank/bank-registry.ts'
import { PRACTICE_CATALOGUE, type PracticeId } from '../src/domain/bank/practices.ts'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import { TEAM_FILE_FORMAT, TEAM_FILE_VERSION } from '../src/domain/coach/team-file.ts'
import type { Response } from '../src/domain/formats/response.ts'
import { buildShareLink, decodeShareCode, encodeShareCode } from '../src/domain/formats/share-code.ts'
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { openRoute } from './helpers/self-check.ts'

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const GAP_PRACTICE: PracticeId = 'blameless-postmortems'
const GAP_LABEL = PRACTICE_CATALOGUE[GAP_PRACTICE].label

let second = 0

/** A person answering every question at `level`, and the practice that is the teams' common gap at 0 when asked. */
function person(level: Level, withGap: boolean, alias?: string): Response {
  second += 1
  const answers: Response['answers'] = {}
  for (const question of QUESTION_BANK.questions) {
    answers[question.id] = withGap && question.practice === GAP_PRACTICE ? 0 : level
  }
  return {
    bankVersion: QUESTION_BANK.bankVersion,
    answers,
    dora: {},
    createdAt: new Date(Date.UTC(2026, 10, 1) + second * 1000).toISOString().replace('.000Z', 'Z'),
    ...(alias === undefined ? {} : { alias }),
  }
}

interface TeamRound {
  teamId: string
  name: string
  date: string
  /** 3 or 4: at 2 (a score of 50) every practice of a team would be a gap. */
  level: 3 | 4
  withGap: boolean
}

/** A team file as a team's device writes it: its people's share codes, without aliases. */
function teamFile({ teamId, name, date, level, withGap }: TeamRound) {
  const responses = [level, level, 4 as const].map((at) =>
    encodeShareCode(person(at, withGap), QUESTION_BANK),
  )
  const file = {
    format: TEAM_FILE_FORMAT,
    version: TEAM_FILE_VERSION,
    teamId,
    name,
    date,
    bankVersion: QUESTION_BANK.bankVersion,
    responses,
  }
  return {
    name: `calms-radar-team-${teamId}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file, null, 2)),
  }
}

// Twelve teams in no order, with mixed case and an accent; the first seven share the gap.
const NAMES = [
  'Orion',
  'apollo',
  'Zephyr',
  'Borealis',
  'Kestrel',
  'Éclair',
  'Mercury',
  'delta',
  'Nimbus',
  'Halcyon',
  'Quasar',
  'Gemini',
]
const ROUNDS: TeamRound[] = NAMES.map((name, index) => ({
  teamId: `team-id-${String(index).padStart(2, '0')}`,
  name,
  date: '2026-11-02',
  level: index % 2 === 0 ? 3 : 4,
  withGap: index < 7,
}))
const ALPHABETICAL = [...NAMES].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
const RANKING_WORDS = /\b(best|worst|top|bottom|rank\w*|leader\w*)\b/i

async function download(page: Page, name: string): Promise<{ name: string; text: string }> {
  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name, exact: true }).click()
  const file = await downloaded
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') }
}

const cardNames = (page: Page) =>
  page.getByRole('list', { name: 'Team radars' }).getByRole('listitem').getByRole('heading').allTextContents()

test('a team downloads its file under a pseudonym; the coach adds it, without a name of a person in sight', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await openRoute(page, '#/team', 'Team')
  await page.getByLabel('Session name').fill('Payments retro')
  const links = ['Ana', 'Bo', 'Chi'].map((alias) =>
    buildShareLink(baseUrl, encodeShareCode(person(3, false, alias), QUESTION_BANK)),
  )
  await page.getByLabel('Paste share links or codes, one per line').fill(links.join('\n'))
  await page.getByRole('button', { name: 'Add pasted responses' }).click()
  await page.getByLabel('Team pseudonym').fill('Team Kite')
  const file = await download(page, 'Download team file')
  expect(file.name).toMatch(/^calms-radar-team-\d{4}-\d\d-\d\d\.json$/)
  const written = JSON.parse(file.text) as { name: string; responses: string[] }
  expect(written.name).toBe('Team Kite')
  expect(file.text).not.toContain('Payments retro')
  const read = written.responses.map((code) => decodeShareCode(code, getBank))
  expect(read.map((result) => result.ok && result.value.alias)).toEqual([undefined, undefined, undefined])
  expect(await findAxeViolations(page)).toEqual([])

  await page.getByRole('link', { name: 'Open the coach’s view' }).click()
  await page.getByRole('heading', { level: 1, name: 'Coach' }).waitFor()
  await page.getByLabel('Add team files').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  })
  const card = page.getByRole('listitem', { name: 'Team Kite' })
  await expect.poll(() => card.textContent()).toMatch(/1 round, 3 people/)
  expect(await page.locator('main').textContent()).not.toMatch(/\b(Ana|Bo|Chi)\b|Payments retro/)
  expect(problems).toEqual([])
})

test('twelve team files at once: alphabetical small multiples, no ranking, common gaps, a second round, exports', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await openRoute(page, '#/coach', 'Coach')
  expect(await findAxeViolations(page)).toEqual([])

  await page.getByLabel('Add team files').setInputFiles(ROUNDS.map(teamFile))
  const cards = page.getByRole('list', { name: 'Team radars' }).getByRole('listitem')
  await expect.poll(() => cards.count()).toBe(12)
  expect(await cardNames(page)).toEqual(ALPHABETICAL)
  expect(await page.locator('svg.small-radar').count()).toBe(12)
  expect(await page.getByRole('status').filter({ hasText: 'calms-radar-team-team-id-00.json' }).count()).toBe(
    1,
  )

  const gaps = page.getByRole('list', { name: 'Common gaps' }).getByRole('listitem')
  expect(await gaps.allTextContents()).toContain(`7 of 12 teams: ${GAP_LABEL}`)
  expect(await page.locator('body').innerText()).not.toMatch(RANKING_WORDS)
  expect(await findAxeViolations(page)).toEqual([])

  // Orion's next round, and a file that is not a team file.
  const orion = ROUNDS[0]
  if (orion === undefined) throw new Error('no Orion')
  await page.getByLabel('Add team files').setInputFiles([
    teamFile({ ...orion, date: '2026-12-01', level: 4 }),
    {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"calms-radar-team"}'),
    },
  ])
  await expect
    .poll(() => page.getByRole('list', { name: 'Refused files' }).textContent())
    .toMatch(/broken\.json/)
  await expect.poll(() => page.getByRole('listitem', { name: 'Orion' }).textContent()).toMatch(/2 rounds/)
  expect(await cards.count()).toBe(12)
  expect(await cardNames(page)).toEqual(ALPHABETICAL)
  expect(await page.locator('body').innerText()).not.toMatch(RANKING_WORDS)
  expect(await findAxeViolations(page)).toEqual([])

  const csv = await download(page, 'Download CSV for BI')
  expect(csv.name).toMatch(/^calms-radar-department-\d{4}-\d\d-\d\d\.csv$/)
  const rows = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
  expect(rows[0]).toMatch(
    /^team,team id,round date,bank version,kind,pillar or practice,median,people,target$/,
  )
  for (const name of NAMES) expect(rows.some((row) => row.startsWith(`${name},`))).toBe(true)
  const orionDates = new Set(rows.filter((row) => row.startsWith('Orion,')).map((row) => row.split(',')[2]))
  expect([...orionDates].sort()).toEqual(['2026-11-02', '2026-12-01'])

  const markdown = await download(page, 'Download Markdown summary')
  expect(markdown.name).toMatch(/^calms-radar-department-\d{4}-\d\d-\d\d\.md$/)
  expect(markdown.text).toContain('- Teams: 12')
  expect(markdown.text).toContain(`- 7 of 12 teams: ${GAP_LABEL}`)
  expect(markdown.text).not.toMatch(RANKING_WORDS)

  await page.getByRole('button', { name: 'Remove Zephyr' }).click()
  await expect.poll(() => cards.count()).toBe(11)
  expect(problems).toEqual([])
})

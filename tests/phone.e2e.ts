// On a 375 px phone: every table's last column can be reached (a table wider than its box says so), no button is
// cut off, and the practice radar's short axis names fit without overlapping.
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS } from '../src/domain/dora/dora-metrics.ts'
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { horizontalOverflow, openRoute, waitForResults } from './helpers/self-check.ts'

const PHONE = { width: 375, height: 667 }
const CUE = 'Scroll sideways for more columns'

// Every question answered (levels 0-4 in turn) and every DORA metric, so all tables have full rows.
const dora = (offset: number) =>
  Object.fromEntries(
    DORA_METRICS.map((metric, index) => {
      const { bands } = DORA_METRIC_DEFINITIONS[metric]
      return [metric, bands[(index + offset) % bands.length]?.id ?? 'dont-know']
    }),
  )
const answers = (offset: number) =>
  Object.fromEntries(QUESTION_BANK.questions.map((question, index) => [question.id, (index + offset) % 5]))

const SELF_CHECK = JSON.stringify({
  version: 2,
  state: {
    bankVersion: QUESTION_BANK.bankVersion,
    answers: answers(0),
    dora: dora(0),
    answeredAt: Object.fromEntries(QUESTION_BANK.questions.map((question) => [question.id, 1])),
    lastStep: 6,
    resetAt: 0,
  },
})

// Six people in two roles of three, so the role table shows too; one long alias that must not widen the page.
const ROLES = ['developer', 'operations'] as const
const TEAM_SESSION = JSON.stringify({
  version: 1,
  state: {
    sessionName: 'Payments retro',
    responses: ['Ana', 'Bo', 'Chi', 'Dee', 'Eero', 'Fatima-Zahra Oyelaran-Whitfield'].map((alias, index) => ({
      bankVersion: QUESTION_BANK.bankVersion,
      answers: answers(index),
      dora: dora(index),
      alias,
      role: ROLES[index % 2],
      createdAt: `2026-11-2${index}T10:00:00Z`,
    })),
  },
})

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

async function openPhone(): Promise<OpenBrowser> {
  const opened = await openBrowser({ viewport: PHONE })
  await opened.context.addInitScript(
    ({ selfCheck, team }) => {
      // The script also runs in the first blank page, which has no storage.
      if (location.protocol === 'about:') return
      if (localStorage.getItem('calms-radar:self-check') === null) {
        localStorage.setItem('calms-radar:self-check', selfCheck)
      }
      if (localStorage.getItem('calms-radar:team') === null) localStorage.setItem('calms-radar:team', team)
    },
    { selfCheck: SELF_CHECK, team: TEAM_SESSION },
  )
  return opened
}

/**
 * For every table: its last column scrolled into view lies inside the viewport and is what the eye sees there
 * (nothing covers it), and a table wider than its box carries the cue in words. Returns one line per problem and
 * how many tables needed the cue.
 */
async function checkTables(page: Page, where: string): Promise<{ problems: string[]; cued: number }> {
  const problems: string[] = []
  let cued = 0
  const tables = await page.getByRole('table').all()
  expect(tables.length, `${where}: tables`).toBeGreaterThan(0)
  for (const table of tables) {
    const name = `${where}, table "${(await table.locator('caption').textContent())?.trim() ?? ''}"`
    // The scroll box is the table's parent; the cue, when shown, describes it.
    const box = await table.locator('xpath=..').evaluate((region, cueText) => {
      const cueId = region.getAttribute('aria-describedby')
      const cue = cueId === null ? null : document.getElementById(cueId)
      return {
        role: region.getAttribute('role'),
        overflows: region.scrollWidth > region.clientWidth + 1,
        cued: cue !== null && cue.textContent === cueText && cue.checkVisibility(),
        anyCue: [...(region.parentElement?.parentElement?.children ?? [])].some(
          (element) => element.textContent === cueText,
        ),
      }
    }, CUE)
    if (box.role !== 'region') problems.push(`${name}: not inside a scroll region`)
    if (box.overflows) {
      cued += 1
      if (!box.cued) problems.push(`${name}: wider than its box but no visible cue describes it`)
    } else if (box.anyCue) problems.push(`${name}: cue shown although nothing is hidden`)

    const last = table.locator('thead tr').last().locator('th, td').last()
    await last.scrollIntoViewIfNeeded()
    const reached = await last.evaluate((cell) => {
      const rect = cell.getBoundingClientRect()
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
      return {
        inside: rect.left >= 0 && rect.right <= window.innerWidth + 0.5 && rect.top >= 0,
        seen: hit !== null && cell.contains(hit),
      }
    })
    if (!reached.inside) problems.push(`${name}: last column outside the viewport`)
    if (!reached.seen) problems.push(`${name}: last column covered`)
  }
  return { problems, cued }
}

/** Every visible button, scrolled into view, lies within the viewport and is not cut by a clipping ancestor. */
async function clippedButtons(page: Page, where: string): Promise<string[]> {
  const problems: string[] = []
  for (const button of await page.getByRole('button').all()) {
    if (!(await button.isVisible())) continue
    await button.scrollIntoViewIfNeeded()
    const clipped = await button.evaluate((element) => {
      const rect = element.getBoundingClientRect()
      if (rect.left < -0.5 || rect.right > window.innerWidth + 0.5) return 'outside the viewport'
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        const style = getComputedStyle(parent)
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const box = parent.getBoundingClientRect()
        if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) return 'cut by a clipping box'
      }
      return ''
    })
    if (clipped !== '') {
      const label = (await button.getAttribute('aria-label')) ?? (await button.textContent())?.trim()
      problems.push(`${where}, button "${label ?? ''}": ${clipped}`)
    }
  }
  return problems
}

/** The practice radar's axis names: each inside the chart's box, none overlapping another. */
async function radarLabelProblems(page: Page): Promise<string[]> {
  return page.getByRole('img', { name: /^Scores by lesson practice/ }).evaluate((radar) => {
    const frame = radar.getBoundingClientRect()
    const labels = [...radar.querySelectorAll('.recharts-polar-angle-axis-tick-value')].map((text) => ({
      name: text.textContent,
      rect: text.getBoundingClientRect(),
    }))
    const found: string[] = []
    if (labels.length !== 19) found.push(`${labels.length} axis names`)
    labels.forEach(({ name, rect }, index) => {
      if (
        rect.left < frame.left ||
        rect.right > frame.right ||
        rect.top < frame.top ||
        rect.bottom > frame.bottom
      )
        found.push(`"${name}" outside the chart`)
      for (const other of labels.slice(index + 1)) {
        const overlapX = Math.min(rect.right, other.rect.right) - Math.max(rect.left, other.rect.left)
        const overlapY = Math.min(rect.bottom, other.rect.bottom) - Math.max(rect.top, other.rect.top)
        if (overlapX > 1 && overlapY > 1) found.push(`"${name}" overlaps "${other.name}"`)
      }
    })
    return found
  })
}

async function pageOverflow(page: Page, where: string): Promise<string[]> {
  const { scrollWidth, innerWidth } = await horizontalOverflow(page)
  return scrollWidth > innerWidth ? [`${where}: page scrollWidth ${scrollWidth} > ${innerWidth}`] : []
}

test('on a phone the results tables reach their last column, buttons fit and the practice radar names its axes', async () => {
  browser = await openPhone()
  const { page, problems } = browser
  await openRoute(page, '#/results', 'Results')
  await waitForResults(page)
  const found: string[] = []
  let cued = 0
  const tables = await checkTables(page, 'results by pillar')
  found.push(...tables.problems, ...(await clippedButtons(page, 'results')))
  cued += tables.cued
  found.push(...(await pageOverflow(page, 'results by pillar')))
  expect(await findAxeViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'By practice' }).click()
  await page.getByRole('table', { name: 'Scores by lesson practice' }).waitFor()
  const radar = page.getByRole('img', { name: /^Scores by lesson practice/ })
  await radar.getByText('Post-mortems').waitFor()
  await radar.getByText('Small releases').waitFor()
  found.push(...(await radarLabelProblems(page)))
  const practices = await checkTables(page, 'results by practice')
  found.push(...practices.problems, ...(await pageOverflow(page, 'results by practice')))
  cued += practices.cued
  expect(await findAxeViolations(page)).toEqual([])

  expect(found).toEqual([])
  // The score tables are wider than a phone: the cue was seen, not only its absence.
  expect(cued).toBeGreaterThan(0)
  expect(problems).toEqual([])
})

test('on a phone the invited results card sends with its first button, which says "Copied" on itself, in sight', async () => {
  browser = await openPhone()
  const { page, context, problems } = browser
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin })
  await openRoute(page, '#/results', 'Results')
  // The self-check as an invitation leaves it (format version 3 keeps the session).
  await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('calms-radar:self-check') ?? '{}') as { state: object }
    const state = { ...stored.state, setAside: [], setAsideAcknowledged: 0, invitation: 'Payments retro' }
    localStorage.setItem('calms-radar:self-check', JSON.stringify({ version: 3, state }))
  })
  await page.reload()
  await waitForResults(page)
  await page.evaluate(() => window.scrollTo({ top: 0 }))
  const card = page.getByRole('region', { name: 'Send your answers to Payments retro' })
  const first = card.getByRole('button').first()
  expect(await first.textContent()).toBe('Copy share link')
  await first.click()
  await card.getByRole('button', { name: 'Copied', exact: true }).waitFor()
  // What happened is on the button the person tapped, inside the screen, not in a line below the fold.
  const box = await card.getByRole('button', { name: 'Copied', exact: true }).boundingBox()
  expect(box).not.toBeNull()
  expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await card.getByLabel('Your share link').inputValue(),
  )
  expect(problems).toEqual([])
})

test('on a phone the team tables reach their last column and no Remove button is cut off', async () => {
  browser = await openPhone()
  const { page, problems } = browser
  await openRoute(page, '#/team', 'Team')
  await page.getByRole('heading', { name: 'Responses (6)' }).waitFor()
  await page.getByRole('table', { name: 'Median pillar score by role' }).waitFor()
  // A survey file, so its column table is on the page too; with responses in, the setup is folded away.
  await page.getByText('Add responses: paste links, choose files or import a survey').click()
  const header = ['Timestamp', 'Name', 'Role', ...QUESTION_BANK.questions.map((question) => question.text)]
  const row = ['2026-11-20 09:00:00', 'Gus', 'Developer', ...QUESTION_BANK.questions.map(() => '3')]
  const csv = [header, row].map((cells) => cells.map((cell) => `"${cell}"`).join(',')).join('\r\n')
  await page.getByLabel('Import survey CSV').setInputFiles({
    name: 'survey.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  })
  await page.getByRole('table', { name: /^Columns of survey\.csv/ }).waitFor()

  const tables = await checkTables(page, 'team')
  const found = [
    ...tables.problems,
    ...(await clippedButtons(page, 'team')),
    ...(await pageOverflow(page, 'team')),
  ]
  expect(found).toEqual([])
  expect(tables.cued).toBeGreaterThan(0)
  await expect(page.getByRole('button', { name: /^Remove / }).count()).resolves.toBe(6)
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

// Present mode (#/team/present) in a real browser: six people pasted in from a chat thread, the deck stepped
// through by keyboard and by its buttons, every slide fitted to a projector's screen and checked with axe in both
// colour schemes, no name on any slide, a note made an experiment, and the deck printed as a landscape A4 handout.
// The names below are fixed by the contract between the page and these tests (present-contract.md, issue 26).
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Locator, Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { DONT_KNOW, type Level } from '../src/domain/bank/answers.ts'
import { PILLAR_LABELS, PILLARS, type Pillar } from '../src/domain/bank/pillars.ts'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS, type DoraAnswers } from '../src/domain/dora/dora-metrics.ts'
import type { Role } from '../src/domain/formats/profile.ts'
import type { Response } from '../src/domain/formats/response.ts'
import { buildShareLink, encodeShareCode } from '../src/domain/formats/share-code.ts'
import { teamStrengthsAndGaps } from '../src/domain/plan/team-findings.ts'
import { aggregateTeam, findDisagreements } from '../src/domain/team/team-aggregation.ts'
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { openRoute, pageHeading } from './helpers/self-check.ts'

const run = promisify(execFile)

/** The handout PDF stays here after a run, beside the other printed exports (tests/.artifacts is ignored by git). */
const ARTIFACTS = join(import.meta.dirname, '.artifacts', 'exports')

const SESSION_NAME = 'Payments retro, December'
const PROJECTOR = { width: 1280, height: 720 }
const FULL_HD = { width: 1920, height: 1080 }
/** A4 landscape in CSS pixels (297 x 210 mm at 96 px per inch): the slides on screen are the slides on paper. */
const A4_LANDSCAPE = { width: 1123, height: 794 }
const MIN_BODY_TEXT_PX = 24

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

interface Person {
  alias: string
  role: Role
}

const PEOPLE: Person[] = [
  { alias: 'Ada', role: 'developer' },
  { alias: 'Grace', role: 'developer' },
  { alias: 'Linus', role: 'developer' },
  { alias: 'Margaret', role: 'operations' },
  { alias: 'Dennis', role: 'operations' },
  { alias: 'Barbara', role: 'qa' },
]

/**
 * Each person's level per pillar, in PEOPLE's order: Culture mostly 4 with one 0 (a strength by its median of 100,
 * but split); Automation low and close (a gap); Lean at 3 and 4 (a strength); Measurement low with one 4 (a split
 * gap); Sharing in the middle, with one "Don't know". Barbara also answers every fourth question "Don't know".
 */
const LEVELS: Record<Pillar, readonly (Level | typeof DONT_KNOW)[]> = {
  culture: [4, 4, 4, 3, 4, 0],
  automation: [1, 1, 0, 1, 2, 1],
  lean: [3, 3, 4, 3, 3, 3],
  measurement: [0, 1, 4, 1, 0, 1],
  sharing: [2, DONT_KNOW, 3, 2, 2, 1],
}

/** Everyone answers every DORA outcome, one of them "Don't know" on deployment frequency. */
const DORA: DoraAnswers[] = [
  {
    deploymentFrequency: 'df-on-demand',
    leadTime: 'lt-lt-1h',
    changeFailureRate: 'cfr-0-5',
    timeToRestore: 'ttr-1h-1d',
  },
  {
    deploymentFrequency: 'df-daily-weekly',
    leadTime: 'lt-1d-1w',
    changeFailureRate: 'cfr-6-10',
    timeToRestore: 'ttr-1h-1d',
  },
  {
    deploymentFrequency: 'df-daily-weekly',
    leadTime: 'lt-1d-1w',
    changeFailureRate: 'cfr-0-5',
    timeToRestore: 'ttr-lt-1h',
  },
  {
    deploymentFrequency: 'df-weekly-monthly',
    leadTime: 'lt-1w-1m',
    changeFailureRate: 'cfr-16-20',
    timeToRestore: 'ttr-lt-1h',
  },
  {
    deploymentFrequency: DONT_KNOW,
    leadTime: 'lt-1d-1w',
    changeFailureRate: 'cfr-6-10',
    timeToRestore: 'ttr-1d-1w',
  },
  {
    deploymentFrequency: 'df-daily-weekly',
    leadTime: 'lt-1h-1d',
    changeFailureRate: 'cfr-11-15',
    timeToRestore: 'ttr-1h-1d',
  },
]

const RESPONSES: Response[] = PEOPLE.map(({ alias, role }, index) => ({
  bankVersion: QUESTION_BANK.bankVersion,
  answers: Object.fromEntries(
    QUESTION_BANK.questions.map((question, position) => [
      question.id,
      alias === 'Barbara' && position % 4 === 3 ? DONT_KNOW : (LEVELS[question.pillar][index] ?? DONT_KNOW),
    ]),
  ),
  dora: DORA[index] ?? {},
  alias,
  role,
  createdAt: `2026-12-01T09:0${index}:00Z`,
}))

const LINKS = RESPONSES.map((response) => buildShareLink(baseUrl, encodeShareCode(response, QUESTION_BANK)))

/** What the slides must say, worked out by the app's own rules from the six responses. */
const AGGREGATE = aggregateTeam(RESPONSES, QUESTION_BANK)
const DISAGREEMENTS = findDisagreements(AGGREGATE).map(
  (entry) =>
    QUESTION_BANK.questions.find((question) => question.id === entry.questionId) ??
    missingQuestion(entry.questionId),
)
const FINDINGS = teamStrengthsAndGaps(RESPONSES, QUESTION_BANK)
const ANSWERED_METRICS = DORA_METRICS.filter((metric) =>
  AGGREGATE.dora[metric].bands.some((band) => band.count > 0),
)
const CONTINUED = ' (continued)'

function missingQuestion(id: string): never {
  throw new Error(`the bank has no question ${id}`)
}

/** The people's aliases that `text` names, as whole words. */
const aliasesIn = (text: string): string[] =>
  PEOPLE.map(({ alias }) => alias).filter((alias) => new RegExp(`\\b${alias}\\b`).test(text))

/** The six links pasted as a Slack thread reads when copied: names, times, chatter, one link sent twice. */
function chatThread(): string {
  const [ada, grace, linus, margaret, dennis, barbara] = LINKS
  return [
    'Sam (facilitator)  9:00 AM',
    'Morning all! Please do the CALMS check before 10 and drop your share link here 🙏',
    'Ada  9:02 AM',
    `Here's mine: ${ada}`,
    'Grace  9:03 AM',
    `<${grace}> (took me 10 minutes)`,
    'Linus  9:05 AM',
    `done ✅ ${linus}`,
    'Margaret  9:06 AM',
    margaret,
    'Dennis  9:06 AM',
    `oops, not sure it sent: ${dennis}`,
    dennis,
    ':+1: 2',
    'Barbara  9:11 AM',
    `Sorry, late! ${barbara}.`,
    'Sam (facilitator)  9:12 AM',
    'Thanks, see you at 10.',
  ].join('\n')
}

/** A browser whose team view holds the six responses, as if they had been pasted before. */
async function openWithTeam(viewport = PROJECTOR): Promise<OpenBrowser> {
  const opened = await openBrowser({ viewport })
  const team = JSON.stringify({ version: 1, state: { sessionName: SESSION_NAME, responses: RESPONSES } })
  await opened.context.addInitScript((stored) => {
    // The script also runs in the first blank page, which has no storage.
    if (location.protocol === 'about:') return
    if (localStorage.getItem('calms-radar:team') === null) localStorage.setItem('calms-radar:team', stored)
  }, team)
  return opened
}

async function openDeck(page: Page): Promise<void> {
  await openRoute(page, '#/team/present', SESSION_NAME)
}

/** Loads the deck again, as a new size or colour scheme needs its slides cut anew. */
async function reloadDeck(page: Page): Promise<void> {
  await page.reload()
  await pageHeading(page, SESSION_NAME).waitFor()
}

const POSITION = /^(\d+) \/ (\d+)$/

/** The position as the deck shows it, "3 / 9", as two numbers. */
async function readPosition(page: Page): Promise<{ current: number; total: number }> {
  const text = (await page.locator('p.slide-position').textContent()) ?? ''
  const match = POSITION.exec(text)
  if (match === null) throw new Error(`the slide position reads "${text}", not "n / N"`)
  return { current: Number(match[1]), total: Number(match[2]) }
}

/** The text of the focused element when it is the h1 that labels the slide, else a description of what has focus. */
function focusedSlideHeading(): string {
  const active = document.activeElement
  if (active === null || active === document.body) return 'focus: body'
  const section = active.closest('section[aria-labelledby]')
  const labelsSlide = active.tagName === 'H1' && section?.getAttribute('aria-labelledby') === active.id
  return labelsSlide ? active.textContent : `focus: ${active.tagName.toLowerCase()} "${active.textContent}"`
}

/**
 * Waits until the deck shows slide `current` of `total` with its heading focused, and exactly one slide heading is
 * shown; returns that heading.
 */
async function expectSlide(page: Page, current: number, total: number): Promise<string> {
  const position = page.locator('p.slide-position')
  await expect.poll(() => position.textContent()).toBe(`${current} / ${total}`)
  const headings = page.getByRole('heading', { level: 1 })
  await expect.poll(() => headings.count()).toBe(1)
  const heading = (await headings.textContent()) ?? ''
  await expect.poll(() => page.evaluate(focusedSlideHeading)).toBe(heading)
  return heading
}

/** The slide on show: the region named by its h1. */
async function currentSlide(page: Page): Promise<Locator> {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  return page.getByRole('region', { name: heading, exact: true })
}

/**
 * From the first slide to the last with ArrowRight, running `visit` on each; returns the headings in order. Each
 * step checks the position and that the new slide's heading has focus.
 */
async function walkDeck(
  page: Page,
  visit?: (heading: string, index: number) => Promise<void>,
): Promise<string[]> {
  await page.keyboard.press('Home')
  const { total } = await readPosition(page)
  const headings: string[] = []
  for (let index = 1; index <= total; index += 1) {
    if (index > 1) await page.keyboard.press('ArrowRight')
    const heading = await expectSlide(page, index, total)
    headings.push(heading)
    await visit?.(heading, index)
  }
  return headings
}

/** Headings with each slide's continuations folded into it: the slides the contract lists. */
function foldContinued(headings: readonly string[]): string[] {
  const folded: string[] = []
  for (const heading of headings) {
    if (!heading.endsWith(CONTINUED)) folded.push(heading)
    else if (folded.at(-1) !== heading.slice(0, -CONTINUED.length)) folded.push(`stray: ${heading}`)
  }
  return folded
}

/** Every text of the page a person or a screen reader could meet: its text and its labels, titles and alt texts. */
function everyText(): string {
  const attributes = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap(
    (element) =>
      ['aria-label', 'title', 'alt', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
  )
  return [document.title, document.body.textContent, ...attributes].join('\n')
}

interface FitReport {
  overflow: string[]
  smallText: string[]
}

/**
 * In the page: what scrolls (the document, the slide, any element in it, with a pixel of rounding allowed) and,
 * when `minFontPx` is given, every text of the slide set smaller (outside SVG and visually hidden text).
 */
function inspectSlide(minFontPx: number | null): FitReport {
  const overflow: string[] = []
  const smallText: string[] = []
  const page = document.scrollingElement ?? document.documentElement
  if (page.scrollHeight > window.innerHeight) {
    overflow.push(`document ${page.scrollHeight}px high in ${window.innerHeight}px`)
  }
  if (page.scrollWidth > window.innerWidth) {
    overflow.push(`document ${page.scrollWidth}px wide in ${window.innerWidth}px`)
  }
  const heading = [...document.querySelectorAll('h1')].find((element) => element.checkVisibility())
  const slide = heading?.closest('section[aria-labelledby]')
  if (heading === undefined || slide === null || slide === undefined)
    return { overflow: ['no slide shown'], smallText }
  const name = (element: Element) => {
    const classes = [...element.classList].map((value) => `.${value}`).join('')
    return `${element.tagName.toLowerCase()}${classes} "${element.textContent.trim().slice(0, 40)}"`
  }
  // Text for screen readers only sits in a clipped 1 px box: it scrolls by design and is never seen.
  const clipped = (element: Element) => {
    for (let at: Element | null = element; at !== null && at !== slide.parentElement; at = at.parentElement) {
      if (getComputedStyle(at).clipPath !== 'none') return true
    }
    return false
  }
  const box = slide.getBoundingClientRect()
  if (box.bottom > window.innerHeight + 1 || box.right > window.innerWidth + 1) {
    overflow.push(`the slide reaches ${Math.round(box.right)} x ${Math.round(box.bottom)}px`)
  }
  for (const element of [slide, ...slide.querySelectorAll('*')]) {
    if (element instanceof SVGElement && !(element instanceof SVGSVGElement)) continue
    // Inline and unrendered elements have no box of their own to scroll; what they hold counts in their parent's.
    if ((element.clientWidth === 0 && element.clientHeight === 0) || clipped(element)) continue
    if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) {
      overflow.push(
        `${name(element)}: content ${element.scrollWidth} x ${element.scrollHeight}px in ${element.clientWidth} x ${element.clientHeight}px`,
      )
    }
  }
  if (minFontPx !== null) {
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    const checked = new Set<Element>()
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement
      if (parent === null || (node.textContent ?? '').trim() === '' || parent.closest('svg') !== null)
        continue
      if (checked.has(parent) || !parent.checkVisibility({ visibilityProperty: true }) || clipped(parent))
        continue
      checked.add(parent)
      const size = Number.parseFloat(getComputedStyle(parent).fontSize)
      if (size < minFontPx) smallText.push(`${name(parent)} at ${size}px`)
    }
  }
  return { overflow, smallText }
}

test('six people added from a pasted chat thread; "Present" opens the deck, stepped through by keyboard to the end and back', async () => {
  browser = await openBrowser({ viewport: PROJECTOR })
  const { page, problems } = browser
  await openRoute(page, '#/team', 'Team')
  await page.getByLabel('Session name').fill(SESSION_NAME)
  await page.getByLabel('Paste share links or codes, one per line').fill(chatThread())
  await page.getByRole('button', { name: 'Add pasted responses' }).click()
  // The chat around the links is skipped without comment; Dennis's link sent twice goes in once.
  await expect.poll(() => page.getByText('6 added, 1 duplicate ignored.').count()).toBe(1)
  expect(await page.getByText(/^Line \d+: /).count()).toBe(0)
  await page.getByRole('heading', { name: 'Responses (6)' }).waitFor()

  await page
    .getByRole('region', { name: '4. Present' })
    .getByRole('link', { name: 'Present', exact: true })
    .click()
  await pageHeading(page, SESSION_NAME).waitFor()
  expect(new URL(page.url()).hash).toBe('#/team/present')
  // Only the deck (its own controls aside): no app header, main navigation or skip link.
  expect(await page.getByRole('banner').count()).toBe(0)
  expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0)
  expect(await page.getByRole('link', { name: 'Skip to content' }).count()).toBe(0)
  const opening = await currentSlide(page)
  await opening.getByText('6 people answered', { exact: true }).waitFor()

  const { current, total } = await readPosition(page)
  expect(current).toBe(1)
  expect(await expectSlide(page, 1, total)).toBe(SESSION_NAME)

  const texts: string[] = []
  const headings = await walkDeck(page, async () => {
    texts.push(await page.evaluate(everyText))
  })
  expect(headings).toHaveLength(total)
  // The last slide: ArrowRight and End change nothing.
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('End')
  await expectSlide(page, total, total)
  for (let index = total - 1; index >= 1; index -= 1) {
    await page.keyboard.press('ArrowLeft')
    expect(await expectSlide(page, index, total)).toBe(headings[index - 1])
  }
  await page.keyboard.press('ArrowLeft')
  await expectSlide(page, 1, total)
  await page.keyboard.press('End')
  expect(await expectSlide(page, total, total)).toBe(headings.at(-1))
  await page.keyboard.press('Home')
  expect(await expectSlide(page, 1, total)).toBe(SESSION_NAME)

  // The slides in the contract's order. Roles with three or more people (the developers here) may add "By role"
  // slides between "Strengths and gaps" and "Try first"; the operations people (two) and QA (one) may not.
  const folded = foldContinued(headings)
  const expectedStart = [
    SESSION_NAME,
    'Where the team stands',
    ...DISAGREEMENTS.map((_, index) => `Where we disagree: ${index + 1} of ${DISAGREEMENTS.length}`),
    ...ANSWERED_METRICS.map((metric) => DORA_METRIC_DEFINITIONS[metric].label),
  ]
  expect(DISAGREEMENTS).toHaveLength(5)
  expect(ANSWERED_METRICS).toHaveLength(4)
  expect(folded.slice(0, expectedStart.length)).toEqual(expectedStart)
  expect(folded[expectedStart.length]).toMatch(/^The team[’']s DORA verdict$/)
  expect(folded[expectedStart.length + 1]).toBe('Strengths and gaps')
  expect(folded.at(-1)).toBe('Try first')
  const roleSlides = folded.slice(expectedStart.length + 2, -1)
  expect(roleSlides.filter((heading) => /Operations|QA|stray:/.test(heading))).toEqual([])

  // No alias on any slide, in any text or label.
  const named = texts.flatMap((text, index) =>
    aliasesIn(text).map((alias) => `${alias} on slide ${index + 1}`),
  )
  expect(named).toEqual([])
  expect(problems).toEqual([])
}, 300_000)

test('each slide says what the team view says: the radar in plain SVG with its values, the disagreements most first, DORA by band, split practices to discuss', async () => {
  browser = await openWithTeam()
  const { page, problems } = browser
  await openDeck(page)
  const slideTexts = new Map<string, string>()
  const strengthsAndGapsItems: string[] = []
  await walkDeck(page, async (heading) => {
    const slide = await currentSlide(page)
    const base = heading.endsWith(CONTINUED) ? heading.slice(0, -CONTINUED.length) : heading
    slideTexts.set(base, `${slideTexts.get(base) ?? ''}\n${(await slide.textContent()) ?? ''}`)
    if (base === 'Strengths and gaps') {
      strengthsAndGapsItems.push(...(await slide.getByRole('listitem').allTextContents()))
    }
    if (heading === 'Where the team stands') {
      // Plain SVG, no chart library; the median printed at each point; a text equivalent beside it.
      expect(await page.locator('.recharts-surface, .recharts-wrapper').count()).toBe(0)
      const pointValues = await slide.locator('svg text').allTextContents()
      for (const pillar of PILLARS) {
        const median = AGGREGATE.pillars[pillar].summary?.median
        if (median !== undefined) expect(pointValues).toContain(String(Math.round(median)))
      }
      expect(await slide.locator('table, ul, ol, dl').count()).toBeGreaterThan(0)
    }
  })
  const text = (heading: string) => slideTexts.get(heading) ?? ''

  expect(text(SESSION_NAME)).toContain('6 people answered')
  for (const pillar of PILLARS) expect(text('Where the team stands')).toContain(PILLAR_LABELS[pillar])

  // Most disagreement first, each question with every option, and "Don't know" apart.
  DISAGREEMENTS.forEach((question, index) => {
    const slide = text(`Where we disagree: ${index + 1} of ${DISAGREEMENTS.length}`)
    expect(slide).toContain(question.text)
    for (const option of question.options) expect(slide).toContain(option)
    expect(slide).toMatch(/Don[’']t know/)
  })

  for (const metric of ANSWERED_METRICS) {
    const slide = text(DORA_METRIC_DEFINITIONS[metric].label)
    for (const band of DORA_METRIC_DEFINITIONS[metric].bands) expect(slide).toContain(band.label)
  }

  // Split practices are never a strength or gap: they are there to discuss.
  const strengthsAndGaps = text('Strengths and gaps')
  expect(FINDINGS.split.length).toBeGreaterThan(0)
  for (const finding of [...FINDINGS.findings.strengths, ...FINDINGS.findings.gaps]) {
    expect(strengthsAndGaps).toContain(finding.label)
  }
  for (const finding of FINDINGS.split) {
    const items = strengthsAndGapsItems.filter((item) => item.includes(finding.label))
    expect(items.length, finding.label).toBeGreaterThan(0)
    expect(
      items.filter((item) => !item.includes('split: discuss')),
      finding.label,
    ).toEqual([])
  }
  expect(problems).toEqual([])
}, 300_000)

/** Two frames: long enough for a click's state change to reach the screen. */
async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
}

/**
 * Clicks a button marked aria-disabled (force: Playwright's click waits for an enabled button, and counts
 * aria-disabled as disabled, while a person's click still lands), then presses Enter on it; it must keep focus.
 */
async function pressUnusable(page: Page, button: Locator): Promise<void> {
  await button.click({ force: true })
  await afterTwoFrames(page)
  expect(await button.evaluate((element) => element === document.activeElement)).toBe(true)
  await page.keyboard.press('Enter')
  await afterTwoFrames(page)
  expect(await button.evaluate((element) => element === document.activeElement)).toBe(true)
}

test('"Back" and "Next" step too, and do nothing at the ends without losing focus; Escape and "Exit present mode" go back to the team page', async () => {
  browser = await openWithTeam()
  const { page, problems } = browser
  await openDeck(page)
  const { total } = await readPosition(page)
  const back = page.getByRole('button', { name: 'Back', exact: true })
  const next = page.getByRole('button', { name: 'Next', exact: true })

  // The unusable button stays focusable and says so; pressed by mouse or keyboard, it does nothing, and keeps focus.
  expect(await back.getAttribute('aria-disabled')).toBe('true')
  await pressUnusable(page, back)
  expect(await page.locator('p.slide-position').textContent()).toBe(`1 / ${total}`)

  await next.click()
  const second = await expectSlide(page, 2, total)
  expect(second).toBe('Where the team stands')
  expect(await back.getAttribute('aria-disabled')).not.toBe('true')
  expect(await next.getAttribute('aria-disabled')).not.toBe('true')
  // From the keyboard, as a screen reader user presses them.
  await next.focus()
  await page.keyboard.press('Enter')
  await expectSlide(page, 3, total)
  await back.focus()
  await page.keyboard.press('Space')
  await expectSlide(page, 2, total)
  await back.click()
  expect(await expectSlide(page, 1, total)).toBe(SESSION_NAME)

  await page.keyboard.press('End')
  await expectSlide(page, total, total)
  expect(await next.getAttribute('aria-disabled')).toBe('true')
  await pressUnusable(page, next)
  expect(await page.locator('p.slide-position').textContent()).toBe(`${total} / ${total}`)

  await page.keyboard.press('Escape')
  await pageHeading(page, 'Team').waitFor()
  expect(new URL(page.url()).hash).toBe('#/team')

  await openDeck(page)
  const exit = page.getByRole('link', { name: 'Exit present mode', exact: true })
  expect(await exit.getAttribute('href')).toMatch(/#\/team$/)
  await exit.click()
  await pageHeading(page, 'Team').waitFor()
  expect(problems).toEqual([])
})

test('every slide fits 1280x720 and 1920x1080 without scrolling, with body text of at least 24 px at 1280x720', async () => {
  browser = await openWithTeam()
  const { page, problems } = browser
  const failures: string[] = []
  await openDeck(page)
  for (const viewport of [PROJECTOR, FULL_HD]) {
    await page.setViewportSize(viewport)
    await reloadDeck(page)
    const minFontPx = viewport === PROJECTOR ? MIN_BODY_TEXT_PX : null
    await walkDeck(page, async (heading, index) => {
      const { overflow, smallText } = await page.evaluate(inspectSlide, minFontPx)
      const where = `${viewport.width}x${viewport.height}, slide ${index} "${heading}"`
      for (const line of overflow) failures.push(`${where}: ${line}`)
      for (const line of smallText) failures.push(`${where}: text under ${MIN_BODY_TEXT_PX}px: ${line}`)
    })
  }
  expect(failures).toEqual([])
  expect(problems).toEqual([])
}, 300_000)

test('axe finds nothing on any slide, in the light and the dark colour scheme', async () => {
  browser = await openWithTeam()
  const { page, problems } = browser
  const failures: string[] = []
  const textColours: string[] = []
  await openDeck(page)
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await reloadDeck(page)
    textColours.push(await page.evaluate(() => getComputedStyle(document.body).color))
    await walkDeck(page, async (heading, index) => {
      for (const violation of await findAxeViolations(page)) {
        failures.push(`${colorScheme}, slide ${index} "${heading}": ${violation}`)
      }
    })
  }
  // The dark scheme took effect, or axe would have checked the light one twice.
  expect(new Set(textColours).size).toBe(2)
  expect(failures).toEqual([])
  expect(problems).toEqual([])
}, 300_000)

test('a note on a disagreement slide becomes an experiment in the team plan, its signal that question', async () => {
  browser = await openWithTeam()
  const { page, problems } = browser
  await openDeck(page)
  const { total } = await readPosition(page)
  const first = `Where we disagree: 1 of ${DISAGREEMENTS.length}`
  for (let index = 2; index <= total; index += 1) {
    await page.keyboard.press('ArrowRight')
    if ((await expectSlide(page, index, total)) === first) break
  }
  const slide = page.getByRole('region', { name: first, exact: true })
  const { current } = await readPosition(page)
  const notes = slide.getByLabel('Notes')
  const make = slide.getByRole('button', { name: 'Make it an experiment', exact: true })
  const status = slide.getByRole('status')

  // Nothing written: nothing added, and the slide says why.
  await make.click()
  await status.getByText('Write a note first', { exact: false }).waitFor()

  // Keys that step the deck are the field's own while typing; Escape only leaves the field.
  const note = 'Pair a developer with whoever is on call for the next two sprints'
  await notes.fill(note)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Home')
  expect(await page.locator('p.slide-position').textContent()).toBe(`${current} / ${total}`)
  expect(await notes.evaluate((element) => element === document.activeElement)).toBe(true)
  await page.keyboard.press('Escape')
  expect(await notes.evaluate((element) => element === document.activeElement)).toBe(false)
  expect(new URL(page.url()).hash).toBe('#/team/present')
  expect(await page.locator('p.slide-position').textContent()).toBe(`${current} / ${total}`)

  await make.click()
  await status.getByText('Added to the team plan', { exact: false }).waitFor()
  expect(await findAxeViolations(page)).toEqual([])

  await page.keyboard.press('Escape')
  await pageHeading(page, 'Team').waitFor()
  const plan = page.getByRole('region', { name: 'Action plan' })
  // The plan renders after the figures, once scrolled near or soon after the page settles.
  await plan.waitFor()
  await plan.getByRole('heading', { name: 'Experiments (1)' }).waitFor()
  const card = plan.getByRole('article').filter({ hasText: note })
  await card.waitFor()
  await card.getByText(`Question: ${DISAGREEMENTS[0]?.text ?? ''}`, { exact: true }).waitFor()
  expect(problems).toEqual([])
}, 180_000)

test('printed, the deck is a handout: one landscape A4 page per slide, in order, without the controls', async () => {
  browser = await openWithTeam(A4_LANDSCAPE)
  const { page, problems } = browser
  await openDeck(page)
  const headings = await walkDeck(page)

  await page.emulateMedia({ media: 'print' })
  // The page hears of print media a moment after the emulation starts; on paper it lays out every slide.
  await expect.poll(() => page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(headings)
  for (const name of ['Back', 'Next']) {
    expect(await page.getByRole('button', { name, exact: true }).isVisible(), name).toBe(false)
  }
  expect(await page.getByRole('link', { name: 'Exit present mode' }).isVisible()).toBe(false)
  const pdf = await page.pdf({
    format: 'A4',
    landscape: true,
    preferCSSPageSize: true,
    printBackground: true,
  })
  await mkdir(ARTIFACTS, { recursive: true })
  const file = join(ARTIFACTS, 'present.pdf')
  await writeFile(file, pdf)

  const info = (await run('pdfinfo', [file])).stdout
  expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBe(headings.length)
  // pdfinfo names the paper (A4 within its tolerance: Chromium rounds 297 x 210 mm to whole CSS pixels); landscape
  // is wider than high.
  const [, width = '0', height = '0'] = /^Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)$/m.exec(info) ?? []
  expect(Number(width)).toBeGreaterThan(Number(height))

  const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
  const outOfPlace: string[] = []
  for (const [index, heading] of headings.entries()) {
    const number = String(index + 1)
    const text = squash((await run('pdftotext', ['-f', number, '-l', number, file, '-'])).stdout)
    if (!text.includes(squash(heading))) {
      outOfPlace.push(`page ${number} lacks "${heading}": ${text.slice(0, 80)}`)
    }
    if (text.includes('Exit present mode')) outOfPlace.push(`page ${number} shows "Exit present mode"`)
    // A handout leaves the room: no name on it either.
    for (const alias of aliasesIn(text)) outOfPlace.push(`page ${number} names ${alias}`)
  }
  expect(outOfPlace).toEqual([])
  expect(problems).toEqual([])
}, 180_000)

test('with no responses, the deck says there is nothing to present and leads to the team page', async () => {
  browser = await openBrowser({ viewport: PROJECTOR })
  const { page, problems } = browser
  await openRoute(page, '#/team/present', 'Nothing to present yet')
  expect(await findAxeViolations(page)).toEqual([])
  await page.getByRole('link', { name: 'Go to the team page', exact: true }).click()
  await pageHeading(page, 'Team').waitFor()
  expect(problems).toEqual([])
})

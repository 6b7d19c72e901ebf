// Hostile input in a real browser: corrupt or blocked storage, two tabs at once, the built page's CSP, and markup,
// right-to-left text and long words where a person can type or paste them.
import { readFile } from 'node:fs/promises'
import type { Download, Page } from 'playwright-core'
import { afterEach, describe, expect, test } from 'vitest'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import type { Response } from '../src/domain/formats/response.ts'
import { buildShareLink, encodeShareCode } from '../src/domain/formats/share-code.ts'
import { baseUrl, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import {
  answerStep,
  choiceIn,
  horizontalOverflow,
  openRoute,
  pageHeading,
  questionGroups,
  rowCells,
  waitForResults,
  waitForStep,
} from './helpers/self-check.ts'

const SELF_CHECK_KEY = 'calms-radar:self-check'
const TEAM_KEY = 'calms-radar:team'
const NOT_SAVED = 'Your answers are not being saved.'

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

async function open(options: Parameters<typeof openBrowser>[0] = {}): Promise<OpenBrowser> {
  browser = await openBrowser(options)
  return browser
}

/** Every key of the page's localStorage with its raw text. */
async function storageEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const entries: Record<string, string> = {}
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index)
      if (key !== null) entries[key] = localStorage.getItem(key) ?? ''
    }
    return entries
  })
}

/** Writes raw text under a key of the app's origin, then loads `hash` fresh so the app reads it on start. */
async function openWithStored(page: Page, key: string, raw: string, hash: string): Promise<void> {
  await page.goto(baseUrl)
  await pageHeading(page, 'CALMS Radar').waitFor()
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, raw] as const)
  // Through another document: going from one hash to another keeps the page, which has read storage already.
  await page.goto('about:blank')
  await page.goto(new URL(hash, baseUrl).href)
}

async function readDownload(download: Download): Promise<string> {
  const path = await download.path()
  return readFile(path, 'utf8')
}

/** "N of 40 questions answered" on a questionnaire step, as a number. */
async function answeredCount(page: Page): Promise<number> {
  const text = await page.getByText(/^\d+ of \d+ questions answered$/).textContent()
  return Number(/^(\d+)/.exec(text ?? '')?.[1] ?? Number.NaN)
}

describe('corrupt storage never blanks the app', () => {
  const cases = [
    {
      name: 'the self-check',
      key: SELF_CHECK_KEY,
      hash: '#/step/1',
      heading: 'Culture',
      notice: 'Saved data could not be read, so your self-check started clean.',
      // Cut off mid-write, with markup in it: kept aside as it is, shown nowhere as HTML.
      raw: '{"state":{"bankVersion":1,"answers":{"culture-dev-on-call":3,"<img src=x onerror=alert(1)>',
    },
    {
      name: 'the team view',
      key: TEAM_KEY,
      hash: '#/team',
      heading: 'Team',
      notice: 'Saved data could not be read, so the team view started clean.',
      // Valid JSON, edited by hand into a shape no version wrote.
      raw: '{"state":{"sessionName":42,"responses":"all of them"},"version":1}',
    },
  ] as const

  test.each(cases)('a corrupt value of $name is kept aside, reported and downloadable', async (entry) => {
    const { page, problems } = await open()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await openWithStored(page, entry.key, entry.raw, entry.hash)
    await pageHeading(page, entry.heading).waitFor()

    // Each notice names what it lost.
    const notice = page.getByRole('alert').filter({ hasText: entry.notice })
    await notice.waitFor()
    const download = notice.getByRole('button', { name: 'Download the unreadable data' })
    expect(await download.isVisible()).toBe(true)

    // The page works beside the notice.
    if (entry.key === SELF_CHECK_KEY) {
      await waitForStep(page, 1)
      await choiceIn(questionGroups(page).first(), 2).check()
      await expect.poll(() => answeredCount(page)).toBe(1)
    } else {
      await page.getByLabel('Session name').fill('Retro')
      await expect.poll(async () => (await storageEntries(page))[TEAM_KEY] ?? '').toContain('"Retro"')
    }

    // The original text is kept under a key of its own, once, and the working value no longer holds it.
    const stored = await storageEntries(page)
    const kept = Object.entries(stored).filter(([key]) => key.startsWith(`${entry.key}:unreadable:`))
    expect(kept.map(([, value]) => value)).toEqual([entry.raw])
    expect(stored[entry.key]).not.toBe(entry.raw)
    expect(await page.getByRole('alert').filter({ hasText: 'could not be read' }).count()).toBe(1)

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()])
    expect(await readDownload(file)).toBe(entry.raw)

    // After a reload the app starts clean and says nothing more: the kept copy is not read as the app's data.
    await page.reload()
    await pageHeading(page, entry.heading).waitFor()
    expect(await page.getByText('Saved data could not be read').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
  })
})

describe('storage full or disabled: the app keeps working in memory and says so', () => {
  const blockers = [
    {
      name: 'every write fails with QuotaExceededError',
      script: () => {
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        }
      },
      detail: 'Your browser storage is full.',
    },
    {
      name: 'window.localStorage throws SecurityError',
      script: () => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError')
          },
        })
      },
      detail: 'Your browser does not let this page store data',
    },
  ] as const

  test.each(blockers)('$name', async (blocker) => {
    const { page, problems, context } = await open()
    await context.addInitScript(blocker.script)

    await openRoute(page, '#/step/1', 'Culture')
    await waitForStep(page, 1)
    const asked = await answerStep(page, 3)
    const warning = page.getByRole('status').filter({ hasText: NOT_SAVED })
    await warning.waitFor()
    expect(await warning.textContent()).toContain(blocker.detail)
    expect(await answeredCount(page)).toBe(asked)

    // In-app navigation keeps the answers in memory; the results compute from them.
    await page.getByRole('link', { name: 'Results', exact: true }).click()
    await waitForResults(page)
    const table = page.getByRole('table', { name: 'Scores by CALMS pillar' })
    expect((await rowCells(table, 'Culture'))[0]).toBe('75')
    expect(await page.getByRole('status').filter({ hasText: NOT_SAVED }).count()).toBe(1)
    expect(problems).toEqual([])
  })
})

describe('two tabs of one browser', () => {
  /** Checks the radio of question `index` (0-based) on the page's step: option `level`. */
  const answer = (page: Page, index: number, level: number) =>
    choiceIn(questionGroups(page).nth(index), level).check()
  const isChecked = (page: Page, index: number, level: number) =>
    choiceIn(questionGroups(page).nth(index), level).isChecked()

  test('answers given in either tab are all kept, and both tabs see them after a reload', async () => {
    const { page: tabA, context, problems } = await open()
    const tabB = await context.newPage()
    await openRoute(tabA, '#/step/1', 'Culture')
    await openRoute(tabB, '#/step/2', 'Automation')
    await waitForStep(tabA, 1)
    await waitForStep(tabB, 2)

    await answer(tabA, 0, 1)
    await answer(tabB, 0, 4)
    await answer(tabA, 1, 2)
    await answer(tabB, 1, 0)
    await answer(tabA, 2, 3)
    // Each tab hears the other's writes, so its count includes the other's answers before any reload.
    await expect.poll(() => answeredCount(tabA)).toBe(5)
    await expect.poll(() => answeredCount(tabB)).toBe(5)

    await Promise.all([tabA.reload(), tabB.reload()])
    await waitForStep(tabA, 1)
    await waitForStep(tabB, 2)
    expect(await answeredCount(tabA)).toBe(5)
    expect(await answeredCount(tabB)).toBe(5)
    expect([await isChecked(tabA, 0, 1), await isChecked(tabA, 1, 2), await isChecked(tabA, 2, 3)]).toEqual([
      true,
      true,
      true,
    ])
    expect([await isChecked(tabB, 0, 4), await isChecked(tabB, 1, 0)]).toEqual([true, true])
    expect(problems).toEqual([])
  })

  test('"Start over" in one tab clears the answers the other tab gave before it, not those given after', async () => {
    const { page: tabA, context, problems } = await open()
    const tabB = await context.newPage()
    await openRoute(tabA, '#/step/1', 'Culture')
    await openRoute(tabB, '#/step/2', 'Automation')
    await waitForStep(tabA, 1)
    await waitForStep(tabB, 2)
    await answer(tabA, 0, 1)
    await answer(tabB, 0, 4)
    await answer(tabB, 1, 3)
    await expect.poll(() => answeredCount(tabA)).toBe(3)

    await tabA.getByRole('button', { name: 'Start over' }).click()
    await tabA.getByRole('button', { name: 'Delete my answers' }).click()
    await expect.poll(() => answeredCount(tabA)).toBe(0)
    await expect.poll(() => answeredCount(tabB)).toBe(0)
    expect(await isChecked(tabB, 0, 4)).toBe(false)

    // An answer after the reset counts in both tabs.
    await answer(tabB, 2, 2)
    await expect.poll(() => answeredCount(tabA)).toBe(1)
    await Promise.all([tabA.reload(), tabB.reload()])
    await waitForStep(tabA, 1)
    await waitForStep(tabB, 2)
    expect(await answeredCount(tabA)).toBe(1)
    expect(await answeredCount(tabB)).toBe(1)
    expect(await isChecked(tabB, 2, 2)).toBe(true)
    expect(problems).toEqual([])
  })
})

/** A valid response from the real bank with the alias given, shared as a link. */
function shareLinkWith(alias: string, second: number): string {
  const [first, other] = QUESTION_BANK.questions
  const response: Response = {
    bankVersion: QUESTION_BANK.bankVersion,
    answers: { ...(first ? { [first.id]: 3 } : {}), ...(other ? { [other.id]: 1 } : {}) },
    dora: { leadTime: 'lt-1d-1w' },
    alias,
    createdAt: new Date(Date.UTC(2026, 10, 20, 9, 30, second)).toISOString().replace('.000Z', 'Z'),
  }
  return buildShareLink(baseUrl, encodeShareCode(response, QUESTION_BANK))
}

describe('the built page under its Content-Security-Policy', () => {
  test('the policy allows only the app’s own scripts: no inline script, no eval', async () => {
    const { page } = await open()
    await page.goto(baseUrl)
    const policy = await page.evaluate(
      () =>
        document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
    )
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
    // Besides its own origin, the page may connect only to a WebSocket address: a live session's relay.
    expect(policy).toContain("connect-src 'self' ws: wss:;")
    // The same tag must be in the served file itself, where it takes effect before any script runs.
    const html = await (await fetch(baseUrl)).text()
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;self&#39;/)
  })

  /** Records every CSP violation of each document the context loads in `window.__cspViolations`. */
  const recordViolations = async (browser: OpenBrowser) => {
    await browser.context.addInitScript(() => {
      const seen: string[] = []
      Object.defineProperty(window, '__cspViolations', { value: seen })
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      )
    })
    return () =>
      browser.page.evaluate(
        () => (Reflect.get(window, '__cspViolations') as string[] | undefined) ?? ['no listener'],
      )
  }

  test('the recorder sees a violation when there is one (an inline script added at run time)', async () => {
    const opened = await open()
    const violations = await recordViolations(opened)
    const { page } = opened
    await openRoute(page, '#/', 'CALMS Radar')
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      document.head.append(script)
    })
    await expect.poll(async () => (await violations()).join(' | ')).toMatch(/^script-src(-elem)? inline$/)
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false)
  })

  test('start, a step, results with the radar, team with the QR code and a shared link cause no violation', async () => {
    const opened = await open()
    const { page, problems } = opened
    const violations = await recordViolations(opened)

    const seen: string[] = []
    await openRoute(page, '#/', 'CALMS Radar')
    await page.getByRole('link', { name: 'Start self-check' }).click()
    await waitForStep(page, 1)
    await answerStep(page, 2)
    seen.push(...(await violations()))

    await page.getByRole('link', { name: 'Results', exact: true }).click()
    await waitForResults(page)
    seen.push(...(await violations()))

    await page.getByRole('link', { name: 'Team', exact: true }).click()
    await pageHeading(page, 'Team').waitFor()
    await page.getByRole('img', { name: /^QR code for / }).waitFor()
    seen.push(...(await violations()))

    await page.goto(shareLinkWith('Ana', 0))
    // Only the fragment changed, so the page is still the same document: let its chunk arrive before reloading,
    // or the reload aborts that request and the test reports a failure of its own making.
    await pageHeading(page, 'Shared answers').waitFor()
    await page.reload()
    await pageHeading(page, 'Shared answers').waitFor()
    await page.locator('.radar .recharts-polygon').first().waitFor({ state: 'attached' })
    seen.push(...(await violations()))

    expect(seen).toEqual([])
    expect(problems).toEqual([])
  })
})

describe('hostile text renders as text', () => {
  const IMG = '<img src=x onerror=alert(1)>'
  const SCRIPT = '<script>alert(1)</script>'
  // 40 UTF-16 units: Hebrew, Arabic, emoji with a skin tone and a joiner, padded with Hebrew letters.
  const RTL_EMOJI = '🦊👩🏽‍💻 שלום مرحبا'.padEnd(40, 'ש')
  // 120 characters and not one space: a browser can break it only where CSS allows.
  const LONG_NAME = 'PaymentsTeamRetrospective'.repeat(5).slice(0, 120)
  // The longest alias, as one word.
  const LONG_ALIAS = 'W'.repeat(40)

  const watchDialogs = (page: Page) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    return dialogs
  }

  /** No element made from the markup: no img pointing at "x", no script that calls alert. */
  const markupElements = (page: Page) =>
    page.evaluate(
      () =>
        document.querySelectorAll('img[src="x"], [onerror]').length +
        [...document.scripts].filter((script) => script.text.includes('alert')).length,
    )

  test('aliases and a session name with markup, RTL and emoji on the team page, at phone width', async () => {
    const { page, problems } = await open({ viewport: { width: 375, height: 667 } })
    const dialogs = watchDialogs(page)
    expect(RTL_EMOJI).toHaveLength(40)
    expect(LONG_NAME).toHaveLength(120)

    await openRoute(page, '#/team', 'Team')
    const aliases = [IMG, SCRIPT, RTL_EMOJI, LONG_ALIAS]
    const links = aliases.map((alias, index) => shareLinkWith(alias, index))
    await page.getByLabel('Paste share links or codes, one per line').fill(links.join('\n'))
    await page.getByRole('button', { name: 'Add pasted responses' }).click()
    await page.getByText('4 added.').waitFor()

    const table = page.getByRole('table', { name: 'Responses in this team view' })
    for (const alias of aliases) {
      expect(await table.getByRole('rowheader', { name: alias, exact: true }).count()).toBe(1)
    }

    const name = `${SCRIPT}${IMG} שלום 🦊`
    await page.getByLabel('Session name').fill(name)
    await page.getByRole('region', { name: '2. Invite' }).getByText(`“${name}”`).waitFor()
    const typed = await horizontalOverflow(page)
    expect(typed.scrollWidth).toBeLessThanOrEqual(typed.innerWidth)

    // Stored and read back after a reload: still text.
    await page.reload()
    await pageHeading(page, 'Team').waitFor()
    expect(await page.getByLabel('Session name').inputValue()).toBe(name)
    expect(await table.getByRole('rowheader', { name: IMG, exact: true }).count()).toBe(1)
    const { scrollWidth, innerWidth } = await horizontalOverflow(page)
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth)

    expect(await markupElements(page)).toBe(0)
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
  })

  test('a 120-character session name without spaces wraps on the team page at phone width', async () => {
    const { page } = await open({ viewport: { width: 375, height: 667 } })
    expect(LONG_NAME).toHaveLength(120)
    await openRoute(page, '#/team', 'Team')
    await page.getByLabel('Session name').fill(LONG_NAME)
    await page.getByRole('region', { name: '2. Invite' }).getByText(`“${LONG_NAME}”`).waitFor()
    const { scrollWidth, innerWidth } = await horizontalOverflow(page)
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
  })

  test.each([
    { name: 'markup', alias: IMG },
    { name: 'RTL and emoji', alias: RTL_EMOJI },
    { name: 'one 40-character word', alias: LONG_ALIAS },
  ])('a shared link whose alias is $name, at phone width', async ({ alias }) => {
    const { page, problems } = await open({ viewport: { width: 375, height: 667 } })
    const dialogs = watchDialogs(page)
    await page.goto(shareLinkWith(alias, 7))
    await pageHeading(page, 'Shared answers').waitFor()
    expect(await page.getByText(alias, { exact: true }).count()).toBe(1)
    const { scrollWidth, innerWidth } = await horizontalOverflow(page)
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
    expect(await markupElements(page)).toBe(0)
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
  })

  test('a pasted link with markup for its code is reported as text, not read', async () => {
    const { page, problems } = await open()
    const dialogs = watchDialogs(page)
    await openRoute(page, '#/team', 'Team')
    await page.getByLabel('Paste share links or codes, one per line').fill(`#/r/${IMG}\n#/r/${SCRIPT}`)
    await page.getByRole('button', { name: 'Add pasted responses' }).click()
    await page.getByText('2 could not be read:').waitFor()
    expect(await page.getByText(IMG, { exact: false }).count()).toBeGreaterThan(0)
    expect(await markupElements(page)).toBe(0)
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
  })
})

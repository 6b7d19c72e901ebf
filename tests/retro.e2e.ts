import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import type { Level } from '../src/domain/bank/answers.ts'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import type { Response } from '../src/domain/formats/response.ts'
import { buildShareLink, encodeShareCode } from '../src/domain/formats/share-code.ts'
import {
  baseUrl,
  withoutUnreachableRelay,
  findAxeViolations,
  openBrowser,
  type OpenBrowser,
} from './helpers/browser.ts'
import { answerStep, openRoute, waitForResults, waitForStep } from './helpers/self-check.ts'

const ON_CALL_TEXT =
  QUESTION_BANK.questions.find((question) => question.id === 'culture-dev-on-call')?.text ?? ''

// What participants and facilitators trip over in a retro, each checked in the browser with axe on the new state.

const SELF_CHECK = JSON.stringify({
  version: 2,
  state: {
    bankVersion: 1,
    answers: { 'culture-dev-on-call': 0, 'automation-ci-every-commit': 1, 'lean-change-size': 4 },
    dora: { deploymentFrequency: 'df-monthly-6m' },
    answeredAt: { 'culture-dev-on-call': 1, 'automation-ci-every-commit': 1, 'lean-change-size': 1 },
    lastStep: 6,
    resetAt: 0,
  },
})

// Three stored responses, so the team view has rows to remove.
const TEAM_SESSION = JSON.stringify({
  version: 1,
  state: {
    sessionName: 'Payments retro',
    responses: ['Ana', 'Bo', 'Chi'].map((alias, index) => ({
      bankVersion: 1,
      answers: { 'culture-dev-on-call': index + 1 },
      dora: {},
      alias,
      createdAt: `2026-11-2${index}T10:00:00Z`,
    })),
  },
})

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** A browser whose self-check holds SELF_CHECK and team view TEAM_SESSION; with `share`, the device offers a share sheet that records its calls. */
/**
 * Clicks "Change this answer" beside the next step of `question`, wherever it is: under "Try first" or, opened
 * first, under "All next steps".
 */
async function changeAnswerTo(page: Page, question: string): Promise<void> {
  const steps = page.getByRole('region', { name: 'Try first' })
  await steps.getByText('All next steps', { exact: true }).click()
  await steps
    .getByRole('listitem')
    .filter({ hasText: `to "${question}".` })
    .getByRole('link', { name: 'Change this answer' })
    .click()
}

async function openWithSelfCheck(options: { share?: boolean } = {}): Promise<OpenBrowser> {
  const opened = await openBrowser()
  await opened.context.addInitScript(
    ({ selfCheck, team, share }) => {
      // The script also runs in the first blank page, which has no storage.
      if (location.protocol === 'about:') return
      if (localStorage.getItem('calms-radar:self-check') === null) {
        localStorage.setItem('calms-radar:self-check', selfCheck)
      }
      if (localStorage.getItem('calms-radar:team') === null) localStorage.setItem('calms-radar:team', team)
      if (share) {
        const calls: ShareData[] = []
        Object.assign(window, { sharedData: calls })
        Object.defineProperty(navigator, 'share', {
          configurable: true,
          value: (data: ShareData) => {
            calls.push(data)
            return Promise.resolve()
          },
        })
      }
    },
    { selfCheck: SELF_CHECK, team: TEAM_SESSION, share: options.share ?? false },
  )
  return opened
}

test('a share link says who can see it, and a device with a share sheet sends it to the facilitator', async () => {
  browser = await openWithSelfCheck({ share: true })
  const { page, problems } = browser
  await openRoute(page, '#/results', 'Results')
  await waitForResults(page)
  await page
    .getByText('Anyone who has this link can see your answers: send it to your facilitator directly', {
      exact: false,
    })
    .waitFor()
  await page.getByRole('button', { name: 'Send to facilitator' }).click()
  await page.getByText('Share link sent.').waitFor()
  const link = await page.getByLabel('Your share link').inputValue()
  const sent = await page.evaluate(() => (window as unknown as { sharedData: ShareData[] }).sharedData)
  expect(sent).toEqual([{ title: 'My CALMS Radar answers', url: link }])
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

test('invited through a link, the results open with "Send your answers to <session>", also after a reload', async () => {
  browser = await openWithSelfCheck()
  const { page, problems } = browser
  await openRoute(page, '#/join/Payments%20retro', 'CALMS Radar')
  await page.getByText('You are invited to the session', { exact: false }).waitFor()
  // The stored answers were given without an invitation: the start choice asks before they become this session's.
  await page.getByRole('link', { name: 'Start quick check' }).click()
  await page.getByRole('button', { name: 'Review my earlier answers' }).click()
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('calms-radar:self-check') ?? ''))
    .toContain('"invitation":"Payments retro"')
  await openRoute(page, '#/results', 'Results')
  await page.reload()
  await waitForResults(page)
  const card = page.getByRole('region', { name: 'Send your answers to Payments retro' })
  await card.getByRole('button', { name: 'Copy share link' }).waitFor()
  expect(await page.getByRole('heading', { name: 'Share your answers with your team' }).count()).toBe(0)
  // The card is the first section of the results, above the radar.
  const cardTop = (await card.boundingBox())?.y ?? Infinity
  const radarTop = (await page.getByRole('heading', { name: 'Your radar' }).boundingBox())?.y ?? 0
  expect(cardTop).toBeLessThan(radarTop)
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

/** A live session's invitation query, as a facilitator's team view writes it (room and key are only well formed). */
const liveQuery = (room: string) =>
  `?relay=${encodeURIComponent('wss://relay.example.org')}&room=${room}&fk=B${'k'.repeat(86)}`

const storedSelfCheck = (page: Page) =>
  page.evaluate(() => localStorage.getItem('calms-radar:self-check') ?? '')

test("next month's retro: December's invitation over November's answers asks first, and both answers work", async () => {
  browser = await openBrowser({ viewport: { width: 390, height: 844 } })
  const { page, problems } = browser
  // November: invited, two steps answered.
  await openRoute(page, `#/join/quick/November%20retro${liveQuery('NovemberRoomNovemberRo')}`, 'CALMS Radar')
  await page.getByRole('link', { name: 'Start quick check' }).click()
  await waitForStep(page, 1, 'quick')
  await answerStep(page, 2)
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await waitForStep(page, 2, 'quick')
  await answerStep(page, 3)
  await expect.poll(() => storedSelfCheck(page)).toContain('NovemberRoomNovemberRo')

  // December's invitation: the start choice asks before the questionnaire goes on with November's answers.
  await openRoute(page, `#/join/quick/December%20retro${liveQuery('DecemberRoomDecemberRo')}`, 'CALMS Radar')
  await page.getByRole('link', { name: 'Start quick check' }).click()
  const asked = page.getByRole('heading', { level: 1, name: 'You have answers from an earlier session' })
  await asked.waitFor()
  await page
    .getByText('This browser holds answers you gave for \u201cNovember retro\u201d.', { exact: false })
    .waitFor()
  expect(await findAxeViolations(page)).toEqual([])
  // "Review my earlier answers": on where they were left, now for December, with December's live session.
  await page.getByRole('button', { name: 'Review my earlier answers' }).click()
  await waitForStep(page, 2, 'quick')
  expect(await page.getByRole('radio', { checked: true }).count()).toBeGreaterThan(0)
  expect(await storedSelfCheck(page)).toContain('"invitation":"December retro"')
  expect(await storedSelfCheck(page)).toContain('DecemberRoomDecemberRo')
  await openRoute(page, '#/results', 'Results')
  await waitForResults(page)
  await page.getByRole('region', { name: 'Send your answers to December retro' }).waitFor()

  // January's: "Start fresh" keeps December's answers as a snapshot and starts January's check at its first step.
  await openRoute(page, '#/join/quick/January%20retro', 'CALMS Radar')
  await page.getByRole('link', { name: 'Start quick check' }).click()
  await asked.waitFor()
  await page.getByText('answers you gave for \u201cDecember retro\u201d', { exact: false }).waitFor()
  await page.getByRole('button', { name: 'Start fresh' }).click()
  await waitForStep(page, 1, 'quick')
  expect(await page.getByRole('radio', { checked: true }).count()).toBe(0)
  const january = await storedSelfCheck(page)
  expect(january).toContain('"invitation":"January retro"')
  expect(january).not.toContain('liveInvitation')
  expect(await page.evaluate(() => localStorage.getItem('calms-radar:snapshots') ?? '')).toContain(
    'Kept when starting fresh',
  )
  // The same session again asks nothing.
  await answerStep(page, 1)
  await openRoute(page, '#/join/quick/January%20retro', 'CALMS Radar')
  await page.getByRole('link', { name: 'Start quick check' }).click()
  await waitForStep(page, 1, 'quick')
  expect(await asked.count()).toBe(0)
  expect(withoutUnreachableRelay(problems, 'wss://relay.example.org')).toEqual([])
})

test('Next with questions left blank offers to skip beside the message, above the questions', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await openRoute(page, '#/step/2', 'Automation')
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'no answer yet' })
  const skip = alert.getByRole('button', { name: 'Skip unanswered and continue' })
  await skip.waitFor()
  const skipBox = await skip.boundingBox()
  const firstQuestionBox = await page.getByRole('radiogroup', { name: /^1\.\s/ }).boundingBox()
  expect(skipBox?.y ?? Infinity).toBeLessThan(firstQuestionBox?.y ?? 0)
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

test('"Remove" on a response takes effect at once, and "Undo" brings it back', async () => {
  browser = await openWithSelfCheck()
  const { page, problems } = browser
  await openRoute(page, '#/team', 'Team')
  await page.getByRole('button', { name: 'Remove Bo' }).click()
  await page.getByRole('heading', { name: 'Responses (2)' }).waitFor()
  const undo = page.getByRole('button', { name: 'Undo removing Bo' })
  await expect.poll(() => undo.evaluate((element) => element === document.activeElement)).toBe(true)
  expect(await findAxeViolations(page)).toEqual([])
  await undo.click()
  await page.getByRole('heading', { name: 'Responses (3)' }).waitFor()
  const table = page.getByRole('table', { name: 'Responses in this team view' })
  expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Ana', 'Bo', 'Chi'])
  expect(problems).toEqual([])
})

test('"Change this answer" beside a next step opens the question focused and in view; "Back to results" shows the change', async () => {
  browser = await openWithSelfCheck()
  const { page, problems } = browser
  await openRoute(page, '#/results', 'Results')
  await waitForResults(page)
  const question = ON_CALL_TEXT
  await changeAnswerTo(page, question)

  const group = page.getByRole('radiogroup', { name: new RegExp(`^\\d+\\. ${question.replace('?', '\\?')}`) })
  await group.waitFor()
  // Focus is on the chosen option of that very question, and the question is on screen.
  await expect.poll(() => group.evaluate((element) => element.contains(document.activeElement))).toBe(true)
  const box = await group.boundingBox()
  const viewport = page.viewportSize()
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0)
  expect(box?.y ?? Infinity).toBeLessThan(viewport?.height ?? 0)
  expect(await findAxeViolations(page)).toEqual([])

  // The saved v1 answer 0 reads as bank v3's level 1 ("nobody is alerted" is v3's level 0): from the second
  // option, three steps down is the most mature one.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.getByRole('button', { name: 'Back to results' }).click()
  await waitForResults(page)
  // Its next step now follows the new answer: the most mature one, whose step keeps the practice up.
  const options = QUESTION_BANK.questions.find((candidate) => candidate.text === question)?.options ?? []
  const steps = page.getByRole('region', { name: 'Try first' })
  await steps.getByText('All next steps', { exact: true }).click()
  await steps.getByText(`From your answer "${options[4] ?? ''}" to "${question}".`).waitFor()
  expect(await steps.getByText(`From your answer "${options[1] ?? ''}" to "${question}".`).count()).toBe(0)
  expect(problems).toEqual([])
})

/** A share link for one teammate, answering the first question of the bank at `level`. */
function teammateLink(alias: string, level: Level, second: number): string {
  const [first] = QUESTION_BANK.questions
  const response: Response = {
    bankVersion: QUESTION_BANK.bankVersion,
    answers: first ? { [first.id]: level } : {},
    dora: {},
    alias,
    createdAt: new Date(Date.UTC(2026, 10, 20, 9, 30, second)).toISOString().replace('.000Z', 'Z'),
  }
  return buildShareLink(baseUrl, encodeShareCode(response, QUESTION_BANK))
}

test('a pasted chat thread: chat lines are skipped, the outcome is one line, only a broken link is an error', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await openRoute(page, '#/team', 'Team')
  const dee = teammateLink('Dee', 1, 1)
  const eve = teammateLink('Eve', 3, 2)
  const thread = [
    'Dee 10:02',
    `here is mine ${dee}`,
    'thanks!',
    'Eve 10:04',
    eve,
    'and again, in case',
    dee,
    'see https://wiki.example/retro',
    `Fay: ${teammateLink('Fay', 2, 3).slice(0, -5)}`,
  ]
  await page.getByLabel('Paste share links or codes, one per line').fill(thread.join('\n'))
  await page.getByRole('button', { name: 'Add pasted responses' }).click()
  const status = page.getByRole('status').filter({ hasText: 'added' })
  await status.getByText('2 added, 1 duplicate ignored, 1 could not be read:').waitFor()
  expect(await status.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Line 9: /)])
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

async function downloadText(page: Page, name: string): Promise<{ name: string; text: string }> {
  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name, exact: true }).click()
  const file = await downloaded
  const text = (await readFile(await file.path())).toString('utf8').replace(/^\uFEFF/, '')
  return { name: file.suggestedFilename(), text }
}

test('while the results compare with a snapshot, the Markdown and the comparison CSV carry it', async () => {
  browser = await openWithSelfCheck()
  const { page, problems } = browser
  await openRoute(page, '#/results', 'Results')
  await waitForResults(page)
  await page.getByRole('textbox', { name: 'Snapshot name' }).fill('Kickoff')
  await page.getByRole('button', { name: 'Save snapshot' }).click()
  await page.getByText(/^Snapshot ".* Kickoff" saved\./).waitFor()

  // Shared ownership rests on its one question: level 1 (25; the v1 answer 0, read by bank v3) in the snapshot,
  // level 4 (100) now.
  const question = ON_CALL_TEXT
  await changeAnswerTo(page, question)
  const group = page.getByRole('radiogroup', { name: new RegExp(`^\\d+\\. ${question.replace('?', '\\?')}`) })
  await group.getByRole('radio').nth(4).check()
  await page.getByRole('button', { name: 'Back to results' }).click()
  await waitForResults(page)
  const compareWith = page.getByRole('combobox', { name: 'Compare with' })
  await compareWith.selectOption({
    label: (await compareWith.getByRole('option').nth(1).textContent()) ?? '',
  })

  const markdown = await downloadText(page, 'Download Markdown summary')
  expect(markdown.text).toMatch(/## Compared with Kickoff, taken \d{4}-\d\d-\d\d\n/)
  expect(markdown.text).toContain('| Shared ownership (developers on call) | 25 | 100 | +75 |')
  const csv = await downloadText(page, 'Download comparison CSV')
  expect(csv.name).toMatch(/-comparison\.csv$/)
  expect(csv.text).toMatch(
    new RegExp(
      `\\r\\npractice,Shared ownership \\(developers on call\\),Kickoff,[0-9TZ:-]+,25,100,75,${QUESTION_BANK.bankVersion},`,
    ),
  )
  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

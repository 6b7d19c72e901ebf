import { afterEach, expect, test } from 'vitest'
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { openRoute, waitForResults } from './helpers/self-check.ts'

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

test('Next with questions left blank offers to skip beside the message, above the questions', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await openRoute(page, '#/step/2', 'Automation')
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'no answer yet' })
  const skip = alert.getByRole('button', { name: 'Skip unanswered and continue' })
  await skip.waitFor()
  const skipBox = await skip.boundingBox()
  const firstQuestionBox = await page.getByRole('group', { name: /^1\.\s/ }).boundingBox()
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

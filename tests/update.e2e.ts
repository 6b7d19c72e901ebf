// A new version deployed while the app is open in two tabs: it is fetched in the background, offered with
// "Reload", and one click brings both tabs to it with every answer kept. The test serves copies of the build from a
// server of its own, so the shared e2e server's dist/ is never touched.
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import packageJson from '../package.json' with { type: 'json' }
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import {
  answerStep,
  choiceIn,
  questionGroups,
  readScores,
  waitForResults,
  waitForStep,
} from './helpers/self-check.ts'
import { serveFolder, type FolderServer } from './helpers/static-server.ts'

const REPO = join(import.meta.dirname, '..')
/** The shared e2e server uses E2E_PORT and the bench 4400-4499; this test's own server sits between them. */
const PORT = 4392
const NEXT_VERSION = `${packageJson.version}-next`

/** A second build takes about 20 s alone, and longer on a busy 2-core machine. */
const BUILD_TIMEOUT_MS = 180_000

let work = ''
let browser: OpenBrowser | undefined
let server: FolderServer | undefined

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'calms-update-'))
  await cp(join(REPO, 'dist'), join(work, 'current'), { recursive: true })
  await buildNextVersion(join(work, 'next'))
}, BUILD_TIMEOUT_MS)

afterEach(async () => {
  await browser?.close()
  await server?.close()
  browser = undefined
  server = undefined
})

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true })
})

/** The same source built again as another version: its chunks, and so its precache list and sw.js, change. */
async function buildNextVersion(outDir: string): Promise<void> {
  await build({
    root: REPO,
    configFile: join(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    define: { __APP_VERSION__: JSON.stringify(NEXT_VERSION) },
  })
}

const updatePrompt = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version is ready.' })

/** The results page names the app's version beside its exports. */
const versionShown = (page: Page, version: string) =>
  page.getByText(`and CALMS Radar ${version}.`, { exact: false })

test('a new version is offered in every open tab, and "Reload" brings it into all of them with every answer kept', async () => {
  server = await serveFolder(join(work, 'current'), PORT)

  browser = await openBrowser()
  const { context, page, problems } = browser
  await page.goto(`${server.url}#/step/1`)
  await waitForStep(page, 1)
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  })
  // Culture at level 3 (75), Automation at level 1 (25).
  await answerStep(page, 3)
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await waitForStep(page, 2)
  await answerStep(page, 1)
  await page.goto(`${server.url}#/results`)
  await waitForResults(page)
  await versionShown(page, packageJson.version).waitFor()

  const other = await context.newPage()
  await other.goto(`${server.url}#/step/2`)
  await waitForStep(other, 2)
  const tabs = [page, other]

  server.switchTo(join(work, 'next'))
  // What every open tab does once an hour (tested in update-prompt.test.tsx), done now.
  await other.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update()
  })
  for (const tab of tabs) await updatePrompt(tab).waitFor({ timeout: 30_000 })
  expect(await findAxeViolations(page)).toEqual([])
  // Nothing changes until the person chooses.
  expect(await versionShown(page, packageJson.version).count()).toBe(1)

  const reloads = tabs.map((tab) => tab.waitForEvent('load'))
  await page.getByRole('button', { name: 'Reload' }).click()
  await Promise.all(reloads)

  await waitForResults(page)
  await versionShown(page, NEXT_VERSION).waitFor()
  expect(await readScores(page.getByRole('table').first())).toMatchObject({ Culture: '75', Automation: '25' })
  await waitForStep(other, 2)
  expect(await choiceIn(questionGroups(other).first(), 1).isChecked()).toBe(true)
  for (const tab of tabs) expect(await updatePrompt(tab).count()).toBe(0)
  expect(problems).toEqual([])
}, 120_000)

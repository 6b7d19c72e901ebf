// Exports in a real browser: the downloads' contents, the chart pictures under the strict CSP, a backup's round
// trip with undo, a survey CSV import, and printing the results and team pages to A4 PDFs.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Download, Page } from 'playwright-core'
import { afterEach, describe, expect, test } from 'vitest'
import Papa from 'papaparse'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS } from '../src/domain/dora/dora-metrics.ts'
import { BANK_VERSION, QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { JOURNEY, openRoute, readScores, waitForResults, walkJourney } from './helpers/self-check.ts'

/** The PDFs and chart pictures stay here after a run, to look at (tests/.artifacts is ignored by git). */
const ARTIFACTS = join(import.meta.dirname, '.artifacts', 'exports')

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

async function open(): Promise<OpenBrowser> {
  browser = await openBrowser()
  return browser
}

/** Clicks a button that downloads a file and returns the file's name and bytes. */
async function download(page: Page, name: string): Promise<{ name: string; bytes: Buffer }> {
  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name, exact: true }).click()
  const file: Download = await downloaded
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: await readFile(path) }
}

const text = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '')

/** Pages in a PDF that Chromium wrote: one page object each ("/Type /Page", not "/Type /Pages"). */
const countPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0

async function saveArtifact(fileName: string, bytes: Buffer): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true })
  await writeFile(join(ARTIFACTS, fileName), bytes)
}

async function printToPdf(page: Page, fileName: string): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' })
  await saveArtifact(fileName, pdf)
  return countPages(pdf)
}

describe('self-check exports', () => {
  test('CSV, Markdown and chart downloads hold the answers and name both versions', async () => {
    const { page, problems } = await open()
    await walkJourney(page)

    const answers = await download(page, 'Download answers CSV')
    expect(answers.name).toMatch(/^calms-radar-self-check-\d{4}-\d\d-\d\d-answers\.csv$/)
    expect(answers.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const lines = text(answers.bytes).trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'respondent,role,pillar,practice,question_id,question_text,answer,answer_text,score,bank_version,app_version',
    )
    // The bank asks 32 questions, then the four DORA outcomes.
    expect(lines).toHaveLength(1 + 32 + 4)
    // The journey answers Culture at level 4 and Measurement "Don't know", every row naming the bank and app 0.1.0.
    const versions = `,${BANK_VERSION},0.1.0`
    expect(lines[1]).toMatch(/^You,,Culture,.*,culture-dev-on-call,.*,4,.*,100,/)
    expect(lines[1]?.endsWith(versions)).toBe(true)
    const measurement = lines.filter((line) => line.includes(',Measurement,'))
    expect(measurement.length).toBeGreaterThan(0)
    expect(measurement.filter((line) => !line.endsWith(`,dont-know,Don't know,${versions}`))).toEqual([])

    const summary = await download(page, 'Download summary CSV')
    expect(text(summary.bytes).split('\r\n').slice(0, 3)).toEqual([
      'pillar,score,respondents,min,max,answered,dont_know,bank_version,app_version',
      // 6 Culture and 8 Automation questions, all answered.
      `Culture,100,1,100,100,6,0,${BANK_VERSION},0.1.0`,
      `Automation,50,1,50,50,8,0,${BANK_VERSION},0.1.0`,
    ])

    const markdown = text((await download(page, 'Download Markdown summary')).bytes)
    expect(markdown).toContain(`- Question bank version: ${BANK_VERSION}\n- App version: CALMS Radar 0.1.0`)
    expect(markdown).toContain(`**${JOURNEY.expectedVerdict}**`)

    const svg = await download(page, 'Download chart SVG')
    expect(svg.name).toMatch(/-radar\.svg$/)
    const svgText = text(svg.bytes)
    expect(svgText).toContain(`<title>${JOURNEY.expectedRadarName}</title>`)
    // The series colour of the light theme (--chart-1 #1f5fa8) is written into the file itself.
    expect(svgText).toContain('stroke="rgb(31, 95, 168)"')

    await saveArtifact('chart.svg', svg.bytes)
    const png = await download(page, 'Download chart PNG')
    await saveArtifact('chart.png', png.bytes)
    expect(png.name).toMatch(/-radar\.png$/)
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    // Twice the chart's size, so it stays sharp in slides.
    const width = png.bytes.readUInt32BE(16)
    expect(width).toBeGreaterThan(600)

    // No CSP violation, failed request or script error on the way.
    expect(problems).toEqual([])
  })

  test('a backup imported in a fresh browser restores everything exactly, and "Undo import" takes it back', async () => {
    const first = await open()
    await walkJourney(first.page)
    const backup = await download(first.page, 'Download JSON backup')
    const stored = await first.page.evaluate(() => localStorage.getItem('calms-radar:self-check'))
    await first.close()
    browser = undefined

    const { page, problems } = await open()
    await openRoute(page, '#/results', 'Results')
    const input = page.getByLabel('Import JSON backup')
    await input.setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes })
    await page.getByRole('group', { name: /^Replace your data with this backup\?/ }).waitFor()
    expect(await findAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Replace my data' }).click()

    await waitForResults(page)
    expect(await readScores(page.getByRole('table', { name: 'Scores by CALMS pillar' }))).toEqual(
      JOURNEY.expectedScores,
    )
    expect(await page.evaluate(() => localStorage.getItem('calms-radar:self-check'))).toBe(stored)
    // Downloading again gives the same file, apart from the time it was made.
    const again = await download(page, 'Download JSON backup')
    const withoutTime = (bytes: Buffer) => text(bytes).replace(/"exportedAt": ".*"/, '')
    expect(withoutTime(again.bytes)).toBe(withoutTime(backup.bytes))

    await page.getByRole('button', { name: 'Undo import' }).click()
    await page.getByText('You have not answered any question yet').waitFor()
    expect(problems).toEqual([])
  })
})

// Three people who took the questions in a form tool: every question and outcome answered by its text, with
// names, roles and timestamps. Culture at levels 1, 3 and 4 gives medians the team table shows.
function surveyCsv(): string {
  const people = [
    { name: 'Ana', role: 'Developer', level: 1, band: 0, at: '2026-11-20 09:00:00' },
    {
      name: '=HYPERLINK("http://evil.example","x")',
      role: 'Operations',
      level: 3,
      band: 1,
      at: '2026-11-20 09:05:00',
    },
    { name: 'Chi', role: 'QA / testing', level: 4, band: 2, at: '2026-11-20 09:10:00' },
  ]
  const header = [
    'Timestamp',
    'Name',
    'Role',
    ...QUESTION_BANK.questions.map((question) => question.text),
    ...DORA_METRICS.map((metric) => DORA_METRIC_DEFINITIONS[metric].question),
  ]
  const rows = people.map((person) => [
    person.at,
    person.name,
    person.role,
    ...QUESTION_BANK.questions.map((question) => question.options[person.level] ?? ''),
    ...DORA_METRICS.map((metric) => DORA_METRIC_DEFINITIONS[metric].bands[person.band]?.label ?? ''),
  ])
  return Papa.unparse([header, ...rows])
}

describe('printing and the team view', () => {
  test('printing the results page gives a clean report of at most two A4 pages', async () => {
    const { page } = await open()
    await walkJourney(page)
    // Paper shows the gaps by name and "Try first"; every other next step stays on screen under "All next steps".
    expect(await printToPdf(page, 'results.pdf')).toBeLessThanOrEqual(2)
  })

  test('a survey CSV becomes three responses; the team exports and the printed team report follow', async () => {
    const { page, problems } = await open()
    await openRoute(page, '#/team', 'Team')
    await page.getByLabel('Session name').fill('Payments | retro')
    await page.getByLabel('Import survey CSV').setInputFiles({
      name: 'survey.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(surveyCsv()),
    })
    await page.getByText('3 of 3 rows can be added.').waitFor()
    expect(await findAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Add 3 responses to the team view' }).click()
    await page.getByRole('heading', { name: 'Responses (3)' }).waitFor()

    const answers = text((await download(page, 'Download answers CSV')).bytes).split('\r\n')
    // A header, 32 questions and 4 outcomes for each person, and the closing line break.
    expect(answers).toHaveLength(1 + 3 * 36 + 1)
    expect(answers[37]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)",Operations,Culture,/)
    const summary = text((await download(page, 'Download summary CSV')).bytes).split('\r\n')
    // Culture 25, 75, 100: median 75; 3 people x 6 Culture questions answered.
    expect(summary[1]).toBe(`Culture,75,3,25,100,18,0,${BANK_VERSION},0.1.0`)

    // Radar beside the pillar table, the five disagreements, and the DORA distributions two by two.
    expect(await printToPdf(page, 'team.pdf')).toBeLessThanOrEqual(2)
    expect(problems).toEqual([])
  })
})

// The DORA verdict in a real browser: the pillar steps are answered once, then the DORA step is answered with each
// of the bank v2 review's rows (c'), (h), (i), (j) and (a) in turn, going back to it from the results. Each time the
// verdict and the per-metric table are read, and axe checks the results.
import { afterEach, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { STEP_COUNT, answerStep, openRoute, waitForResults, waitForStep } from './helpers/self-check.ts'

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

// Band labels in the order the DORA step asks: deployment frequency, lead time for changes, change failure rate,
// failed deployment recovery time. Worked by hand against the 2024 table (Elite on demand / <1 day / 5% / <1 hour;
// High daily-weekly / 1 day-1 week / 20% / <1 day; Medium weekly-monthly / 1 week-1 month / 10% / <1 day; Low
// monthly-6 months / 1-6 months / 40% / 1 week-1 month). Throughput takes the best cluster whose values its answers
// are within; stability the best cluster whose values its answers miss by at most one band in total.
const ROWS = [
  {
    // (c'): 6-10% is one band beyond Elite's 5%, recovery within: stability Elite.
    row: "(c')",
    picks: ['On demand, several times a day', '1 hour to 1 day', '6-10%', 'Under an hour'],
    verdict: 'DORA 2024 cluster: Elite (throughput Elite, stability Elite).',
    metric: 'Change failure rate',
    cell: '6-10%: Medium (10%)',
  },
  {
    // (h): the High profile with 21-30%, one band beyond High's 20%: stability High.
    row: '(h)',
    picks: ['Daily to weekly', '1 day to 1 week', '21-30%', '1 hour to 1 day'],
    verdict: 'DORA 2024 cluster: High (throughput High, stability High).',
    metric: 'Change failure rate',
    cell: '21-30%: between High (20%) and Low (40%)',
  },
  {
    // (i): 21-30% is four bands beyond Elite's 5%, one beyond High's 20%: stability High; throughput Elite.
    row: '(i)',
    picks: ['On demand, several times a day', '1 hour to 1 day', '21-30%', 'Under an hour'],
    verdict: 'DORA 2024 cluster: High (throughput Elite, stability High).',
    metric: 'Change failure rate',
    cell: '21-30%: between High (20%) and Low (40%)',
  },
  {
    // (j): recovery 1 day-1 week is two bands beyond Elite's <1 hour, one beyond High's <1 day: stability High.
    row: '(j)',
    picks: ['On demand, several times a day', '1 hour to 1 day', '0-5%', '1 day to 1 week'],
    verdict: 'DORA 2024 cluster: High (throughput Elite, stability High).',
    metric: 'Failed deployment recovery time',
    cell: '1 day to 1 week: between High and Medium (both less than one day) and Low (one week to one month)',
  },
  {
    // (a): over 60% is worse than every 2024 value, so stability is Low whatever else: fast but unstable.
    row: '(a)',
    picks: ['On demand, several times a day', 'Under an hour', 'Over 60%', 'Under an hour'],
    verdict: 'DORA 2024 cluster: Low (throughput Elite, stability Low).',
    metric: 'Change failure rate',
    cell: 'Over 60%: worse than Low (40%)',
  },
] as const

async function answerDoraStep(page: Page, picks: readonly string[]): Promise<void> {
  await waitForStep(page, STEP_COUNT)
  await answerStep(page, (index) => picks[index] ?? "Don't know")
  await page.getByRole('button', { name: 'See results', exact: true }).click()
  await waitForResults(page)
}

test("the review's rows (c'), (h), (i), (j) and (a) answered through the UI read their verdicts, and pass axe", async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await openRoute(page, '#/', 'CALMS Radar')
  await page.getByRole('link', { name: 'Start self-check' }).click()
  // Level 2 everywhere: the pillar answers do not matter to the DORA verdict.
  for (let step = 1; step < STEP_COUNT; step += 1) {
    await waitForStep(page, step)
    await answerStep(page, 2)
    await page.getByRole('button', { name: 'Next', exact: true }).click()
  }

  const verdicts: Record<string, unknown> = {}
  for (const [index, { row, picks, metric }] of ROWS.entries()) {
    if (index > 0) await page.getByRole('link', { name: 'Edit DORA outcomes answers' }).click()
    await answerDoraStep(page, picks)
    const dora = page.getByRole('region', { name: 'Delivery outcomes (DORA)' })
    const table = dora.getByRole('table', { name: 'Each DORA metric against the 2024 clusters' })
    verdicts[row] = {
      verdict: (await dora.getByText(/^DORA 2024 cluster: /).textContent())?.trim(),
      cell: (
        await table
          .getByRole('row', { name: new RegExp(`^${metric}`) })
          .getByRole('cell')
          .textContent()
      )?.trim(),
      axe: await findAxeViolations(page),
    }
  }
  expect(verdicts).toEqual(
    Object.fromEntries(ROWS.map(({ row, verdict, cell }) => [row, { verdict, cell, axe: [] }])),
  )

  // The last row, (a), names the instability: fast but unstable, and the metric beyond every cluster.
  const text = (await page.getByRole('region', { name: 'Delivery outcomes (DORA)' }).textContent()) ?? ''
  expect(text).toContain(
    'Fast but unstable: your throughput (deployment frequency and lead time for changes) reaches Elite, your stability ' +
      '(change failure rate and failed deployment recovery time) only Low (DORA 2024 clusters).',
  )
  expect(text).toContain(
    'A change failure rate of over 60% is worse than the value of every DORA 2024 cluster, even Low (40%): on ' +
      'its own it makes your stability Low.',
  )
  expect(text).not.toMatch(/closest|nearest/i)
  expect(problems).toEqual([])
})

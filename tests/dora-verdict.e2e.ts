// The DORA verdict in a real browser: a fast-but-unstable team (on demand, lead time under an hour, over 60% of
// deployments failing, recovery under an hour) goes through the self-check and is told Low, not Elite, with the
// fast-but-unstable finding beside it; axe checks the results.
import { afterEach, expect, test } from 'vitest'
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import {
  STEP_COUNT,
  answerStep,
  openRoute,
  questionGroups,
  waitForResults,
  waitForStep,
} from './helpers/self-check.ts'

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

// The real band labels, in the order the DORA step asks: deployment frequency, lead time for changes, change
// failure rate, failed deployment recovery time. Throughput meets 2024 Elite; a failure rate over 60% meets no
// 2024 cluster's value (Low is 40%), so stability is Low, and the lower half decides: Low.
const FAST_BUT_UNSTABLE = [
  'On demand (multiple deploys per day)',
  'Less than one hour',
  'Over 60%',
  'Less than one hour',
] as const

test('on demand / under an hour / over 60% / under an hour is Low, named fast but unstable, and passes axe', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await openRoute(page, '#/', 'CALMS Radar')
  await page.getByRole('button', { name: 'Start self-check' }).click()
  for (let step = 1; step <= STEP_COUNT; step += 1) {
    await waitForStep(page, step)
    const last = step === STEP_COUNT
    if (last) {
      expect(
        await questionGroups(page)
          .nth(3)
          .getByText(
            'Failed deployment recovery time: When a deployment to production fails, how long does it ' +
              'typically take to recover?',
          )
          .count(),
      ).toBe(1)
      await answerStep(page, (index) => FAST_BUT_UNSTABLE[index] ?? "Don't know")
    } else {
      // Level 2 everywhere: the pillar answers do not matter to the DORA verdict.
      await answerStep(page, 2)
    }
    await page.getByRole('button', { name: last ? 'See results' : 'Next', exact: true }).click()
  }
  await waitForResults(page)

  const dora = page.getByRole('region', { name: 'Delivery outcomes (DORA)' })
  const text = (await dora.textContent()) ?? ''
  expect(text).toContain('Closest DORA 2024 cluster: Low.')
  expect(text).not.toContain('Closest DORA 2024 cluster: Elite')

  const table = dora.getByRole('table', { name: 'Each DORA metric against the 2024 clusters' })
  const failureRate = table.getByRole('row', { name: /^Change failure rate/ })
  expect((await failureRate.getByRole('cell').allTextContents()).map((cell) => cell.trim())).toEqual([
    'Over 60%',
    'none: worse than Low (40%)',
  ])

  expect(await dora.getByRole('heading', { level: 3, name: 'Speed and stability' }).isVisible()).toBe(true)
  expect(text).toContain(
    'Fast but unstable: your throughput (deployment frequency and lead time for changes) reaches Elite, your stability ' +
      '(change failure rate and failed deployment recovery time) only Low (DORA 2024 clusters).',
  )
  expect(text).toContain(
    "DORA's research finds that speed and stability go together; they are not a trade-off",
  )

  expect(await findAxeViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

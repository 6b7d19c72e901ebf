import { afterEach, describe, expect, test } from 'vitest'
import { baseUrl, findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { horizontalOverflow, pageHeading } from './helpers/self-check.ts'

// Three stored responses (Culture levels 1, 3, 4) so the team view shows its radar, tables and disagreements.
const TEAM_SESSION = JSON.stringify({
  version: 1,
  state: {
    sessionName: 'Payments team, retro 2026-11',
    responses: [1, 3, 4].map((level, index) => ({
      bankVersion: 1,
      answers: {
        'culture-dev-on-call': level,
        'culture-outcome-ownership': (level + index) % 5,
        'automation-ci-every-commit': 4 - level,
      },
      dora: { deploymentFrequency: index === 0 ? 'df-on-demand' : 'dont-know' },
      role: 'developer',
      createdAt: `2026-11-2${index}T10:00:00Z`,
    })),
  },
})

const SELF_CHECK = JSON.stringify({
  version: 2,
  state: {
    bankVersion: 1,
    answers: { 'culture-dev-on-call': 4, 'automation-ci-every-commit': 1, 'lean-change-size': 'dont-know' },
    dora: { deploymentFrequency: 'df-monthly-6m', leadTime: 'dont-know' },
    answeredAt: { 'culture-dev-on-call': 1, 'automation-ci-every-commit': 1, 'lean-change-size': 1 },
    lastStep: 6,
    resetAt: 0,
  },
})

const ROUTES: { hash: string; heading: string }[] = [
  { hash: '#/', heading: 'CALMS Radar' },
  { hash: '#/join/Payments%20team', heading: 'CALMS Radar' },
  { hash: '#/step/1', heading: 'Culture' },
  { hash: '#/step/6', heading: 'DORA outcomes' },
  { hash: '#/results', heading: 'Results' },
  { hash: '#/team', heading: 'Team' },
  { hash: '#/r/not-a-code', heading: 'This share link cannot be opened' },
  { hash: '#/nowhere', heading: 'Page not found' },
]

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const SETTINGS = [
  { name: 'dark mode on a laptop', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: 'light mode on a phone', colorScheme: 'light', viewport: { width: 375, height: 667 } },
] as const

describe.each(SETTINGS)('every route in $name', ({ colorScheme, viewport }) => {
  test('has no axe violation, no horizontal scroll and no console error', async () => {
    browser = await openBrowser({ colorScheme, viewport })
    const { page, problems } = browser
    await page.goto(baseUrl)
    await page.evaluate(
      ([team, selfCheck]) => {
        localStorage.setItem('calms-radar:team', team)
        localStorage.setItem('calms-radar:self-check', selfCheck)
      },
      [TEAM_SESSION, SELF_CHECK] as const,
    )
    const failures: string[] = []
    for (const route of ROUTES) {
      await page.goto(new URL(route.hash, baseUrl).href)
      await pageHeading(page, route.heading).waitFor()
      if (route.hash === '#/results' || route.hash === '#/team') {
        // On a phone the results' radar is drawn once it comes near the screen.
        await page.evaluate(() => document.querySelector('.radar')?.scrollIntoView({ block: 'nearest' }))
        await page.locator('.radar .recharts-polygon').first().waitFor({ state: 'attached' })
      }
      // The stored data must have loaded, or the check would only see empty screens.
      if (route.hash === '#/team') await page.getByRole('heading', { name: 'Responses (3)' }).waitFor()
      if (route.hash === '#/results')
        await page.getByRole('table', { name: 'Scores by CALMS pillar' }).waitFor()
      for (const violation of await findAxeViolations(page)) failures.push(`${route.hash}: ${violation}`)
      const { scrollWidth, innerWidth } = await horizontalOverflow(page)
      if (scrollWidth > innerWidth)
        failures.push(`${route.hash}: page is ${scrollWidth}px wide in ${innerWidth}px`)
    }
    expect(failures).toEqual([])
    expect(problems).toEqual([])
  })
})

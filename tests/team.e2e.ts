import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import { buildShareLink, encodeShareCode } from '../src/domain/formats/share-code.ts'
import { baseUrl, findAxeViolations, openBrowser } from './helpers/browser.ts'
import {
  answerStep,
  openRoute,
  rowCells,
  STEP_COUNT,
  waitForResults,
  waitForStep,
  type Pick,
} from './helpers/self-check.ts'

interface Person {
  alias: string
  role: string
  /** One pick per CALMS step (Culture, Automation, Lean, Measurement, Sharing), then the DORA pick for all four. */
  picks: [Pick, Pick, Pick, Pick, Pick]
  dora: Pick
}

// Culture levels 1, 3, 4 (25, 75, 100); Automation levels 2, 0, 4 (50, 0, 100); the rest "Don't know".
const PEOPLE: Person[] = [
  { alias: 'Ana', role: 'Developer', picks: [1, 2, "Don't know", "Don't know", "Don't know"], dora: 0 },
  { alias: 'Bo', role: 'Developer', picks: [3, 0, "Don't know", "Don't know", "Don't know"], dora: 1 },
  {
    alias: 'Chi',
    role: 'Operations',
    picks: [4, 4, "Don't know", "Don't know", "Don't know"],
    dora: "Don't know",
  },
]

/** One person completes the self-check in a browser of their own and copies their share link. */
async function completeSelfCheck(person: Person): Promise<string> {
  const browser = await openBrowser()
  try {
    const { page, problems } = browser
    await openRoute(page, '#/step/1', 'Culture')
    for (let step = 1; step <= STEP_COUNT; step += 1) {
      await waitForStep(page, step)
      await answerStep(page, step === STEP_COUNT ? person.dora : (person.picks[step - 1] ?? 0))
      await page
        .getByRole('button', { name: step === STEP_COUNT ? 'See results' : 'Next', exact: true })
        .click()
    }
    await waitForResults(page)
    await page.getByLabel('Name or alias (optional)').fill(person.alias)
    await page.getByLabel('Role (optional)').selectOption({ label: person.role })
    const link = await page.getByLabel('Your share link').inputValue()
    expect(problems).toEqual([])
    return link
  } finally {
    await browser.close()
  }
}

test('three people share their links; the facilitator sees the expected team radar, table and disagreements', async () => {
  const links: string[] = []
  for (const person of PEOPLE) links.push(await completeSelfCheck(person))
  for (const link of links) {
    expect(link.startsWith(`${baseUrl}#/r/`)).toBe(true)
    expect(link.length).toBeLessThan(300)
  }

  const facilitator = await openBrowser()
  try {
    const { page, problems } = facilitator
    await openRoute(page, '#/team', 'Team')
    await page.getByLabel('Session name').fill('Payments team, retro 2026-11')
    // Pasted as a chat thread, with a blank line, a stray word and one link twice: the good ones go in once each,
    // the chat is skipped without comment.
    await page
      .getByLabel('Paste share links or codes, one per line')
      .fill([...links, '', 'thanks!', links[0]].join('\n'))
    await page.getByRole('button', { name: 'Add pasted responses' }).click()
    await expect.poll(() => page.getByText('3 added, 1 duplicate ignored.').count()).toBe(1)
    expect(await page.getByText(/^Line \d+: /).count()).toBe(0)

    const table = page.getByRole('table', { name: 'Team scores by CALMS pillar' })
    await table.waitFor()
    // Respondents, median, middle half (q1 to q3), disagreement (IQR, linear interpolation between closest ranks):
    // Culture 25, 75, 100: median 75; q1 = 25 + 0.5 * 50 = 50, q3 = 75 + 0.5 * 25 = 87.5 -> 50 to 88, IQR 37.5
    // (high); 25 at the low end and 75 at the high end: split.
    expect(await rowCells(table, 'Culture')).toEqual(['3', '75', '50 to 88', 'high (38), split'])
    // Automation 50, 0, 100: median 50; q1 = 0 + 0.5 * 50 = 25, q3 = 50 + 0.5 * 50 = 75 -> IQR 50 (high);
    // 0 and 100: split.
    expect(await rowCells(table, 'Automation')).toEqual(['3', '50', '25 to 75', 'high (50), split'])
    expect(await rowCells(table, 'Lean')).toEqual(['0', 'not enough answers', '-', '-'])

    const radar = page.getByRole('img', { name: /^Team radar/ })
    expect(await radar.getAttribute('aria-label')).toBe(
      'Team radar, 0 to 100: Culture median 75 (middle half of the team 50 to 88), ' +
        'Automation median 50 (middle half of the team 25 to 75), ' +
        'Lean not enough answers, Measurement not enough answers, Sharing not enough answers',
    )
    expect(await radar.locator('.recharts-radar').count()).toBe(3)

    // Automation questions were answered at levels 2, 0 and 4 (range 4), culture at 1, 3 and 4 (range 3):
    // the widest spread comes first, one person per chosen option.
    const disagreements = page.getByRole('region', { name: 'Where we disagree' })
    const first = disagreements.getByRole('listitem').first()
    expect(await first.textContent()).toMatch(/\(Automation\) Split: answers at both ends\./)
    expect(await first.getByText(/Don['’]t know:/).count()).toBe(1)
    expect(
      await first
        .getByRole('listitem')
        .filter({ hasText: /^Don['’]t know: 0$/ })
        .count(),
    ).toBe(1)

    // Two developers and one operations person: both roles stay hidden below three people.
    expect(await page.getByText('Developer (2), Operations (1)', { exact: false }).count()).toBe(1)

    const deploys = page.getByRole('table', { name: 'Deployment frequency' })
    expect(await rowCells(deploys, 'On demand')).toEqual(['1'])
    expect(await rowCells(deploys, 'Daily to weekly')).toEqual(['1'])
    expect(await rowCells(deploys, 'Don’t know')).toEqual(['1'])

    expect(await findAxeViolations(page)).toEqual([])

    // The team view persists like the self-check.
    await page.reload()
    await table.waitFor()
    expect(await page.getByLabel('Session name').inputValue()).toBe('Payments team, retro 2026-11')
    expect(await rowCells(table, 'Culture')).toEqual(['3', '75', '50 to 88', 'high (38), split'])

    // Opening a link shows it read-only and adds it to the team view without touching the opener's answers.
    await page.goto(links[1] ?? '')
    await page.getByRole('heading', { level: 1, name: 'Shared answers' }).waitFor()
    expect(await findAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Add to my team view' }).click()
    await page.getByText('This response is already in your team view.').waitFor()
    expect(problems).toEqual([])
  } finally {
    await facilitator.close()
  }
})

test("a facilitator's path from the start page: Run a team session, then the steps in order, by keyboard, in both colour schemes", async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const facilitator = await openBrowser({ colorScheme, viewport: { width: 1280, height: 800 } })
    try {
      const { page, problems } = facilitator
      await openRoute(page, '#/', 'CALMS Radar')
      const teamLink = page.getByRole('link', { name: 'Run a team session' })
      await teamLink.focus()
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
      const headings = await page.getByRole('heading', { level: 2 }).allTextContents()
      const path = ['1. Name the session', '2. Invite', '3. Collect responses', '4. Present']
      expect(headings.filter((heading) => path.includes(heading))).toEqual(path)
      expect(await findAxeViolations(page)).toEqual([])

      // The invitation asks for the full check: its link leads to the start page with the full check first.
      await page.getByLabel('Session name').fill('Payments retro')
      await page.getByRole('radio', { name: /^The full self-check/ }).check()
      const invitation = await page
        .getByRole('link', { name: /#\/join\/full\/Payments%20retro$/ })
        .getAttribute('href')

      // Responses pasted from the keyboard: the page moves to the results, and the setup folds away.
      await page
        .getByLabel('Paste share links or codes, one per line')
        .fill(([1, 2, 3] as const).map((level) => shareLinkAtLevel(level)).join('\n'))
      await page.getByRole('button', { name: 'Add pasted responses' }).focus()
      await page.keyboard.press('Enter')
      const results = page.getByRole('heading', { level: 2, name: 'Where the team stands' })
      await expect.poll(() => results.evaluate((heading) => heading === document.activeElement)).toBe(true)
      expect(await page.getByLabel('Paste share links or codes, one per line').isVisible()).toBe(false)
      const fold = page.getByText('Add responses: paste links, choose files or import a survey')
      await fold.focus()
      await page.keyboard.press('Enter')
      expect(await page.getByLabel('Paste share links or codes, one per line').isVisible()).toBe(true)
      expect(await findAxeViolations(page)).toEqual([])

      await page.goto(invitation ?? '')
      await page
        .getByText('You are invited to the session “Payments retro”. Answer the full self-check')
        .waitFor()
      expect(await page.getByRole('link', { name: 'Start self-check' }).getAttribute('class')).toContain(
        'primary',
      )
      expect(problems).toEqual([])
    } finally {
      await facilitator.close()
    }
  }
})

/** A response with every question at one level, made without a browser of its own. */
function shareLinkAtLevel(level: 1 | 2 | 3): string {
  const answers = Object.fromEntries(QUESTION_BANK.questions.map((question) => [question.id, level]))
  const createdAt = `2026-11-20T09:30:0${level}Z`
  return buildShareLink(
    baseUrl,
    encodeShareCode({ bankVersion: QUESTION_BANK.bankVersion, answers, dora: {}, createdAt }, QUESTION_BANK),
  )
}

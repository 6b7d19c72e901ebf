// The team view's cost against its size: cold loads of a small and a full team in one run, and the two updates a
// facilitator makes on a full one (adding a batch of pasted codes, removing one person), each timed in the page
// from the click until the page shows the new count.
import { openPage, timeUntil, CPU_THROTTLING_RATE } from './browser.mjs'
import { TEAM_STORAGE_KEY, serializeTeamSession } from './fixtures.mjs'
import { captionVisibleAt } from './in-page.mjs'
import { formatMs, median, table } from './report.mjs'

const COLLECT_SUMMARY = 'Add responses: paste links, choose files or import a survey'
const TEAM_TABLE_CAPTION = 'Team scores by CALMS pillar'
const SMALL = 10
const ADDED = 50

const print = (text = '') => console.log(text)

/* global document, requestAnimationFrame, requestIdleCallback */
/**
 * In the page: clicks the button named `label` and returns the ms until a heading reads `heading` (the list and its
 * count), and until the column "People with a score" of the table captioned `caption` reads `people` (the team's
 * figures, which may follow the count in a later render).
 */
function clickUntilShown({ label, heading, caption, people }) {
  const button = [...document.querySelectorAll('button')].find(
    (element) => element.getAttribute('aria-label') === label || element.textContent === label,
  )
  if (button === undefined) throw new Error(`no button "${label}"`)
  const headingShown = () =>
    [...document.querySelectorAll('h1, h2, h3, h4')].some((element) => element.textContent === heading)
  const figuresShown = () => {
    const table = [...document.querySelectorAll('table')].find(
      (element) => element.querySelector('caption')?.textContent === caption,
    )
    const column = [...(table?.querySelectorAll('tbody tr') ?? [])].map(
      (row) => row.querySelector('td')?.textContent,
    )
    return column.join() === people.join()
  }
  const start = performance.now()
  button.click()
  return new Promise((resolve) => {
    const times = {}
    const check = () => {
      const now = performance.now() - start
      if (times.heading === undefined && headingShown()) times.heading = now
      if (times.figures === undefined && figuresShown()) times.figures = now
      if (times.heading !== undefined && times.figures !== undefined) resolve(times)
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}

async function openTeam(browser, url, raw, count, throttle) {
  const opened = await openPage(browser, { storage: { [TEAM_STORAGE_KEY]: raw }, throttle })
  await opened.page.goto(`${url}#/team`, { waitUntil: 'commit' })
  const shownAt = await timeUntil(opened.page, captionVisibleAt, TEAM_TABLE_CAPTION)
  // A response the app rejected would make a smaller, faster team view: measure only the full one.
  const heading = `Responses (${count})`
  if ((await opened.page.getByRole('heading', { name: heading }).count()) !== 1) {
    await opened.close()
    throw new Error(`the team page did not show "${heading}": the stored team view was not read in full`)
  }
  return { ...opened, shownAt }
}

/** Until the page has been idle a moment after it opened: a person reads the page before changing it. */
async function settle(page) {
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500), { timeout: 5000 })),
  )
}

/**
 * `responses` are valid responses (the last 50 are pasted, the first is removed); `encode` gives a response's share
 * code as a person would send it. Prints the figures and returns them for the JSON report.
 */
export async function teamScaleSection({ browser, url, domain, responses, runs, encode }) {
  const full = responses.length
  const raw = {
    small: serializeTeamSession(domain, responses.slice(0, SMALL)),
    full: serializeTeamSession(domain, responses),
    withoutLast: serializeTeamSession(domain, responses.slice(0, full - ADDED)),
  }
  const pasted = responses
    .slice(full - ADDED)
    .map(encode)
    .join('\n')
  const loads = { small: [], full: [], smallThrottled: [], fullThrottled: [] }
  const updates = { add: [], remove: [], addFigures: [], removeFigures: [] }
  // The team table's "People with a score" per pillar once the change is in: the figures the update must reach.
  const peopleWithScore = (team) => {
    const { pillars } = domain.aggregateTeam(team, domain.QUESTION_BANK)
    return Object.values(pillars).map((pillar) => String(pillar.respondents))
  }
  const timeUpdate = async (page, key, click) => {
    const times = await page.evaluate(clickUntilShown, { ...click, caption: TEAM_TABLE_CAPTION })
    updates[key].push(times.heading)
    updates[`${key}Figures`].push(times.figures)
  }
  const loadOnce = async (key, text, count, throttle) => {
    const opened = await openTeam(browser, url, text, count, throttle)
    await opened.close()
    loads[key].push(opened.shownAt)
  }
  // Alternating, so a slow moment of the shared machine hits both sizes alike.
  for (let run = 0; run < runs; run += 1) {
    await loadOnce('small', raw.small, SMALL, false)
    await loadOnce('full', raw.full, full, false)
    await loadOnce('smallThrottled', raw.small, SMALL, true)
    await loadOnce('fullThrottled', raw.full, full, true)

    const adding = await openTeam(browser, url, raw.withoutLast, full - ADDED, false)
    try {
      // With responses in, the ways to add more are folded away under "3. Collect responses".
      await adding.page.locator('summary', { hasText: COLLECT_SUMMARY }).click()
      await adding.page.getByLabel('Paste share links or codes, one per line').fill(pasted)
      await settle(adding.page)
      await timeUpdate(adding.page, 'add', {
        label: 'Add pasted responses',
        heading: `Responses (${full})`,
        people: peopleWithScore(responses),
      })
    } finally {
      await adding.close()
    }
    const removing = await openTeam(browser, url, raw.full, full, false)
    try {
      await settle(removing.page)
      await timeUpdate(removing.page, 'remove', {
        label: `Remove ${responses[0].alias ?? 'Respondent 1'}`,
        heading: `Responses (${full - 1})`,
        people: peopleWithScore(responses.slice(1)),
      })
    } finally {
      await removing.close()
    }
  }
  const row = (label, times) => [label, formatMs(median(times)), times.map(Math.round).join(', ')]
  const difference = median(loads.full) - median(loads.small)
  const throttledDifference = median(loads.fullThrottled) - median(loads.smallThrottled)
  print(`## Team view: ${SMALL} against ${full.toLocaleString('en')} responses, and updates on a full one`)
  print()
  print(
    table(
      ['measure', 'median', `runs (ms, ${runs} cold loads each)`],
      [
        row(`open \`#/team\` with ${SMALL} responses until "${TEAM_TABLE_CAPTION}" is visible`, loads.small),
        row(`same with ${full.toLocaleString('en')} responses`, loads.full),
        [`difference (goal <= 300 ms)`, formatMs(difference), ''],
        row(`${SMALL} responses, ${CPU_THROTTLING_RATE}x CPU throttling`, loads.smallThrottled),
        row(
          `${full.toLocaleString('en')} responses, ${CPU_THROTTLING_RATE}x CPU throttling`,
          loads.fullThrottled,
        ),
        [`difference at ${CPU_THROTTLING_RATE}x`, formatMs(throttledDifference), ''],
        row(
          `paste ${ADDED} codes into a view of ${full - ADDED}: "Add pasted responses" until "Responses (${full})" (goal < 100 ms)`,
          updates.add,
        ),
        row(
          `remove one of ${full.toLocaleString('en')}: its Remove button until "Responses (${full - 1})" (goal < 100 ms)`,
          updates.remove,
        ),
        row(
          `same paste, until the team table's "People with a score" shows the ${full.toLocaleString('en')}`,
          updates.addFigures,
        ),
        row(
          `same removal, until that column shows the ${(full - 1).toLocaleString('en')}`,
          updates.removeFigures,
        ),
      ],
    ),
  )
  print()
  return { loads, differenceMs: difference, throttledDifferenceMs: throttledDifference, updates }
}

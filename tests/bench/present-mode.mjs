// Present mode's first slide with a team of 50 stored, until the first slide's heading (the session's name) is
// visible, two ways: from the team page's "Present" link (the app already running, as a facilitator opens it), and
// from a cold load of `#/team/present` (navigation start: the projector's browser reloaded). Issue 26's goal, under
// 300 ms "of opening present mode", is held against the first: a cold load also starts the whole app, which no
// screen of it does in 300 ms, and is shown for what it costs.
import { openPage, CPU_THROTTLING_RATE } from './browser.mjs'
import { TEAM_STORAGE_KEY, serializeTeamSession } from './fixtures.mjs'
import { firstSlideState } from './in-page.mjs'
import { formatMs, median, table } from './report.mjs'

const PRESENT_GOAL_MS = 300
const TEAM = 50
/** Far beyond any load the figure measures: a page that never shows its slide fails the section, not the bench. */
const GIVE_UP_MS = 20_000

const print = (text = '') => console.log(text)

/* global document, requestIdleCallback */

/** When the first slide showed (performance.now() in the page), or an error that says what showed instead. */
async function firstSlideShownAt(page, errors, sessionName) {
  let state
  try {
    const handle = await page.waitForFunction(firstSlideState, sessionName, {
      polling: 'raf',
      timeout: GIVE_UP_MS,
    })
    state = await handle.jsonValue()
  } catch (error) {
    if (error.name !== 'TimeoutError') throw error
    const headings = await page.locator('h1').allTextContents()
    throw new Error(
      `present mode showed no first slide headed "${sessionName}" within ${GIVE_UP_MS / 1000} s ` +
        `(h1 on the page: ${headings.map((text) => `"${text}"`).join(', ') || 'none'}; ` +
        `page errors: ${errors.join('; ') || 'none'})`,
    )
  }
  if (state.wrongPage !== undefined) {
    throw new Error(
      `#/team/present showed "${state.wrongPage}" instead of the first slide: is present mode built, and did it read the stored team?`,
    )
  }
  if (errors.length > 0) throw new Error(`page errors in present mode: ${errors.join('; ')}`)
  return state.shownAt
}

async function coldLoad(browser, url, raw, sessionName, throttle) {
  const { page, errors, close } = await openPage(browser, { storage: { [TEAM_STORAGE_KEY]: raw }, throttle })
  try {
    await page.goto(`${url}#/team/present`, { waitUntil: 'commit' })
    return await firstSlideShownAt(page, errors, sessionName)
  } finally {
    await close()
  }
}

/** In the page: clicks the link named "Present" and returns when (performance.now()), or undefined without one. */
function clickPresent() {
  const link = [...document.querySelectorAll('a')].find((element) => element.textContent === 'Present')
  if (link === undefined) return undefined
  const clickedAt = performance.now()
  link.click()
  return clickedAt
}

async function fromTeamPage(browser, url, raw, sessionName, throttle) {
  const { page, errors, close } = await openPage(browser, { storage: { [TEAM_STORAGE_KEY]: raw }, throttle })
  try {
    await page.goto(`${url}#/team`, { waitUntil: 'commit' })
    await page
      .getByRole('link', { name: 'Present', exact: true })
      .waitFor({ timeout: GIVE_UP_MS })
      .catch((error) => {
        throw new Error(
          `the team page with ${TEAM} responses showed no "Present" link (${error.message.split('\n')[0]})`,
        )
      })
    // A facilitator looks at the team page before presenting it: what it loads after showing has arrived.
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500), { timeout: 5000 })),
    )
    const clickedAt = await page.evaluate(clickPresent)
    if (clickedAt === undefined) throw new Error('the "Present" link went away before it could be clicked')
    return (await firstSlideShownAt(page, errors, sessionName)) - clickedAt
  } finally {
    await close()
  }
}

/** `responses` are valid responses; the first 50 are stored. Prints the figures and returns them for the JSON report. */
export async function presentModeSection({ browser, url, domain, responses, runs }) {
  const sessionName = 'Bench'
  const raw = serializeTeamSession(domain, responses.slice(0, TEAM))
  const times = { link: [], linkThrottled: [], cold: [], coldThrottled: [] }
  // Alternating, so a slow moment of the shared machine hits every way alike.
  for (let run = 0; run < runs; run += 1) {
    times.link.push(await fromTeamPage(browser, url, raw, sessionName, false))
    times.linkThrottled.push(await fromTeamPage(browser, url, raw, sessionName, true))
    times.cold.push(await coldLoad(browser, url, raw, sessionName, false))
    times.coldThrottled.push(await coldLoad(browser, url, raw, sessionName, true))
  }
  const goal = (values) => {
    const ms = median(values)
    return `< ${PRESENT_GOAL_MS} ms: ${ms < PRESENT_GOAL_MS ? 'met' : 'MISSED'}`
  }
  const row = (label, values, goalText = '') => [
    label,
    formatMs(median(values)),
    goalText,
    values.map(Math.round).join(', '),
  ]
  print(`## Present mode: first slide with a team of ${TEAM}`)
  print()
  print(
    table(
      ['measure', 'median', 'goal', `runs (ms, ${runs} each)`],
      [
        row(
          `click "Present" on the team page until the first slide's heading is visible`,
          times.link,
          goal(times.link),
        ),
        row(`same, ${CPU_THROTTLING_RATE}x CPU throttling`, times.linkThrottled),
        row(`cold load of \`#/team/present\`, navigation start until that heading is visible`, times.cold),
        row(`same, ${CPU_THROTTLING_RATE}x CPU throttling`, times.coldThrottled),
      ],
    ),
  )
  print()
  return {
    size: TEAM,
    goalMs: PRESENT_GOAL_MS,
    throttling: CPU_THROTTLING_RATE,
    ...Object.fromEntries(
      Object.entries(times).flatMap(([key, values]) => [
        [`${key}Runs`, values],
        [`${key}MedianMs`, median(values)],
      ]),
    ),
  }
}

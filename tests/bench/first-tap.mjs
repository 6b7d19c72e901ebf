// Time to the first answer: how soon after navigation a person on a slow phone can tap through the start page and
// answer the first question, next to how soon the floor (builds.mjs) handles its first click. Paint is not enough:
// a page that shows a button it cannot yet act on is not interactive.
import { CPU_THROTTLING_RATE, openPage } from './browser.mjs'
import { appHasTheAnswerAt, recordHandledTaps, tapState } from './in-page.mjs'
import { formatMs, formatRatio, median, table } from './report.mjs'

/** What the first-question section asks: the app's figures may take at most this multiple of the floor's. */
export const FIRST_ANSWER_GOAL = 1.5
const FLOOR_REPLY = 'Hello to you too'
/** The start choices are links, so that they work in the prerendered page before the app has started. */
const START_CHOICE = 'a'
/** How long one click is given to show its effect before the next click is tried, and how many are tried. */
const RETRY_MS = 100
const MAX_TAPS = 300

/**
 * Taps the middle of `target` ({ selector, text }) as soon as it is visible, and again until `done` (see tapState)
 * says the tap was handled, and returns when that was: a button painted before its script runs ignores a tap, and a
 * person would tap again. The tap is one mouse event sent to the page, without Playwright's checks before a click,
 * which run in the throttled page and would be counted.
 */
async function tapUntilHandled(page, target, done) {
  const stateAfter = async (arg, timeout) =>
    (await page.waitForFunction(tapState, arg, { polling: 'raf', timeout })).jsonValue()
  for (let tap = 0; tap < MAX_TAPS; tap += 1) {
    const state = await stateAfter({ target, done, doneOnly: false }, 60_000)
    if (state.doneAt !== undefined) return state.doneAt
    const { x, y, width, height } = state.box
    await page.mouse.click(x + width / 2, y + height / 2)
    try {
      return (await stateAfter({ target, done, doneOnly: true }, RETRY_MS)).doneAt
    } catch (error) {
      if (error.name !== 'TimeoutError') throw error
    }
  }
  throw new Error(`${MAX_TAPS} taps on ${JSON.stringify(target)} were not handled`)
}

async function coldLoad(browser, url, measure) {
  const { page, errors, close } = await openPage(browser, { throttle: true })
  try {
    await page.addInitScript(recordHandledTaps, FLOOR_REPLY)
    await page.goto(url, { waitUntil: 'commit' })
    const measured = await measure(page)
    if (errors.length > 0) throw new Error(`page errors on ${url}: ${errors.join('; ')}`)
    const handledAt = await page.evaluate(() => globalThis.__handledAt)
    return { ...measured, handledMs: handledAt.reply ?? handledAt.answer, radioShownMs: handledAt.radioShown }
  } finally {
    await close()
  }
}

const floorFirstClick = async (page) => ({
  ms: await tapUntilHandled(
    page,
    { selector: 'button', text: 'Say hello' },
    { shown: { selector: 'p', text: FLOOR_REPLY } },
  ),
})

/**
 * Taps the start choice as soon as it is painted (the prerendered link, whether or not the app has started; the
 * tap is handled once the address changes), then the first radio until it registers checked. The prerendered page
 * shows the first step with native radios before the app has started, so the answer is also timed until the app
 * has taken it over: its own step is shown (its "Next" button, which the prerendered step leaves out) with the
 * radio still checked.
 */
const firstAnswer = (label) => async (page) => {
  await tapUntilHandled(page, { selector: START_CHOICE, text: label }, { hashIsNot: '#/' })
  const answered = await tapUntilHandled(
    page,
    { selector: 'input[type="radio"]', text: null },
    { radioChecked: true },
  )
  const handle = await page.waitForFunction(appHasTheAnswerAt, null, { polling: 'raf', timeout: 60_000 })
  return { ms: answered, takenOverMs: await handle.jsonValue() }
}

/**
 * Measures, cold and at 4x CPU throttling, the floor's first handled click and the app's first answer after
 * "Start quick check" and "Start self-check", alternating so a slow moment of a shared machine hits all alike.
 * Prints a table and returns the figures.
 */
export async function firstAnswerSection(browser, app, floor, { runs, print }) {
  const measures = [
    { key: 'floor', label: 'floor: first handled click', url: floor.url, measure: floorFirstClick },
    {
      key: 'quick',
      label: 'app: `#/`, tap "Start quick check", first radio checked',
      url: `${app.url}#/`,
      measure: firstAnswer('Start quick check'),
    },
    {
      key: 'full',
      label: 'app: `#/`, tap "Start self-check", first radio checked',
      url: `${app.url}#/`,
      measure: firstAnswer('Start self-check'),
    },
  ]
  const times = Object.fromEntries(measures.map(({ key }) => [key, []]))
  const handled = Object.fromEntries(measures.map(({ key }) => [key, []]))
  const radioShown = { quick: [], full: [] }
  const takenOver = { quick: [], full: [] }
  for (let run = 0; run < runs; run += 1) {
    for (const { key, url, measure } of measures) {
      const measured = await coldLoad(browser, url, measure)
      times[key].push(measured.ms)
      handled[key].push(measured.handledMs)
      if (measured.takenOverMs !== undefined) takenOver[key].push(measured.takenOverMs)
      if (key !== 'floor') radioShown[key].push(measured.radioShownMs)
    }
  }
  const medians = Object.fromEntries(measures.map(({ key }) => [key, median(times[key])]))
  // A load where the page recorded no change event although the radio showed checked (seen once in ten loads; the
  // cause is not known) is left out of the median and shown as "-".
  const recorded = (values) => values.filter((value) => value !== undefined)
  const handledMedians = Object.fromEntries(measures.map(({ key }) => [key, median(recorded(handled[key]))]))
  const takenOverMedians = { quick: median(takenOver.quick), full: median(takenOver.full) }
  const radioShownMedians = {
    quick: median(recorded(radioShown.quick)),
    full: median(recorded(radioShown.full)),
  }
  const ratio = (key) => medians[key] / medians.floor
  print(
    `## Time to the first answer (cold loads, ${CPU_THROTTLING_RATE}x CPU throttling, median of ${runs}; goal <= ${FIRST_ANSWER_GOAL}x the floor)`,
  )
  print()
  print(
    table(
      ['from navigation start to', 'median', 'ratio to floor', 'runs (ms)'],
      [
        ...measures.map(({ key, label }) => [
          label,
          formatMs(medians[key]),
          formatRatio(ratio(key)),
          times[key].map(Math.round).join(', '),
        ]),
        ...['quick', 'full'].map((key) => [
          `app: the same, until the app's own step shows that answer (${key})`,
          formatMs(takenOverMedians[key]),
          formatRatio(takenOverMedians[key] / medians.floor),
          takenOver[key].map(Math.round).join(', '),
        ]),
      ],
    ),
  )
  print()
  print(
    "When the page handled the tap, recorded in the page (the click's reply added, the radio's change event), without the polling's delay:",
  )
  print()
  print(
    table(
      ['from navigation start to', 'median', 'ratio to floor', 'runs (ms)'],
      [
        ...measures.map(({ key, label }) => [
          label.replace(/checked$/, 'handled').replace(/first handled click$/, 'first click handled'),
          formatMs(handledMedians[key]),
          formatRatio(handledMedians[key] / handledMedians.floor),
          handled[key].map((value) => (value === undefined ? '-' : Math.round(value))).join(', '),
        ]),
        ...['quick', 'full'].map((key) => [
          `app: the same (${key}), until the first question's radios are in the page`,
          formatMs(radioShownMedians[key]),
          formatRatio(radioShownMedians[key] / handledMedians.floor),
          radioShown[key].map(Math.round).join(', '),
        ]),
      ],
    ),
  )
  print()
  return {
    throttling: CPU_THROTTLING_RATE,
    goal: FIRST_ANSWER_GOAL,
    runs: times,
    medianMs: medians,
    ratio: { quick: ratio('quick'), full: ratio('full') },
    takenOver: { runs: takenOver, medianMs: takenOverMedians },
    handledInPage: {
      runs: handled,
      medianMs: handledMedians,
      radioShown: { runs: radioShown, medianMs: radioShownMedians },
      ratio: {
        quick: handledMedians.quick / handledMedians.floor,
        full: handledMedians.full / handledMedians.floor,
      },
    },
  }
}

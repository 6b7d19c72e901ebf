// Functions that run inside the page (playwright serialises them): browser globals only, no outer variables.
// The *At functions return performance.now() (ms since navigation start) once their condition holds, else false;
// "visible" means rendered and not display:none or visibility:hidden, as a person would see it.
/* global document, window, HTMLInputElement, MutationObserver */

export function firstRadioReadyAt() {
  const radio = document.querySelector('input[type="radio"]')
  return radio !== null && !radio.disabled && radio.checkVisibility({ visibilityProperty: true })
    ? performance.now()
    : false
}

export function captionVisibleAt(text) {
  const caption = [...document.querySelectorAll('caption')].find((element) => element.textContent === text)
  return caption?.checkVisibility({ visibilityProperty: true }) ? performance.now() : false
}

export function firstContentfulPaint() {
  return performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false
}

/**
 * Once the app's own questionnaire step shows (its "Next" button, which the prerendered step leaves out) with the
 * first radio checked: the answer given on the prerendered step has been taken over.
 */
export function appHasTheAnswerAt() {
  const next = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Next')
  return next?.checkVisibility({ visibilityProperty: true }) &&
    document.querySelector('input[type="radio"]')?.checked === true
    ? performance.now()
    : false
}

/**
 * Installed before the page's own scripts: taps through `steps` ({ target, done }) as a person would, in the first
 * frame each target is painted, by asking the bench (the binding `window.__benchTap`, which sends a real mouse click
 * at the given point) and again every `retryMs` until the step is done: the address is no longer `done.hashIsNot`,
 * the first radio is checked (`done.radioChecked`) or an element `done.shown` is visible; then it sends 'done'.
 * Each tap waits for a painted frame, as a person's would, and nothing polls the throttled page from outside: each
 * of the bench's own round trips (100-300 ms at 4x) would be counted against the page. `window.__taps` counts the
 * taps asked for.
 */
export function driveTaps({ steps, retryMs }) {
  const find = ({ selector, text }) =>
    [...document.querySelectorAll(selector)].find(
      (element) =>
        (text === null || element.textContent === text) &&
        element.checkVisibility({ visibilityProperty: true }),
    )
  const isDone = (done) =>
    (done.hashIsNot !== undefined && window.location.hash !== done.hashIsNot) ||
    (done.radioChecked === true && document.querySelector('input[type="radio"]')?.checked === true) ||
    (done.shown !== undefined && find(done.shown) !== undefined)
  let stepsDone = 0
  window.__taps = 0
  let tappedAt = -Infinity
  const frame = () => {
    const step = steps[stepsDone]
    if (isDone(step.done)) {
      stepsDone += 1
      tappedAt = -Infinity
      if (stepsDone === steps.length) {
        window.__benchTap('done')
        return
      }
    } else if (performance.now() - tappedAt >= retryMs) {
      const element = find(step.target)
      if (element !== undefined) {
        const { x, y, width, height } = element.getBoundingClientRect()
        tappedAt = performance.now()
        window.__taps += 1
        window.__benchTap({ x: x + width / 2, y: y + height / 2 })
      }
    }
    window.requestAnimationFrame(frame)
  }
  window.requestAnimationFrame(frame)
}

/**
 * Present mode's first slide: `{ shownAt }` once a visible h1 reading `heading` labels its slide (a section);
 * `{ wrongPage }` once a page that is not the deck ("Page not found", or the deck's empty state,
 * which means the stored team was not read) shows instead; else false.
 */
export function firstSlideState(heading) {
  const shown = [...document.querySelectorAll('h1')].filter((element) =>
    element.checkVisibility({ visibilityProperty: true }),
  )
  const wrong = shown.find((element) =>
    ['Page not found', 'Nothing to present yet'].includes(element.textContent),
  )
  if (wrong !== undefined) return { wrongPage: wrong.textContent }
  const title = shown.find((element) => element.textContent === heading)
  const labelsSlide =
    title !== undefined &&
    title.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby') === title.id
  return labelsSlide ? { shownAt: performance.now() } : false
}

/**
 * Installed before the page's own scripts: records in the page when a tap was handled, as it happened rather than in
 * the next frame a watcher runs in (few frames paint at 4x while a page loads). `window.__handledAt` gets `reply`
 * once a paragraph reading `replyText` is added (the floor's button), `radioShown` once the first question's radios
 * are in the page, and `answer` once a radio is checked by a person (the app's first question, on the prerendered
 * step or the app's own).
 */
export function recordHandledTaps(replyText) {
  const handled = {}
  window.__handledAt = handled
  document.addEventListener(
    'change',
    (event) => {
      if (handled.answer === undefined && event.target instanceof HTMLInputElement && event.target.checked)
        handled.answer = performance.now()
    },
    true,
  )
  new MutationObserver((records) => {
    const added = records.flatMap((record) => [...record.addedNodes])
    if (handled.reply === undefined && added.some((node) => node.textContent?.includes(replyText)))
      handled.reply = performance.now()
    if (handled.radioShown === undefined && document.querySelector('#root input[type="radio"]') !== null)
      handled.radioShown = performance.now()
  }).observe(document, { childList: true, subtree: true })
}

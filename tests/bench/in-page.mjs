// Functions that run inside the page (playwright serialises them): browser globals only, no outer variables.
// The *At functions return performance.now() (ms since navigation start) once their condition holds, else false;
// "visible" means rendered and not display:none or visibility:hidden, as a person would see it.
/* global document, window */

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

/** The first element matching `selector` whose text is `text`, once visible. */
export function textVisibleAt({ selector, text }) {
  const element = [...document.querySelectorAll(selector)].find((candidate) => candidate.textContent === text)
  return element?.checkVisibility({ visibilityProperty: true }) ? performance.now() : false
}

export function firstRadioCheckedAt() {
  return document.querySelector('input[type="radio"]')?.checked === true ? performance.now() : false
}

/** The box of the first element matching `selector` (and whose text is `text`, unless null), once visible. */
export function visibleBox({ selector, text }) {
  const element = [...document.querySelectorAll(selector)].find(
    (candidate) => text === null || candidate.textContent === text,
  )
  if (!element?.checkVisibility({ visibilityProperty: true })) return false
  const { x, y, width, height } = element.getBoundingClientRect()
  return { x, y, width, height }
}

export function hashIsNot(hash) {
  return window.location.hash !== hash ? performance.now() : false
}

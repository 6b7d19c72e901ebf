// Functions that run inside the page (playwright serialises them): browser globals only, no outer variables.
// The *At functions return performance.now() (ms since navigation start) once their condition holds, else false;
// "visible" means rendered and not display:none or visibility:hidden, as a person would see it.
/* global document */

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

import type { CheckDepth } from '../domain/bank/check-depth.ts'
import { answeredCountText } from '../domain/bank/answered-count.ts'

/*
 * A start choice is a link, so a tap on the prerendered start page moves to the check's address before the app has
 * started: 1-2 s on a slow phone. Rather than "Loading…" for that time, the prerendered page shows the check's first
 * step, which the build renders from the questionnaire's own component into a template per depth
 * (src/app/prerendered-page.tsx).
 * Its radios are native, so a person can answer at once. What they choose is written on #root, which the app keeps
 * when it replaces the prerendered page, and the app takes it over as answers (SelfCheckScreen). The step's Back,
 * Next and "Start over" are left out until the app renders them: a painted button works.
 */

/** The class of the build's templates, one per depth, each marked with `data-depth`. */
const PRERENDERED_STEP_CLASS = 'prerendered-step'
/** On the default depth's template: the check a start address without a depth opens. */
const DEFAULT_DEPTH_ATTRIBUTE = 'data-default-depth'

/** The parts of a step that need the app, and are not shown until it has started. */
const NEEDS_THE_APP = '.step-nav, .start-over'

/** The answers chosen, on #root, as `question=value` pairs of a query string. */
const ANSWERS_ATTRIBUTE = 'data-prerendered-answers'

/** The build's template of the first step at `depth`, or of the default depth when none is named. */
export function prerenderedStepTemplate(
  document: Document,
  depth: CheckDepth | undefined,
): HTMLTemplateElement | undefined {
  const selector =
    depth === undefined
      ? `template.${PRERENDERED_STEP_CLASS}[${DEFAULT_DEPTH_ATTRIBUTE}]`
      : `template.${PRERENDERED_STEP_CLASS}[data-depth="${depth}"]`
  const template = document.querySelector(selector)
  return template instanceof HTMLTemplateElement ? template : undefined
}

/** The attributes the build puts on the template of `depth`. */
export function prerenderedStepAttributes(depth: CheckDepth, defaultDepth: CheckDepth): string {
  return `class="${PRERENDERED_STEP_CLASS}" data-depth="${depth}"${depth === defaultDepth ? ` ${DEFAULT_DEPTH_ATTRIBUTE}` : ''}`
}

/**
 * A copy of the template's step, ready to be shown in `root`: without the parts that need the app, and writing each
 * choice on `root` for the app to take over. The focus is handed over as on any prerendered page
 * (prerendered-focus.ts).
 */
export function prepareStep(template: HTMLTemplateElement, root: HTMLElement): Element | undefined {
  const step = template.content.firstElementChild?.cloneNode(true)
  if (!(step instanceof Element)) return undefined
  for (const part of step.querySelectorAll(NEEDS_THE_APP)) part.remove()
  const progress = step.querySelector('progress')
  step.addEventListener('change', () => {
    const chosen = [...step.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')]
    root.setAttribute(
      ANSWERS_ATTRIBUTE,
      new URLSearchParams(chosen.map((radio) => [radio.name, radio.value])).toString(),
    )
    if (progress === null) return
    progress.value = chosen.length
    const count = progress.nextElementSibling
    if (count !== null) count.textContent = answeredCountText(chosen.length, progress.max)
  })
  return step
}

/**
 * The answers chosen on the prerendered step, as each radio's name (the question) and value, not yet checked against
 * the bank (readHandedOverAnswers does that). Removed from `root` as they are read, so they are taken over once.
 */
export function takePrerenderedAnswers(root: HTMLElement | null): [name: string, value: string][] {
  const answers = root?.getAttribute(ANSWERS_ATTRIBUTE) ?? null
  root?.removeAttribute(ANSWERS_ATTRIBUTE)
  return [...new URLSearchParams(answers ?? '')]
}

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { startTransition } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, expect, test } from 'vitest'
import { App } from './app.tsx'
import { startApp } from './start-app.tsx'
import { parseRoute } from '../domain/routes/route-table.ts'
import { bankForDepth } from '../domain/bank/check-depth.ts'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import { followPrerenderedScreens } from '../browser/prerendered-route.ts'
import { FULL_CHECK_ITEMS, QUICK_CHECK_ITEMS } from '../test-support/bank-counts.ts'
import { mountPrerenderedPage } from '../test-support/prerendered-page.ts'
import { reloadStores } from '../test-support/fresh-stores.ts'

const [first, second] = bankForDepth(QUESTION_BANK, 'quick').questions
if (!first || !second) throw new Error('the quick check has fewer than two questions')

let started: Root | undefined

afterEach(() => {
  act(() => started?.unmount())
  started = undefined
  document.body.replaceChildren()
})

/** The built page at the start page, its script run, as a person finds it on a phone before the app has started. */
function prerenderedStartPage(hasSelfCheck = false) {
  window.history.replaceState(null, '', '#/')
  const root = mountPrerenderedPage()
  followPrerenderedScreens(document, window, () => hasSelfCheck)
  return root
}

/**
 * The app starting at last, as main.tsx starts it: its first render replaces the prerendered page in #root, once
 * the first page's code is loaded. `meanwhile` is what the person does on the prerendered page during that load.
 */
async function startTheApp(
  root: HTMLElement,
  shows: { role: 'button' | 'link'; name: string },
  meanwhile = () => {},
) {
  await reloadStores()
  const prerendered = [...root.children]
  const reactRoot = createRoot(root)
  started = reactRoot
  startApp(reactRoot)
  meanwhile()
  // The prerendered page has links of the same names: the app's are those in place of it.
  await waitFor(() => expect(prerendered.some((element) => element.isConnected)).toBe(false))
  await screen.findByRole(shows.role, { name: shows.name })
}

const STEP_SHOWN = { role: 'button', name: 'Next' } as const

/** The step's form as a person meets it: its words, and each radio's question and value, in order. */
function describeForm(root: HTMLElement) {
  const form = root.querySelector('section.questionnaire form')
  return {
    fieldsets: [...(form?.querySelectorAll('fieldset') ?? [])].map((fieldset) => fieldset.textContent),
    radios: [...(form?.querySelectorAll('input') ?? [])].map((input) => `${input.name}=${input.value}`),
  }
}

const stored = () =>
  (JSON.parse(localStorage.getItem('calms-radar:self-check') ?? '{}') as { state?: { answers?: unknown } })
    .state?.answers

test('a tap on "Start quick check" before the app has started shows the first step, whose radios answer at once', async () => {
  prerenderedStartPage()
  const user = userEvent.setup()
  await user.click(screen.getByRole('link', { name: 'Start quick check' }))

  const heading = await screen.findByRole('heading', { level: 1, name: 'Culture' })
  expect(heading).toHaveFocus()
  expect(screen.getByText('Step 1 of 6 · quick check')).toBeInTheDocument()
  expect(screen.queryByRole('link', { name: 'Start quick check' })).toBeNull()
  // Buttons that need the app are painted only once they work.
  for (const name of ['Next', 'Back', 'Start over']) expect(screen.queryByRole('button', { name })).toBeNull()

  const group = screen.getByRole('radiogroup', { name: `1. ${first.text}` })
  await user.click(within(group).getByRole('radio', { name: first.options[2] }))
  expect(within(group).getByRole('radio', { name: first.options[2] })).toBeChecked()
  expect(screen.getByText(`1 of ${QUICK_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
  expect(screen.getByRole('progressbar', { name: 'Questions answered' })).toHaveAttribute('value', '1')
})

test('a tap on a start choice shows its step in the tap\'s own task, not a task later with the browser\'s "hashchange"', async () => {
  prerenderedStartPage()
  const user = userEvent.setup()
  const headingDuringTheTap: (string | undefined)[] = []
  const record = () => headingDuringTheTap.push(document.querySelector('#root h1')?.textContent)
  document.addEventListener('click', record)
  await user.click(screen.getByRole('link', { name: 'Start quick check' }))
  document.removeEventListener('click', record)

  expect(headingDuringTheTap).toEqual(['Culture'])
  expect(window.location.hash).toBe('#/self-check/quick')
  expect(screen.getByRole('heading', { level: 1, name: 'Culture' })).toHaveFocus()
})

test('a start choice opened with Ctrl or Shift is left to the browser, as any link', async () => {
  const user = userEvent.setup()
  const duringTheTap: { heading: string | undefined; moveCancelled: boolean }[] = []
  const record = (event: MouseEvent) =>
    duringTheTap.push({
      heading: document.querySelector('#root h1')?.textContent,
      moveCancelled: event.defaultPrevented,
    })
  document.addEventListener('click', record)
  for (const key of ['Control', 'Shift']) {
    document.body.replaceChildren()
    prerenderedStartPage()
    await user.keyboard(`{${key}>}`)
    await user.click(screen.getByRole('link', { name: 'Start quick check' }))
    await user.keyboard(`{/${key}}`)
  }
  document.removeEventListener('click', record)

  expect(duringTheTap).toEqual([
    { heading: 'CALMS Radar', moveCancelled: false },
    { heading: 'CALMS Radar', moveCancelled: false },
  ])
})

test('the app takes over the answers chosen before it started, and the focus stays on the chosen radio', async () => {
  const root = prerenderedStartPage()
  const user = userEvent.setup()
  await user.click(screen.getByRole('link', { name: 'Start quick check' }))
  await screen.findByRole('heading', { level: 1, name: 'Culture' })
  await user.click(screen.getByRole('radio', { name: first.options[4] }))
  await user.click(
    within(screen.getByRole('radiogroup', { name: `2. ${second.text}` })).getByRole('radio', {
      name: "Don't know",
    }),
  )
  // What the page's script wrote is read as stored answers are: a question or value that is not the bank's is left,
  // and so is "Not applicable" where the question does not offer it.
  root.setAttribute(
    'data-prerendered-answers',
    `${root.getAttribute('data-prerendered-answers') ?? ''}&not-a-question=2&${first.id}=9${first.allowNotApplicable ? '' : `&${first.id}=not-applicable`}`,
  )

  await startTheApp(root, STEP_SHOWN)

  const group = screen.getByRole('radiogroup', { name: `2. ${second.text}` })
  expect(within(group).getByRole('radio', { name: "Don't know" })).toBeChecked()
  expect(within(group).getByRole('radio', { name: "Don't know" })).toHaveFocus()
  expect(screen.getByRole('radio', { name: first.options[4] })).toBeChecked()
  expect(screen.getByText(`2 of ${QUICK_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
  expect(stored()).toEqual({ [first.id]: 4, [second.id]: 'dont-know' })
  expect(window.location.hash).toBe('#/step/1')
  expect(root).not.toHaveAttribute('data-prerendered-answers')
})

test('the prerendered step is the step the app renders in its place, so nothing moves when the app starts', async () => {
  const root = prerenderedStartPage()
  const user = userEvent.setup()
  await user.click(screen.getByRole('link', { name: 'Start self-check' }))
  await screen.findByRole('heading', { level: 1, name: 'Culture' })
  const prerendered = describeForm(root)

  await startTheApp(root, STEP_SHOWN)

  expect(screen.getByText(`0 of ${FULL_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
  // The same questions, options and words, in the same order.
  expect(describeForm(root)).toEqual(prerendered)
  expect(screen.getByRole('heading', { level: 1, name: 'Culture' })).toHaveFocus()
})

test("a start choice tapped while the app's first render is under way: the app shows that step, never the start page again", async () => {
  const root = prerenderedStartPage()
  const user = userEvent.setup()
  await user.click(screen.getByRole('link', { name: 'Start quick check' }))
  await screen.findByRole('heading', { level: 1, name: 'Culture' })
  const headings: string[] = []
  const watch = new MutationObserver(() => {
    const heading = root.querySelector('h1')?.textContent
    if (heading !== undefined && heading !== headings.at(-1)) headings.push(heading)
  })
  watch.observe(root, { childList: true, subtree: true })

  // As startApp renders it when the address moved on after the start page's code was loaded for the first render.
  await reloadStores()
  const reactRoot = createRoot(root)
  started = reactRoot
  startTransition(() => reactRoot.render(<App loaded={parseRoute('#/')} />))

  expect(await screen.findByRole('button', { name: 'Next' })).toBeVisible()
  watch.disconnect()
  expect(headings).toEqual(['Culture'])
  expect(screen.getByText('Step 1 of 6 · quick check')).toBeInTheDocument()
})

test('Back to the start page and on again keeps the answers; once the app has the page, the script lets go', async () => {
  const root = prerenderedStartPage()
  const user = userEvent.setup()
  await user.click(screen.getByRole('link', { name: 'Start quick check' }))
  await user.click(await screen.findByRole('radio', { name: first.options[1] }))

  window.history.back()
  expect(await screen.findByRole('link', { name: 'Start quick check' })).toBeVisible()
  await user.click(screen.getByRole('link', { name: 'Start quick check' }))
  expect(await screen.findByRole('radio', { name: first.options[1] })).toBeChecked()

  root.replaceChildren()
  window.location.hash = '#/'
  await waitFor(() => expect(window.location.hash).toBe('#/'))
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(root).toBeEmptyDOMElement()
})

test('with a self-check kept in this browser, a start choice shows "Loading…": the app knows where that person left', async () => {
  prerenderedStartPage(true)
  const user = userEvent.setup()
  await user.click(screen.getByRole('link', { name: 'Start quick check' }))
  expect(await screen.findByText('Loading\u2026')).toBeVisible()
  expect(screen.queryByRole('radio')).toBeNull()
})

test('a page opened at a start choice\'s address shows its step at once; "#/self-check" is the full check', () => {
  window.history.replaceState(null, '', '#/self-check')
  mountPrerenderedPage()
  followPrerenderedScreens(document, window, () => false)
  expect(screen.getByText('Step 1 of 6')).toBeInTheDocument()
  expect(screen.getByText(`0 of ${FULL_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
})

test('a start choice focused from the keyboard before the app has started still has the focus once it has, and Enter follows it', async () => {
  const root = prerenderedStartPage()
  const user = userEvent.setup()
  const choice = screen.getByRole('link', { name: 'Start self-check' })

  await startTheApp(root, { role: 'link', name: 'Run a team session' }, () => choice.focus())

  const appChoice = screen.getByRole('link', { name: 'Start self-check' })
  expect(appChoice).not.toBe(choice)
  expect(appChoice).toHaveFocus()
  await user.keyboard('{Enter}')
  expect(await screen.findByRole('button', { name: 'Next' })).toBeVisible()
  expect(screen.getByText(`0 of ${FULL_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
})

test("a control the person left for the page's background before the app started is not given the focus again", async () => {
  const root = prerenderedStartPage()
  const choice = screen.getByRole('link', { name: 'Start quick check' })

  await startTheApp(root, { role: 'link', name: 'Run a team session' }, () => {
    choice.focus()
    // A tap on the heading, which takes no focus: the browser blurs the link.
    fireEvent.pointerDown(screen.getByRole('heading', { level: 1, name: 'CALMS Radar' }))
    choice.blur()
  })

  expect(document.body).toHaveFocus()
})

/**
 * A control of the prerendered page, said so that the same control can be found in the app's render: by its id, a
 * link by where it leads and what it says, a radio by its question and value.
 */
type FocusLocator = { id: string } | { href: string; text: string | null } | { name: string; value: string }

function locatorOf(element: Element | null): FocusLocator | undefined {
  if (element === null) return undefined
  if (element.id !== '') return { id: element.id }
  if (element instanceof HTMLAnchorElement)
    return { href: element.getAttribute('href') ?? '', text: element.textContent }
  if (element instanceof HTMLInputElement && element.name !== '')
    return { name: element.name, value: element.value }
  return undefined
}

function findLocated(document: Document, locator: FocusLocator): HTMLElement | undefined {
  if ('id' in locator) return document.getElementById(locator.id) ?? undefined
  const candidates =
    'href' in locator
      ? [...document.querySelectorAll('a')].filter(
          (link) => link.getAttribute('href') === locator.href && link.textContent === locator.text,
        )
      : [...document.querySelectorAll('input')].filter(
          (input) => input.name === locator.name && input.value === locator.value,
        )
  return candidates[0]
}

/**
 * The app's first render replaces the prerendered page, and with it the element that has focus: a person who
 * tabbed to a start choice before the app started would press Enter on nothing. Called before that render, this
 * follows the focus in the prerendered page; the function it returns, called once the app's page is in place, puts
 * the focus on the same control there. It does so only where the focus was lost, so focus the app gave meanwhile
 * stays, and only once.
 */
export function keepPrerenderedFocus(document: Document): () => void {
  const inPage = (element: Element | null) =>
    element !== null && element !== document.body && element.closest('#root') !== null
  let focused = inPage(document.activeElement) ? locatorOf(document.activeElement) : undefined
  const onFocusIn = (event: FocusEvent) => {
    focused = event.target instanceof Element && inPage(event.target) ? locatorOf(event.target) : undefined
  }
  // A tap on the page's background leaves the focus nowhere, and it is not given back; a tap on a control focuses
  // it right after. Blur alone cannot tell: Chromium blurs the focused element as the render takes it out of the page.
  const onPointerDown = () => {
    focused = undefined
  }
  document.addEventListener('focusin', onFocusIn)
  document.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true })
  return () => {
    document.removeEventListener('focusin', onFocusIn)
    document.removeEventListener('pointerdown', onPointerDown, { capture: true })
    const located = focused
    focused = undefined
    const active = document.activeElement
    if (located === undefined || (active !== null && active !== document.body)) return
    findLocated(document, located)?.focus()
  }
}

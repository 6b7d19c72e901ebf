import type { CheckDepth } from '../domain/bank/check-depth.ts'
import { pathOf, RESUME_PATH, START_PATH } from '../domain/routes/start-paths.ts'

/*
 * The start page is prerendered into index.html at build time, when no address is known, and the app replaces it
 * once its scripts have run (1-2 s on a slow phone). An invitation link (`#/join/<session name>`) must show its
 * banner and carry the invitation on from the very first paint: a banner that appeared only with the app would push
 * the start choices down under the person's finger, and a tap before the app started would lose the invitation.
 *
 * So the prerendered page holds a hidden banner, and a small classic script of its own (built from
 * prerendered-start-page-entry.ts, loaded in the head with `defer blocking="render"`: it runs once the page is
 * parsed and before its first paint, and the CSP's script-src 'self' allows it) fills it and the start choices'
 * links, and makes the choice an invitation asks for the primary one. It reads the address with the app's own start
 * and resume paths (only those, so the script stays under a kilobyte), so the same rules decide what is shown; the
 * name is set as text, never as markup. A live session's query is copied onto the links as it came, unread: the
 * app checks it once it starts, and a query it cannot read leaves the invitation a plain one. The app, once started, renders the same banner in the same place, so
 * nothing moves.
 */

/** The prerendered banner's id; the app's own banner has none. */
export const INVITATION_SLOT_ID = 'prerendered-invitation'
/** The class of a start choice's link, whose route gets the invitation. */
export const START_CHOICE_LINK_CLASS = 'start-choice-link'
/** The class of the banner's words that name the check the invitation asks for. */
export const INVITATION_CHECK_CLASS = 'invitation-check'

/** The check an invitation asks for, as its banner says it: an invitation of before asks for none in particular. */
export function invitedCheck(depth: CheckDepth | undefined): string {
  if (depth === undefined) return 'self-check'
  return depth === 'quick' ? 'quick check' : 'full self-check'
}

/** Shows the invitation of the address `hash` in the prerendered start page held by `root`, if it names one. */
export function showPrerenderedInvitation(root: ParentNode, hash: string): void {
  const { depth, invitation, query } = START_PATH.read(pathOf(hash)) ?? {}
  // The choice the invitation asks for is the primary one, as the app renders it: the quick check unless the full.
  if (depth !== undefined) {
    for (const link of root.querySelectorAll(`a.${START_CHOICE_LINK_CLASS}`)) {
      const choice = RESUME_PATH.read(pathOf(link.getAttribute('href') ?? ''))
      link.classList.toggle('primary', choice?.depth === depth)
    }
  }
  if (invitation === undefined) return
  const slot = root.querySelector(`#${INVITATION_SLOT_ID}`)
  const name = slot?.querySelector('bdi')
  if (!(slot instanceof HTMLElement) || !name) return
  name.textContent = `\u201c${invitation}\u201d`
  const check = slot.querySelector(`.${INVITATION_CHECK_CLASS}`)
  if (check) check.textContent = invitedCheck(depth)
  slot.hidden = false
  for (const link of root.querySelectorAll(`a.${START_CHOICE_LINK_CLASS}`)) {
    const choice = RESUME_PATH.read(pathOf(link.getAttribute('href') ?? ''))
    if (choice === undefined) continue
    link.setAttribute(
      'href',
      `#${RESUME_PATH.write({ ...choice, invitation, ...(query === undefined ? {} : { query }) })}`,
    )
  }
}

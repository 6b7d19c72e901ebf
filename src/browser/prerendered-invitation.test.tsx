import { renderToString } from 'react-dom/server'
import { expect, test } from 'vitest'
import { StartPage } from '../features/start/start-page.tsx'
import { INVITATION_SLOT_ID, showPrerenderedInvitation } from './prerendered-invitation.ts'

/** The start page as the build prerenders it, with no address known yet. */
function prerendered(): Document {
  return new DOMParser().parseFromString(renderToString(<StartPage />), 'text/html')
}

const choice = (page: Document, name: string) =>
  [...page.querySelectorAll('a')].find((link) => link.textContent === name)

test('a join link of before fills the banner and the links, and leaves the quick check the primary choice', () => {
  const page = prerendered()
  showPrerenderedInvitation(page, '#/join/Payments%20retro')
  const banner = page.getElementById(INVITATION_SLOT_ID)
  expect(banner?.hidden).toBe(false)
  expect(banner?.textContent).toContain('\u201cPayments retro\u201d. Answer the self-check, then')
  expect(choice(page, 'Start quick check')?.getAttribute('href')).toBe(
    '#/self-check/quick/join/Payments%20retro',
  )
  expect(choice(page, 'Start quick check')?.classList.contains('primary')).toBe(true)
  expect(choice(page, 'Start self-check')?.classList.contains('primary')).toBe(false)
})

test('a join link that asks for the full check names it and makes it the primary choice before the app starts', () => {
  const page = prerendered()
  showPrerenderedInvitation(page, '#/join/full/Payments%20retro')
  expect(page.getElementById(INVITATION_SLOT_ID)?.textContent).toContain('Answer the full self-check, then')
  expect(choice(page, 'Start self-check')?.getAttribute('href')).toBe(
    '#/self-check/full/join/Payments%20retro',
  )
  expect(choice(page, 'Start self-check')?.classList.contains('primary')).toBe(true)
  expect(choice(page, 'Start quick check')?.classList.contains('primary')).toBe(false)
})

test('the team session link is there before the app starts, and no address changes it', () => {
  const page = prerendered()
  showPrerenderedInvitation(page, '#/join/quick/Payments%20retro')
  expect(choice(page, 'Run a team session')?.getAttribute('href')).toBe('#/team')
})

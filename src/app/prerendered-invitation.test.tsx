import { render, screen } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { StartPage } from '../features/start/start-page.tsx'
import { showPrerenderedInvitation } from '../browser/prerendered-invitation.ts'
import { followPrerenderedScreens } from '../browser/prerendered-route.ts'
import { mountPrerenderedPage } from '../test-support/prerendered-page.ts'

afterEach(() => {
  document.body.replaceChildren()
})

test('from a join link, the prerendered page shows the invitation and its start choices carry it on', () => {
  const root = mountPrerenderedPage()
  // The build leaves the banner hidden and empty: it cannot know the address.
  expect(screen.getByText(/You are invited/)).not.toBeVisible()

  showPrerenderedInvitation(root, '#/join/Payments%20retro%20%3Cb%3Ex%3C%2Fb%3E')

  // The name is set as text: the "<b>" in it is shown, not made bold.
  const banner = screen.getByText(/You are invited to the session/)
  expect(banner).toBeVisible()
  expect(banner).toHaveTextContent(
    'You are invited to the session \u201cPayments retro <b>x</b>\u201d. Answer the self-check',
  )
  expect(root.querySelector('b')).toBeNull()
  expect(screen.getByRole('link', { name: 'Start quick check' })).toHaveAttribute(
    'href',
    '#/self-check/quick/join/Payments%20retro%20%3Cb%3Ex%3C%2Fb%3E',
  )
  expect(screen.getByRole('link', { name: 'Start self-check' })).toHaveAttribute(
    'href',
    '#/self-check/full/join/Payments%20retro%20%3Cb%3Ex%3C%2Fb%3E',
  )
  // The header's link to the self-check is not a start choice and stays as it was.
  expect(screen.getByRole('link', { name: 'Self-check' })).toHaveAttribute('href', '#/self-check')
})

test('the filled banner is the paragraph the app renders in its place, so nothing moves when the app starts', () => {
  const root = mountPrerenderedPage()
  showPrerenderedInvitation(root, '#/join/Payments%20retro')
  const prerendered = screen.getByText(/You are invited to the session/)

  const { container } = render(<StartPage invitation="Payments retro" />)
  const rendered = container.querySelector('.invitation')
  expect(rendered?.outerHTML.replace(/<!-- -->/g, '')).toBe(
    prerendered.outerHTML.replace(' id="prerendered-invitation"', ''),
  )
})

test('a name longer than 120 characters is cut as the app cuts it, and one that cannot be read shows nothing', () => {
  const root = mountPrerenderedPage()
  showPrerenderedInvitation(root, `#/join/${'a'.repeat(130)}`)
  expect(screen.getByText(/You are invited/)).toHaveTextContent(`\u201c${'a'.repeat(120)}\u201d`)
  document.body.replaceChildren()

  for (const hash of ['#/join/%E0%A4%A', '#/join/%20', '#/', '#/results', '#/self-check/quick/join/Retro']) {
    const page = mountPrerenderedPage()
    showPrerenderedInvitation(page, hash)
    expect(screen.getByText(/You are invited/)).not.toBeVisible()
    expect(screen.getByRole('link', { name: 'Start quick check' })).toHaveAttribute(
      'href',
      '#/self-check/quick',
    )
    document.body.replaceChildren()
  }
})

test('on any other address the prerendered start page gives way to "Loading…" under the same header', () => {
  for (const hash of ['#/results', '#/team', '#/r/1.ab.3', '#/step/2', '#/step/1', '#/nope']) {
    mountPrerenderedPage()
    window.history.replaceState(null, '', hash)
    followPrerenderedScreens(document, window, () => false)
    expect(screen.queryByRole('heading', { level: 1, name: 'CALMS Radar' })).toBeNull()
    expect(screen.queryByRole('link', { name: 'Start quick check' })).toBeNull()
    expect(screen.getByText('Loading\u2026')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Results' })).toBeVisible()
    document.body.replaceChildren()
  }
})

test('on the start page and a join link the prerendered start page stays', () => {
  for (const hash of ['', '#', '#/', '#/join/Payments%20retro', '#/join/%20']) {
    mountPrerenderedPage()
    window.history.replaceState(null, '', hash === '' ? window.location.pathname : hash)
    followPrerenderedScreens(document, window, () => false)
    expect(screen.getByRole('heading', { level: 1, name: 'CALMS Radar' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Start quick check' })).toBeVisible()
    expect(screen.queryByText('Loading\u2026')).toBeNull()
    document.body.replaceChildren()
  }
})

test('a join link that asks for the full check names it and makes it the primary choice before the app starts', () => {
  const root = mountPrerenderedPage()
  showPrerenderedInvitation(root, '#/join/full/Payments%20retro')

  const banner = screen.getByText(/You are invited to the session/)
  expect(banner).toHaveTextContent('\u201cPayments retro\u201d. Answer the full self-check, then send')
  expect(screen.getByRole('link', { name: 'Start self-check' })).toHaveClass('primary')
  expect(screen.getByRole('link', { name: 'Start quick check' })).not.toHaveClass('primary')
  expect(screen.getByRole('link', { name: 'Start self-check' })).toHaveAttribute(
    'href',
    '#/self-check/full/join/Payments%20retro',
  )

  // The app, once started, renders the same banner, with the same choice primary.
  const { container } = render(<StartPage invitation="Payments retro" depth="full" />)
  expect(container.querySelector('.invitation')?.outerHTML.replace(/<!-- -->/g, '')).toBe(
    banner.outerHTML.replace(' id="prerendered-invitation"', ''),
  )
})

test('a join link that asks for the quick check keeps the quick check primary, as a join link of before does', () => {
  const root = mountPrerenderedPage()
  showPrerenderedInvitation(root, '#/join/quick/Payments%20retro')
  expect(screen.getByText(/You are invited to the session/)).toHaveTextContent('Answer the quick check, then')
  expect(screen.getByRole('link', { name: 'Start quick check' })).toHaveClass('primary')
  expect(screen.getByRole('link', { name: 'Start self-check' })).not.toHaveClass('primary')
  expect(screen.getByRole('link', { name: 'Run a team session' })).toHaveAttribute('href', '#/team')
})

test("a live session's join link: the start choices carry its query on as it came, for the app to read", () => {
  const root = mountPrerenderedPage()
  const query = `?relay=wss%3A%2F%2Frelay.example.org&room=${'r'.repeat(22)}&fk=${'k'.repeat(87)}`
  showPrerenderedInvitation(root, `#/join/quick/Payments%20retro${query}`)
  expect(screen.getByText(/You are invited to the session/)).toHaveTextContent(
    'You are invited to the session \u201cPayments retro\u201d. Answer the quick check',
  )
  expect(screen.getByRole('link', { name: 'Start quick check' })).toHaveAttribute(
    'href',
    `#/self-check/quick/join/Payments%20retro${query}`,
  )
  expect(screen.getByRole('link', { name: 'Start self-check' })).toHaveAttribute(
    'href',
    `#/self-check/full/join/Payments%20retro${query}`,
  )
})

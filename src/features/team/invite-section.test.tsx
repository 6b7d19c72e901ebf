import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { parseRoute } from '../../domain/routes/route-table.ts'
import { renderApp } from '../../test-support/render-app.tsx'

test('the invitation QR code and link point at this app, name the session and ask for the quick check', async () => {
  const { user } = await renderApp('#/team')
  await user.type(await screen.findByLabelText('Session name'), 'Retro')
  const link = screen.getByRole('link', { name: /#\/join\/quick\/Retro$/ })
  expect(screen.getByRole('img', { name: `QR code for ${link.textContent}` })).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: 'The quick check, for a retro' })).toBeChecked()
})

test('an invitation can ask for the full self-check instead: the link then leads to it', async () => {
  const { user } = await renderApp('#/team')
  await user.type(await screen.findByLabelText('Session name'), 'Kickoff')
  await user.click(screen.getByRole('radio', { name: /^The full self-check/ }))
  const link = screen.getByRole('link', { name: /#\/join\/full\/Kickoff$/ })
  expect(parseRoute(new URL(link.getAttribute('href') ?? '').hash)).toEqual({
    name: 'start',
    depth: 'full',
    invitation: 'Kickoff',
  })
})

test('"Copy invitation link" copies the link shown and says so', async () => {
  const { user } = await renderApp('#/team')
  await user.type(await screen.findByLabelText('Session name'), 'Retro')
  await user.click(screen.getByRole('button', { name: 'Copy invitation link' }))
  // Said in a status region, so a screen reader announces it too.
  const copied = await screen.findByText('Invitation link copied. Paste it into your team chat or meeting.')
  expect(copied).toHaveRole('status')
  const link = screen.getByRole('link', { name: /#\/join\/quick\/Retro$/ })
  expect(await navigator.clipboard.readText()).toBe(link.getAttribute('href'))
})

test('when the browser refuses the clipboard, the link is shown to copy by hand', async () => {
  const { user } = await renderApp('#/team')
  const writeText = vi
    .spyOn(navigator.clipboard, 'writeText')
    .mockRejectedValue(new DOMException('', 'NotAllowedError'))
  await user.click(await screen.findByRole('button', { name: 'Copy invitation link' }))
  expect(
    await screen.findByText(/^Your browser did not allow copying: select the link under/),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: /#\/join\/quick\/$/ })).toBeVisible()
  writeText.mockRestore()
})

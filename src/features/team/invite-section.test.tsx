import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from '../../test-support/render-app.tsx'

test('the invitation QR code and link point at this app and name the session', async () => {
  const { user } = await renderApp('#/team')
  await user.type(await screen.findByLabelText('Session name'), 'Retro')
  const link = screen.getByRole('link', { name: /#\/join\/Retro$/ })
  expect(screen.getByRole('img', { name: `QR code for ${link.textContent}` })).toBeInTheDocument()
})

import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from '../../test-support/render-app.tsx'

// Starting a session needs IndexedDB and a relay, which the browser test has (tests/live-session.e2e.ts); here,
// what the facilitator types is checked before anything connects.

test('a relay address that is not a WebSocket address is refused with what to type instead', async () => {
  const { user } = await renderApp('#/team')
  const live = await screen.findByRole('region', { name: 'Live session' })
  const field = within(live).getByLabelText('Relay address')
  for (const address of ['https://relay.example.org', 'relay.example.org', '']) {
    await user.clear(field)
    if (address !== '') await user.type(field, address)
    await user.click(within(live).getByRole('button', { name: 'Start live session' }))
    expect(within(live).getByRole('alert')).toHaveTextContent(
      'A relay address starts with wss:// (or ws:// on your own network), as in wss://relay.example.org.',
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(within(live).queryByRole('button', { name: 'End live session' })).not.toBeInTheDocument()
  }
  // Typing again clears the message.
  await user.type(field, 'x')
  expect(within(live).queryByRole('alert')).not.toBeInTheDocument()
})

test('the relay address is remembered for the next session', async () => {
  const first = await renderApp('#/team')
  await first.user.type(await screen.findByLabelText('Relay address'), 'wss://relay.example.org')
  // A new start of the app over the same localStorage, as a reload is.
  await renderApp('#/team')
  expect(await screen.findByLabelText('Relay address')).toHaveValue('wss://relay.example.org')
})

import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { serializeResponseFile } from '../../domain/formats/response.ts'
import { renderApp } from '../../test-support/render-app.tsx'
import { responseAt, shareLink } from '../../test-support/team-responses.ts'

test('a pasted thread: links are added, chat lines skipped, a broken link named, a repeat counts once', async () => {
  const { user } = await renderApp('#/team')
  const paste = await screen.findByLabelText('Paste share links or codes, one per line')
  const text = [
    shareLink(responseAt(1, { alias: 'Ana' })),
    'hello there',
    `${shareLink(responseAt(3))} thanks!`,
    shareLink(responseAt(2)).slice(0, -4),
    shareLink(responseAt(1, { alias: 'Ana' })),
  ]
  await user.click(paste)
  await user.paste(text.join('\n'))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))

  expect(await screen.findByText('2 added, 1 duplicate ignored, 1 could not be read:')).toBeInTheDocument()
  expect(screen.getByText(/^Line 4: /)).toBeInTheDocument()
  expect(screen.queryByText(/hello there/)).not.toBeInTheDocument()
  const list = screen.getByRole('table', { name: 'Responses in this team view' })
  expect(within(list).getByRole('rowheader', { name: 'Ana' })).toBeInTheDocument()
  expect(within(list).getByRole('rowheader', { name: 'Respondent 2' })).toBeInTheDocument()
})

test('several response files can be chosen at once; a broken one is named, the good one goes in', async () => {
  const { user } = await renderApp('#/team')
  const good = new File([serializeResponseFile(responseAt(2, { alias: 'Dee' }), '0.1.0')], 'dee.json', {
    type: 'application/json',
  })
  const broken = new File(['{"format":"calms-radar-response","version":1}'], 'broken.json', {
    type: 'application/json',
  })
  await user.upload(await screen.findByLabelText('Choose response files'), [good, broken])
  expect(await screen.findByText('1 added, 1 could not be read:')).toBeInTheDocument()
  expect(screen.getByText(/^broken\.json: /)).toBeInTheDocument()
  expect(screen.getByRole('rowheader', { name: 'Dee' })).toBeInTheDocument()
})
